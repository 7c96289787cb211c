using ScottPlot;
using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>One stacked bar: shares (percent) per segment, in the order of <see cref="StackedBarSpec.Segments"/>.</summary>
public sealed record StackedBarRow(string Label, IReadOnlyList<double> Shares, bool IsReference = false);

/// <summary>
/// Stacked 100 % bars, e.g. the age structure per area (segments = age groups, ordered young → old, sequential colours).
/// </summary>
public sealed record StackedBarSpec(string Subject, IReadOnlyList<string> Segments, IReadOnlyList<StackedBarRow> Rows)
{
    /// <summary>Segments are ordered (age groups): sequential colours; otherwise categorical colours.</summary>
    public bool OrderedSegments { get; init; } = true;
}

/// <summary>Stacked horizontal bars; see <see cref="StackedBarSpec"/>.</summary>
public sealed class StackedBarFigure : Figure
{
    private readonly StackedBarSpec _spec;

    public StackedBarFigure(StackedBarSpec spec, ChartStyle style) : base(style)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Rows.Any(r => r.Shares.Count != spec.Segments.Count)) throw new ArgumentException("Every row needs one share per segment.", nameof(spec));
        if (spec.Segments.Count == 0 || spec.Rows.Count == 0) throw new ArgumentException("Need segments and rows.", nameof(spec));
        _spec = spec;
    }

    public override double PreferredAspectRatio => 160.0 / Math.Clamp(35 + (_spec.Rows.Count * 8), 60, 120);

    public override string AltText
    {
        get
        {
            var last = _spec.Segments.Count - 1;
            var oldest = _spec.Rows.Where(r => !r.IsReference).MaxBy(r => r.Shares[last]);
            var text = $"Gestapelte Balken: {_spec.Subject} ({GermanFormat.JoinAnd(_spec.Segments)})";
            if (oldest is not null) text += $"; höchster Anteil {_spec.Segments[last]} in {oldest.Label} mit {ValueFormat.Percent1.Format(oldest.Shares[last])}";
            return text + ".";
        }
    }

    private IReadOnlyList<SKColor> Colors() => _spec.OrderedSegments && _spec.Segments.Count <= 5
        ? Palettes.Spread(Palettes.Sequential, _spec.Segments.Count)
        : Enumerable.Range(0, _spec.Segments.Count).Select(Palettes.CategoricalAt).ToList();

    private protected override void DrawContent(SKCanvas canvas, SKRect bounds)
    {
        using var plot = PlotRendering.CreatePlot(Style);
        var colors = Colors();
        var n = _spec.Rows.Count;
        var bars = new List<Bar>();
        var labels = new List<(string Text, double X, double Y, SKColor Fill)>();
        for (var r = 0; r < n; r++)
        {
            var row = _spec.Rows[r];
            var position = n - 1 - r;
            double start = 0;
            for (var s = 0; s < _spec.Segments.Count; s++)
            {
                var share = row.Shares[s];
                bars.Add(new Bar
                {
                    Position = position, ValueBase = start, Value = start + share, Size = 0.7,
                    FillColor = colors[s].ToScottPlot(), LineColor = ScottPlot.Colors.White, LineWidth = 0.5f, Orientation = Orientation.Horizontal,
                });
                if (share >= 7) labels.Add((GermanFormat.Number(share, 0), start + (share / 2), position, colors[s]));
                start += share;
            }
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        foreach (var (text, x, y, fill) in labels)
        {
            var label = plot.Add.Text(text, x, y);
            var dark = (0.299 * fill.Red) + (0.587 * fill.Green) + (0.114 * fill.Blue) < 140;
            PlotRendering.StyleText(label, Style, Style.SmallFontSize + 0.5f, color: dark ? SKColors.White : Palettes.Text);
            label.LabelStyle.Alignment = Alignment.MiddleCenter;
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, n).Select(i => (double)(n - 1 - i)).ToArray(), _spec.Rows.Select(r => r.Label).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [0, 25, 50, 75, 100], new[] { "0 %", "25 %", "50 %", "75 %", "100 %" }.Select(t => t.Replace(" ", GermanFormat.NarrowNoBreakSpace, StringComparison.Ordinal)).ToArray());
        plot.Grid.YAxisStyle.IsVisible = false;
        plot.Axes.SetLimits(0, 100, -0.6, n - 0.4);
        using (var font = Style.Font(Style.FontSize))
        {
            var left = _spec.Rows.Max(r => TextDrawing.Width(r.Label, font)) + 8;
            plot.Layout.Fixed(new PixelPadding(left, 16, (Style.FontSize * 1.6f) + 10, 4));
        }

        var keys = _spec.Segments.Select((segment, i) => new LegendKey(segment, colors[i])).ToList();
        var keyHeight = KeyStrip.Height(Style, KeyStrip.LineCount(keys, Style, bounds.Width));
        KeyStrip.Draw(canvas, new SKRect(bounds.Left, bounds.Bottom - keyHeight, bounds.Right, bounds.Bottom), keys, Style);
        bounds = new SKRect(bounds.Left, bounds.Top, bounds.Right, bounds.Bottom - keyHeight);
        PlotRendering.Draw(canvas, bounds, plot);
    }
}
