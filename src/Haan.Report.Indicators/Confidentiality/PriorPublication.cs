namespace Haan.Report.Indicators.Confidentiality;

/// <summary>
/// What earlier versions of the same report year published: per indicator cell (indicator id, area id, year) what each
/// earlier version showed, and the cells they suppressed. Read from the manifests of those versions and their internal
/// confidentiality records; suppression of the next version treats every shown cell whose count is still the same as
/// known to everyone and prefers the earlier suppressed cells.
/// </summary>
/// <param name="Shown">For every cell an earlier version showed: what each of those versions showed, oldest first.</param>
/// <param name="Suppressed">Cells an earlier version suppressed (and none showed).</param>
public sealed record PriorPublication(
    IReadOnlyDictionary<(string Indicator, string Area, int Year), IReadOnlyList<PriorCell>> Shown,
    IReadOnlySet<(string Indicator, string Area, int Year)> Suppressed)
{
    /// <summary>No earlier version.</summary>
    public static PriorPublication None { get; } = new(
        new Dictionary<(string, string, int), IReadOnlyList<PriorCell>>(), new HashSet<(string, string, int)>());

    /// <summary>True when there is nothing earlier.</summary>
    public bool IsEmpty => Shown.Count == 0 && Suppressed.Count == 0;
}
