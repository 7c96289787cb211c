using ScottPlot;
using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>
/// One bar: an area (or group) and its value. Suppressed values are never shown as a number; a value of limited
/// reliability (small denominator) is labelled in brackets, „(50,0 %)“, as in the tables.
/// </summary>
public sealed record BarItem(string Label, double? Value, bool Suppressed = false, bool LowReliability = false);

/// <summary>
/// Horizontal bars per area, sorted by value (highest on top), with value labels and an optional reference line
/// (the town value).
/// </summary>
/// <param name="Subject">What is shown, for the alt text, e.g. „SGB II-Quote 2023“.</param>
/// <param name="Items">The bars.</param>
/// <param name="Format">Number format of values and axis.</param>
public sealed record BarChartSpec(string Subject, IReadOnlyList<BarItem> Items, ValueFormat Format)
{
    /// <summary>Town value drawn as a vertical reference line, or null.</summary>
    public double? ReferenceValue { get; init; }

    /// <summary>Label of the reference line.</summary>
    public string ReferenceLabel { get; init; } = "Gesamtstadt";

    /// <summary>Category noun for the alt text („nach Sozialraum“).</summary>
    public string CategoryNoun { get; init; } = "Sozialraum";

    /// <summary>Sort by value, highest first (suppressed and missing at the end). Otherwise keep the given order.</summary>
    public bool SortByValue { get; init; } = true;

    /// <summary>
    /// Colour bars by their class relative to the reference value (diverging scheme, see <see cref="ClassBreaks"/>).
    /// Without a reference value all bars have one colour.
    /// </summary>
    public bool ColorByReferenceClass { get; init; }

    /// <summary>Whether a high value is a burden (red) or favourable (blue) when colouring by class.</summary>
    public ColourScale Scale { get; init; } = ColourScale.DivergingHighWarm;
}

/// <summary>Horizontal bar chart; see <see cref="BarChartSpec"/>.</summary>
public sealed class BarChartFigure : Figure
{
    private readonly BarChartSpec _spec;
    private readonly IReadOnlyList<BarItem> _ordered;

    public BarChartFigure(BarChartSpec spec, ChartStyle style) : base(style)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Items.Count == 0) throw new ArgumentException("A bar chart needs at least one bar.", nameof(spec));
        _spec = spec;
        _ordered = spec.SortByValue
            ? spec.Items
                .Select((item, index) => (item, index))
                .OrderBy(t => Shown(t.item) ? 0 : 1)
                .ThenByDescending(t => Shown(t.item) ? t.item.Value!.Value : 0)
                .ThenBy(t => t.index)
                .Select(t => t.item)
                .ToList()
            : spec.Items;
    }

    /// <summary>The spec this figure was made from.</summary>
    public BarChartSpec Spec => _spec;

    public override double PreferredAspectRatio => 160.0 / Math.Clamp(30 + (_ordered.Count * 9), 60, 120);

    /// <summary>The value labels as drawn (for tests: suppressed values never show a number).</summary>
    public IReadOnlyList<string> ValueLabels => _ordered.Select(ItemLabel).ToList();

    private string ItemLabel(BarItem item)
    {
        var text = LabelText(_spec.Format.Format(item.Value, item.Suppressed));
        return item.LowReliability && Shown(item) ? $"({text})" : text;
    }

    public override string AltText
    {
        get
        {
            var shown = _ordered.Where(Shown).ToList();
            var text = $"Balkendiagramm: {_spec.Subject} nach {_spec.CategoryNoun}";
            if (shown.Count > 0)
            {
                var max = shown[0];
                var min = shown[^1];
                text += $"; höchster Wert {max.Label} mit {_spec.Format.Format(max.Value!.Value)}";
                if (shown.Count > 1) text += $", niedrigster Wert {min.Label} mit {_spec.Format.Format(min.Value!.Value)}";
            }

            if (_spec.ReferenceValue is { } reference) text += $", {_spec.ReferenceLabel} {_spec.Format.Format(reference)}";
            var secret = _ordered.Count(i => i.Suppressed);
            if (secret > 0) text += secret == 1 ? $"; für 1 {_spec.CategoryNoun} ist der Wert geheim" : $"; für {secret} Einheiten ist der Wert geheim";
            return text + ".";
        }
    }

    private static bool Shown(BarItem item) => !item.Suppressed && item.Value is { } v && double.IsFinite(v);

    private static string LabelText(string formatted) => formatted == GermanFormat.SuppressedSymbol ? GermanFormat.SuppressedLegend : formatted;

    private protected override void DrawContent(SKCanvas canvas, SKRect bounds)
    {
        if (_spec.ColorByReferenceClass && _spec.ReferenceValue is { } reference)
        {
            // Key of the class colours below the bars.
            var classes = ClassBreaks.RelativeToReference(reference, _spec.Format, _spec.Scale, _spec.ReferenceLabel);
            // Only classes some bar falls into; an index is compared with the reference as 100, not in %.
            var used = _ordered.Where(Shown).Select(i => classes.ClassOf(i.Value!.Value)).ToHashSet();
            var keys = classes.Classes.Where((_, i) => used.Contains(i)).Select(c => new LegendKey(c.Note ?? c.Label, c.Color)).ToList();
            var title = string.IsNullOrEmpty(_spec.Format.Unit) ? $"{_spec.ReferenceLabel} = 100:" : $"in % des Werts {_spec.ReferenceLabel}:";
            var height = KeyStrip.Height(Style, KeyStrip.LineCount(keys, Style, bounds.Width, title));
            KeyStrip.Draw(canvas, new SKRect(bounds.Left, bounds.Bottom - height, bounds.Right, bounds.Bottom), keys, Style, title);
            bounds = new SKRect(bounds.Left, bounds.Top, bounds.Right, bounds.Bottom - height);
        }

        using var plot = BuildPlot();
        PlotRendering.Draw(canvas, bounds, plot);
    }

    private Plot BuildPlot()
    {
        var plot = PlotRendering.CreatePlot(Style);
        var n = _ordered.Count;
        var values = _ordered.Where(Shown).Select(i => i.Value!.Value).ToList();
        if (_spec.ReferenceValue is { } rv) values.Add(rv);
        var max = values.Count == 0 ? 1 : Math.Max(0, values.Max());
        var min = values.Count == 0 ? 0 : Math.Min(0, values.Min());
        var span = Math.Max(max - min, 1e-9);

        var bars = new List<Bar>();
        for (var i = 0; i < n; i++)
        {
            var item = _ordered[i];
            var position = n - 1 - i;
            if (!Shown(item)) continue;
            var color = BarColor(item.Value!.Value);
            var light = (0.299 * color.Red) + (0.587 * color.Green) + (0.114 * color.Blue) > 235;
            bars.Add(new Bar
            {
                Position = position,
                Value = item.Value!.Value,
                ValueBase = 0,
                Size = 0.62,
                FillColor = color.ToScottPlot(),
                LineColor = Palettes.Edge.ToScottPlot(),
                LineWidth = light ? 0.5f : 0, // the neutral class is almost white: give it an edge
                Orientation = Orientation.Horizontal,
            });
        }

        if (bars.Count > 0)
        {
            var barPlot = plot.Add.Bars(bars);
            barPlot.Horizontal = true;
        }

        // Value labels (own text plottables: German format, suppressed → legend text, never a number).
        for (var i = 0; i < n; i++)
        {
            var item = _ordered[i];
            var position = n - 1 - i;
            var label = ItemLabel(item);
            var x = Shown(item) ? item.Value!.Value : 0;
            var text = plot.Add.Text(label, x, position);
            PlotRendering.StyleText(text, Style, color: Shown(item) ? Palettes.Text : Palettes.MutedText);
            var negative = x < 0;
            text.LabelStyle.Alignment = negative ? Alignment.MiddleRight : Alignment.MiddleLeft;
            text.LabelStyle.OffsetX = negative ? -3 : 3;
            text.LabelStyle.Italic = !Shown(item);
            text.LabelStyle.BackgroundColor = Colors.White;
            text.LabelStyle.Padding = 1;
        }

        var top = n - 0.4;
        if (_spec.ReferenceValue is { } reference)
        {
            var line = plot.Add.VerticalLine(reference);
            line.LineColor = Palettes.Reference.ToScottPlot();
            line.LineWidth = 1f;
            line.LinePattern = PlotRendering.ReferenceDash;
            line.Minimum = -0.5;
            line.Maximum = n - 0.45;
            line.ExcludeFromLegend = true;
            var refText = plot.Add.Text($"{_spec.ReferenceLabel}: {_spec.Format.Format(reference)}", reference, n - 0.45);
            PlotRendering.StyleText(refText, Style, bold: true, color: Palettes.Reference);
            refText.LabelStyle.Alignment = (reference - min) / span > 0.6 ? Alignment.LowerRight : Alignment.LowerLeft;
            refText.LabelStyle.OffsetX = (reference - min) / span > 0.6 ? -2 : 2;
            refText.LabelStyle.OffsetY = -1;
            top = n + 0.25;
            plot.MoveToBack(line);
        }

        var positions = Enumerable.Range(0, n).Select(i => (double)(n - 1 - i)).ToArray();
        var names = _ordered.Select(i => i.Label).ToArray();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, names);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.FrameLineStyle.Width = 0.6f;

        // Values are labelled directly: no value axis, no grid.
        plot.Axes.Bottom.IsVisible = false;
        plot.Axes.Bottom.FrameLineStyle.Width = 0;
        plot.Grid.IsVisible = false;

        var labelRoom = span * 0.22;
        plot.Axes.SetLimits(min < 0 ? min - labelRoom : 0, max + labelRoom, -0.6, top);
        plot.Layout.Fixed(new PixelPadding(LeftPadding(names), 4, 4, 4));
        return plot;
    }

    private float LeftPadding(string[] names)
    {
        using var font = Style.Font(Style.FontSize);
        return names.Max(n => TextDrawing.Width(n, font)) + 8;
    }

    private SKColor BarColor(double value)
    {
        if (!_spec.ColorByReferenceClass || _spec.ReferenceValue is not { } reference) return Palettes.Categorical[0];
        var breaks = ClassBreaks.RelativeToReference(reference, _spec.Format, _spec.Scale, _spec.ReferenceLabel);
        return breaks.ColorOf(value);
    }
}
