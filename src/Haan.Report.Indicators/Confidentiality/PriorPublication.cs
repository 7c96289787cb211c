namespace Haan.Report.Indicators.Confidentiality;

/// <summary>
/// What earlier versions of the same report year published: the indicator cells (indicator id, area id, year) that
/// showed a value, with the display text („7,9“, „(7,9)“), and those that were suppressed. Read from the manifests of
/// those versions; suppression of the next version treats every shown cell whose value is still the same as known to
/// everyone and prefers the earlier suppressed cells.
/// </summary>
public sealed record PriorPublication(
    IReadOnlyDictionary<(string Indicator, string Area, int Year), string> Shown,
    IReadOnlySet<(string Indicator, string Area, int Year)> Suppressed)
{
    /// <summary>No earlier version.</summary>
    public static PriorPublication None { get; } = new(
        new Dictionary<(string, string, int), string>(), new HashSet<(string, string, int)>());

    /// <summary>True when there is nothing earlier.</summary>
    public bool IsEmpty => Shown.Count == 0 && Suppressed.Count == 0;
}
