using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>One class of a classed map or bar colouring.</summary>
/// <param name="Label">Legend text with German numbers, e.g. „5,9 bis unter 7,1 %“.</param>
/// <param name="Note">Optional second legend text, e.g. „75–90 % des Stadtwerts“.</param>
public sealed record ValueClass(SKColor Color, string Label, string? Note = null);

/// <summary>
/// Fixed, documented class breaks. Breaks and values are compared after rounding to the format's decimals, so every
/// value falls into the class its printed number suggests. Jenks or quantile breaks are meaningless on 7 areas, so the default classes are
/// relative to the town value r (see README), each „a bis unter b“ (a boundary value belongs to the upper class) — the
/// report's one classification, also used for its text (the report passes its factors in):
/// <list type="bullet">
/// <item>class 1: v &lt; 80 % of r (deutlich unter)</item>
/// <item>class 2: 80 % of r ≤ v &lt; 95 % of r (leicht unter)</item>
/// <item>class 3: 95 % of r ≤ v &lt; 105 % of r (etwa auf dem Niveau)</item>
/// <item>class 4: 105 % of r ≤ v &lt; 120 % of r (leicht über)</item>
/// <item>class 5: v ≥ 120 % of r (deutlich über)</item>
/// </list>
/// </summary>
public sealed class ClassBreaks
{
    private readonly double[] _inner;
    private readonly bool[] _upperInclusive;
    private readonly int _decimals;

    private ClassBreaks(double[] inner, bool[] upperInclusive, IReadOnlyList<ValueClass> classes, string title, int decimals)
    {
        // Breaks and values are compared at the printed precision, so a value is in the class its label suggests.
        _decimals = decimals;
        _inner = inner.Select(b => Math.Round(b, decimals, MidpointRounding.AwayFromZero)).ToArray();
        _upperInclusive = upperInclusive;
        Classes = classes;
        Title = title;
    }

    /// <summary>Classes from low to high values.</summary>
    public IReadOnlyList<ValueClass> Classes { get; }

    /// <summary>Legend title.</summary>
    public string Title { get; }

    /// <summary>The inner break values (ascending).</summary>
    public IReadOnlyList<double> Breaks => _inner;

    /// <summary>The factors of the default breaks relative to the town value.</summary>
    public static IReadOnlyList<double> DefaultRelativeFactors { get; } = [0.80, 0.95, 1.05, 1.20];

    /// <summary>
    /// The default: five classes relative to the reference (town) value with a diverging scheme around it.
    /// Needs a positive reference value.
    /// </summary>
    public static ClassBreaks RelativeToReference(double reference, ValueFormat format, ColourScale scale = ColourScale.DivergingHighWarm, string referenceLabel = "Gesamtstadt", IReadOnlyList<double>? factors = null)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (!(reference > 0) || !double.IsFinite(reference))
        {
            throw new ArgumentOutOfRangeException(nameof(reference), "Relative classes need a positive reference value; use AroundReference for differences.");
        }

        var f = factors ?? DefaultRelativeFactors;
        if (f.Count != 4 || !(f[0] < f[1] && f[1] < 1 && 1 < f[2] && f[2] < f[3]))
        {
            throw new ArgumentException("Four ascending factors around 1 are needed.", nameof(factors));
        }

        var inner = f.Select(x => x * reference).ToArray();
        // notes in the report's convention „a–b“ = „a bis unter b“
        // An index (no unit) is itself relative to 100: its classes read „(= 100)“ and „80–95“, without „%“.
        var isIndex = string.IsNullOrEmpty(format.Unit);
        string P(double x, bool unit = true) => GermanFormat.Number(x * 100, 0) + (unit && !isIndex ? GermanFormat.NarrowNoBreakSpace + "%" : string.Empty);
        var colors = SchemeFor(scale);
        string N(double v) => GermanFormat.Number(v, format.Decimals);
        var unit = string.IsNullOrEmpty(format.Unit) ? string.Empty : (format.Unit == "%" ? GermanFormat.NarrowNoBreakSpace : GermanFormat.NoBreakSpace) + format.Unit;
        var classes = new[]
        {
            new ValueClass(colors[0], $"unter {N(inner[0])}{unit}", $"deutlich unter (unter {P(f[0])})"),
            new ValueClass(colors[1], $"{N(inner[0])} bis unter {N(inner[1])}{unit}", $"leicht unter ({P(f[0], false)}–{P(f[1])})"),
            new ValueClass(colors[2], $"{N(inner[1])} bis unter {N(inner[2])}{unit}", $"etwa gleich ({P(f[1], false)}–{P(f[2])})"),
            new ValueClass(colors[3], $"{N(inner[2])} bis unter {N(inner[3])}{unit}", $"leicht über ({P(f[2], false)}–{P(f[3])})"),
            new ValueClass(colors[4], $"{N(inner[3])}{unit} und mehr", $"deutlich über (ab {P(f[3])})"),
        };
        var title = isIndex && Math.Abs(reference - 100) < 1e-9
            ? $"{referenceLabel} = 100"
            : $"{referenceLabel}: {format.Format(reference)} (= 100{(isIndex ? string.Empty : " %")})";
        return new ClassBreaks(inner, [false, false, false, false], classes, title, format.Decimals);
    }

    /// <summary>
    /// Five classes by the difference to the reference value (for indicators that can be zero or negative, e.g.
    /// Wanderungssaldo): below −<paramref name="wide"/>, −wide to −narrow, ±narrow, narrow to wide, above wide.
    /// </summary>
    public static ClassBreaks AroundReference(double reference, double narrow, double wide, ValueFormat format, ColourScale scale = ColourScale.DivergingHighWarm, string referenceLabel = "Gesamtstadt")
    {
        ArgumentNullException.ThrowIfNull(format);
        if (!(narrow > 0) || !(wide > narrow)) throw new ArgumentOutOfRangeException(nameof(narrow), "Need 0 < narrow < wide.");
        var inner = new[] { reference - wide, reference - narrow, reference + narrow, reference + wide };
        var colors = SchemeFor(scale);
        string V(double v) => format.Format(v);
        var classes = new[]
        {
            new ValueClass(colors[0], $"unter {V(inner[0])}"),
            new ValueClass(colors[1], $"{V(inner[0])} bis unter {V(inner[1])}"),
            new ValueClass(colors[2], $"{V(inner[1])} bis {V(inner[2])}"),
            new ValueClass(colors[3], $"über {V(inner[2])} bis {V(inner[3])}"),
            new ValueClass(colors[4], $"über {V(inner[3])}"),
        };
        return new ClassBreaks(inner, [false, false, true, true], classes, $"Wert ({referenceLabel} = {format.Format(reference)})", format.Decimals);
    }

    /// <summary>
    /// Classes for levels with given ascending inner breaks (k breaks → k+1 classes, at most 5) and a sequential
    /// scheme. Class i holds breaks[i-1] ≤ v &lt; breaks[i].
    /// </summary>
    public static ClassBreaks Sequential(IReadOnlyList<double> breaks, ValueFormat format, string title, IReadOnlyList<SKColor>? scheme = null)
    {
        ArgumentNullException.ThrowIfNull(breaks);
        ArgumentNullException.ThrowIfNull(format);
        if (breaks.Count < 1 || breaks.Count > 4) throw new ArgumentOutOfRangeException(nameof(breaks), "Between 1 and 4 inner breaks.");
        for (var i = 1; i < breaks.Count; i++)
        {
            if (!(breaks[i] > breaks[i - 1])) throw new ArgumentException("Breaks must be strictly ascending.", nameof(breaks));
        }

        var colors = Palettes.Spread(scheme ?? Palettes.Sequential, breaks.Count + 1);
        var classes = new List<ValueClass>();
        for (var i = 0; i <= breaks.Count; i++)
        {
            var label = i == 0 ? $"unter {format.Format(breaks[0])}"
                : i == breaks.Count ? $"{format.Format(breaks[i - 1])} und mehr"
                : $"{format.Format(breaks[i - 1])} bis unter {format.Format(breaks[i])}";
            classes.Add(new ValueClass(colors[i], label));
        }

        return new ClassBreaks(breaks.ToArray(), new bool[breaks.Count], classes, title, format.Decimals);
    }

    /// <summary>"Nice" equal-interval breaks from 0 to the maximum (for counts, e.g. children per grid cell).</summary>
    public static ClassBreaks NiceEqualInterval(double maximum, int classCount, ValueFormat format, string title, IReadOnlyList<SKColor>? scheme = null)
    {
        if (classCount < 2 || classCount > 5) throw new ArgumentOutOfRangeException(nameof(classCount));
        var raw = Math.Max(maximum, 1e-9) / classCount;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1.0, 2.0, 2.5, 5.0, 10.0 }.Select(m => m * magnitude).First(s => s >= raw);
        if (format.Decimals == 0) step = Math.Max(1, Math.Ceiling(step));
        var breaks = Enumerable.Range(1, classCount - 1).Select(i => i * step).ToArray();
        return Sequential(breaks, format, title, scheme);
    }

    /// <summary>Index of the class holding <paramref name="value"/>.</summary>
    public int ClassOf(double value)
    {
        value = Math.Round(value, _decimals, MidpointRounding.AwayFromZero);
        for (var i = 0; i < _inner.Length; i++)
        {
            var inside = _upperInclusive[i] ? value <= _inner[i] : value < _inner[i];
            if (inside) return i;
        }

        return _inner.Length;
    }

    /// <summary>Colour of the class holding <paramref name="value"/>.</summary>
    public SKColor ColorOf(double value) => Classes[ClassOf(value)].Color;

    private static IReadOnlyList<SKColor> SchemeFor(ColourScale scale) => scale switch
    {
        ColourScale.DivergingHighWarm => Palettes.Diverging,
        ColourScale.DivergingHighCool => Palettes.Diverging.Reverse().ToArray(),
        ColourScale.Sequential => Palettes.Sequential,
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "Unknown colour scale."),
    };
}
