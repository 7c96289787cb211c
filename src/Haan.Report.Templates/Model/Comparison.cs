namespace Haan.Report.Templates.Model;

/// <summary>
/// Wording of comparisons against the town value, from the index (town = 100). Thresholds (documented in
/// docs/VORLAGEN.md): |index − 100| &lt; 5 → „etwa auf dem Niveau“; 5 to &lt; 20 → „leicht über/unter“;
/// ≥ 20 → „deutlich über/unter“.
/// </summary>
public static class Comparison
{
    public const double SameLevelBand = 5;
    public const double ClearlyBand = 20;

    public enum Level
    {
        ClearlyBelow,
        SlightlyBelow,
        Same,
        SlightlyAbove,
        ClearlyAbove,
    }

    public static Level Classify(double index)
    {
        var deviation = index - 100;
        return Math.Abs(deviation) < SameLevelBand ? Level.Same
            : deviation >= ClearlyBand ? Level.ClearlyAbove
            : deviation > 0 ? Level.SlightlyAbove
            : deviation <= -ClearlyBand ? Level.ClearlyBelow
            : Level.SlightlyBelow;
    }

    /// <summary>„deutlich über“, „leicht unter“, „etwa auf dem Niveau“ …</summary>
    public static string Phrase(Level level) => level switch
    {
        Level.ClearlyAbove => "deutlich über",
        Level.SlightlyAbove => "leicht über",
        Level.Same => "etwa auf dem Niveau",
        Level.SlightlyBelow => "leicht unter",
        _ => "deutlich unter",
    };
}
