using Haan.Report.Charts;
using Haan.Report.Indicators.SocialIndex;
using IndicatorPolarity = Haan.Report.Indicators.Catalogue.Polarity;

namespace Haan.Report.Composition.Content.Figures;

/// <summary>
/// The one bridge from the domain's shared concepts to the generic colour and category specs of Charts (issue 16,
/// item 7): the indicator polarity onto a <see cref="ColourScale"/>, the Sozialindex classes onto the rows and
/// columns of a <see cref="CategoryMatrixSpec"/>. Every mapping has one case per domain value and throws for any
/// other, and a test runs every value of every domain enum through it, so a new value cannot fall through silently.
/// </summary>
internal static class ChartVocabulary
{
    /// <summary>
    /// Colour meaning from the catalogue's polarity: red means burden only where a higher value means more need;
    /// descriptive (neutral) indicators get the neutral sequential scheme.
    /// </summary>
    internal static ColourScale Scale(IndicatorPolarity polarity) => polarity switch
    {
        IndicatorPolarity.HigherIsMoreNeed => ColourScale.DivergingHighWarm,
        IndicatorPolarity.HigherIsLessNeed => ColourScale.DivergingHighCool,
        IndicatorPolarity.Neutral => ColourScale.Sequential,
        _ => throw new ArgumentOutOfRangeException(nameof(polarity), polarity, "Unknown indicator polarity."),
    };

    /// <summary>Matrix row of a status class: favourable (hoch) at the top, most burden (sehr niedrig) at the bottom.</summary>
    internal static int Row(StatusClass status) => status switch
    {
        StatusClass.Hoch => 0,
        StatusClass.Mittel => 1,
        StatusClass.Niedrig => 2,
        StatusClass.SehrNiedrig => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status class."),
    };

    /// <summary>Matrix column of a dynamics class: improving (positiv) left, deteriorating (negativ) right.</summary>
    internal static int Column(DynamicsClass dynamics) => dynamics switch
    {
        DynamicsClass.Positiv => 0,
        DynamicsClass.Stabil => 1,
        DynamicsClass.Negativ => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(dynamics), dynamics, "Unknown dynamics class."),
    };

    /// <summary>Row labels in row order, from the domain's own wording.</summary>
    internal static IReadOnlyList<string> StatusLabels { get; } =
        Enum.GetValues<StatusClass>().OrderBy(Row).Select(SocialIndexEntry.StatusText).ToList();

    /// <summary>Column labels in column order, from the domain's own wording.</summary>
    internal static IReadOnlyList<string> DynamicsLabels { get; } =
        Enum.GetValues<DynamicsClass>().OrderBy(Column).Select(SocialIndexEntry.DynamicsText).ToList();

    /// <summary>What the matrix colours mean (cool = low need, warm = high need).</summary>
    internal const string MatrixColourKey = "Farbe: Handlungsbedarf von gering (blau) über mittel (grau) bis hoch (rot)";
}
