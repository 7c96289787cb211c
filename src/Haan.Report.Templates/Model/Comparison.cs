using Haan.Report.Indicators;
using Haan.Report.Indicators.Engine;

namespace Haan.Report.Templates.Model;

/// <summary>
/// The one classification against the town value, used for the text, the maps, the bar colours and (with the same
/// breaks 80 and 120) the Sozialindex status classes. Classes are „a bis unter b“ of the town value: unter 80 %
/// „deutlich unter“, 80 bis unter 95 % „leicht unter“, 95 bis unter 105 % „etwa auf dem Niveau“, 105 bis unter 120 %
/// „leicht über“, ab 120 % „deutlich über“ — a boundary value belongs to the upper class. Value and breaks are compared
/// after rounding to the indicator's decimals, so every value is in the class its printed number suggests (the same
/// rule as the map legend, <c>ClassBreaks.RelativeToReference</c>).
/// </summary>
public static class Comparison
{
    /// <summary>The class breaks as factors of the town value (documented in docs/VORLAGEN.md and the methods chapter).</summary>
    public static IReadOnlyList<double> Factors { get; } = [0.80, 0.95, 1.05, 1.20];

    public enum Level
    {
        ClearlyBelow,
        SlightlyBelow,
        Same,
        SlightlyAbove,
        ClearlyAbove,
    }

    /// <summary>Class of an index (town = 100) that is already rounded as printed.</summary>
    public static Level Classify(double index) => Classify(index, 100, 10);

    /// <summary>Class of <paramref name="value"/> against <paramref name="town"/>, both compared at <paramref name="decimals"/>.</summary>
    public static Level Classify(double value, double town, int decimals)
    {
        var v = GermanFormat.Round(value, decimals);
        var above = Factors.Count(f => v >= GermanFormat.Round(f * town, decimals));
        return (Level)above;
    }

    /// <summary>Class of a shown cell against the shown town value of the same indicator and year, or null.</summary>
    public static Level? Classify(IndicatorValue cell, IndicatorValue town) =>
        cell.Status.HasValue() && town.Status.HasValue() && cell.Value is { } v && town.Value is { } t && t > 0
            ? Classify(v, t, cell.Definition.Decimals)
            : null;

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
