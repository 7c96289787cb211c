using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>
/// The one colour-blind-safe palette family used by every figure (and only defined here).
/// Sequential and diverging schemes are ColorBrewer (Cynthia Brewer, Penn State; flagged colour-blind safe
/// for 5 classes), the categorical scheme is Okabe–Ito (2008).
/// </summary>
public static class Palettes
{
    /// <summary>ColorBrewer "Blues", 5 classes, light → dark. For levels (higher = darker).</summary>
    public static IReadOnlyList<SKColor> Sequential { get; } =
        Hex("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c");

    /// <summary>ColorBrewer "YlOrBr", 5 classes, light → dark. For counts on grids (e.g. children per 100 m cell).</summary>
    public static IReadOnlyList<SKColor> SequentialWarm { get; } =
        Hex("#ffffd4", "#fed98e", "#fe9929", "#d95f0e", "#993404");

    /// <summary>
    /// ColorBrewer "RdBu", 5 classes, ordered low → high value: blue (below the town value), neutral grey, red (above).
    /// For indicators where a high value means more social burden; reverse it for "high is good" indicators.
    /// </summary>
    public static IReadOnlyList<SKColor> Diverging { get; } =
        Hex("#0571b0", "#92c5de", "#f7f7f7", "#f4a582", "#ca0020");

    /// <summary>Okabe–Ito categorical colours without black (black is reserved for the town / reference).</summary>
    public static IReadOnlyList<SKColor> Categorical { get; } =
        Hex("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442");

    /// <summary>Colour of the town (reference) series and reference lines.</summary>
    public static SKColor Reference { get; } = SKColor.Parse("#222222");

    /// <summary>Main text colour.</summary>
    public static SKColor Text { get; } = SKColor.Parse("#222222");

    /// <summary>Secondary text (attribution, axis ticks).</summary>
    public static SKColor MutedText { get; } = SKColor.Parse("#555555");

    /// <summary>Light grid lines.</summary>
    public static SKColor Grid { get; } = SKColor.Parse("#dddddd");

    /// <summary>Thin edges of legend swatches and of very light bars; the context (town) line in small multiples.</summary>
    public static SKColor Edge { get; } = SKColor.Parse("#9a9a9a");

    /// <summary>Borders between map areas.</summary>
    public static SKColor AreaBorder { get; } = SKColor.Parse("#ffffff");

    /// <summary>Fill of areas without a value (no data).</summary>
    public static SKColor NoData { get; } = SKColor.Parse("#e6e6e6");

    /// <summary>Hatch lines of suppressed areas.</summary>
    public static SKColor Hatch { get; } = SKColor.Parse("#8a8a8a");

    /// <summary>Highlight of the selected area on locator maps.</summary>
    public static SKColor Highlight { get; } = SKColor.Parse("#D55E00");

    /// <summary>Fill of context areas (the rest of the town) on locator maps.</summary>
    public static SKColor Context { get; } = SKColor.Parse("#e3e3e3");

    /// <summary>Categorical colour by index (wraps around).</summary>
    public static SKColor CategoricalAt(int index) => Categorical[((index % Categorical.Count) + Categorical.Count) % Categorical.Count];

    /// <summary>Picks <paramref name="count"/> colours spread over a 5-class scheme (count ≤ 5), keeping order.</summary>
    public static IReadOnlyList<SKColor> Spread(IReadOnlyList<SKColor> scheme, int count)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        if (count < 1 || count > scheme.Count) throw new ArgumentOutOfRangeException(nameof(count));
        if (count == scheme.Count) return scheme;
        var result = new SKColor[count];
        for (var i = 0; i < count; i++)
        {
            var idx = count == 1 ? scheme.Count / 2 : (int)Math.Round(i * (scheme.Count - 1) / (double)(count - 1));
            result[i] = scheme[idx];
        }

        return result;
    }

    internal static ScottPlot.Color ToScottPlot(this SKColor c) => new(c.Red, c.Green, c.Blue, c.Alpha);

    private static SKColor[] Hex(params string[] values) => values.Select(SKColor.Parse).ToArray();
}
