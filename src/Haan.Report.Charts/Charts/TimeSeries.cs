using ScottPlot;
using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>One value of a series in a year. Suppressed values leave a gap and never show a number.</summary>
public sealed record SeriesPoint(int Year, double? Value, bool Suppressed = false);

/// <summary>A named series (an area, or the town as reference).</summary>
/// <param name="IsReference">The town series: drawn in black, thicker, on top of the areas.</param>
public sealed record Series(string Label, IReadOnlyList<SeriesPoint> Points, bool IsReference = false);

/// <summary>Time series 2019–2023 of an indicator for the town and its areas.</summary>
/// <param name="Subject">What is shown, e.g. „SGB II-Quote“.</param>
public sealed record TimeSeriesSpec(string Subject, IReadOnlyList<Series> Series, ValueFormat Format)
{
    /// <summary>Start the value axis at zero (recommended for rates).</summary>
    public bool StartAtZero { get; init; } = true;

    /// <summary>Show the legend right of the plot.</summary>
    public bool ShowLegend { get; init; } = true;
}

/// <summary>Line chart over years; see <see cref="TimeSeriesSpec"/>.</summary>
public sealed class TimeSeriesFigure : Figure
{
    /// <summary>Number of categorical colours used for lines (Okabe–Ito without yellow).</summary>
    private const int LineColors = 6;

    private readonly TimeSeriesSpec _spec;

    public TimeSeriesFigure(TimeSeriesSpec spec, ChartStyle style) : base(style)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Series.Count == 0) throw new ArgumentException("Need at least one series.", nameof(spec));
        _spec = spec;
    }

    public override double PreferredAspectRatio => 160.0 / 95.0;

    public override string AltText
    {
        get
        {
            var years = _spec.Series.SelectMany(s => s.Points).Select(p => p.Year).ToList();
            var text = $"Liniendiagramm: {_spec.Subject} {years.Min().ToString(System.Globalization.CultureInfo.InvariantCulture)}–{years.Max().ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            var reference = _spec.Series.FirstOrDefault(s => s.IsReference);
            if (reference is not null)
            {
                var shown = reference.Points.Where(p => !p.Suppressed && p.Value is not null).OrderBy(p => p.Year).ToList();
                if (shown.Count >= 2)
                {
                    text += $"; {reference.Label} von {_spec.Format.Format(shown[0].Value!.Value)} ({shown[0].Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}) auf {_spec.Format.Format(shown[^1].Value!.Value)} ({shown[^1].Year.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
                }
            }

            var last = _spec.Series.Where(s => !s.IsReference)
                .Select(s => (s.Label, Point: s.Points.Where(p => !p.Suppressed && p.Value is not null).MaxBy(p => p.Year)))
                .Where(t => t.Point is not null)
                .ToList();
            if (last.Count > 0)
            {
                var top = last.MaxBy(t => t.Point!.Value!.Value);
                text += $"; zuletzt höchster Wert {top.Label} mit {_spec.Format.Format(top.Point!.Value!.Value)}";
            }

            return text + ".";
        }
    }

    private protected override void DrawContent(SKCanvas canvas, SKRect bounds)
    {
        using var plot = Build(Style, _spec.Series, _spec.Format, _spec.StartAtZero, _spec.ShowLegend, compact: false, yLimits: null);
        PlotRendering.Draw(canvas, bounds, plot);
    }

    internal static Plot Build(ChartStyle style, IReadOnlyList<Series> series, ValueFormat format, bool startAtZero, bool showLegend, bool compact, (double Min, double Max)? yLimits)
    {
        var plot = PlotRendering.CreatePlot(style);
        var years = series.SelectMany(s => s.Points).Select(p => p.Year).Distinct().Order().ToArray();
        var ordered = series.OrderBy(s => s.IsReference ? 0 : 1).ToList();
        var colorIndex = 0;
        var drawOrder = ordered.Where(s => !s.IsReference).Concat(ordered.Where(s => s.IsReference)); // reference on top
        var colors = new Dictionary<Series, SKColor>();
        var dashed = new HashSet<Series>();
        foreach (var s in ordered)
        {
            if (s.IsReference)
            {
                colors[s] = Palettes.Reference;
                continue;
            }

            // Okabe–Ito yellow is too light for thin lines: six line colours, then the same colours dashed.
            colors[s] = Palettes.Categorical[colorIndex % LineColors];
            if (colorIndex >= LineColors) dashed.Add(s);
            colorIndex++;
        }

        foreach (var s in drawOrder)
        {
            var color = colors[s].ToScottPlot();
            var segments = Segments(s.Points);
            foreach (var segment in segments)
            {
                var scatter = plot.Add.Scatter(segment.Select(p => (double)p.Year).ToArray(), segment.Select(p => p.Value!.Value).ToArray());
                scatter.Color = color;
                scatter.LineWidth = s.IsReference ? style.LineWidth * 1.6f : style.LineWidth;
                if (dashed.Contains(s)) scatter.LinePattern = PlotRendering.SeriesDash;
                scatter.MarkerSize = compact ? 3 : 4;
                scatter.MarkerShape = ScottPlot.MarkerShape.FilledCircle;
                scatter.LegendText = string.Empty;
            }
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            years.Select(y => (double)y).ToArray(),
            years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        PlotRendering.GermanTicks(plot.Axes.Left, format);
        plot.Grid.XAxisStyle.IsVisible = false;

        var values = series.SelectMany(s => s.Points).Where(p => !p.Suppressed && p.Value is not null).Select(p => p.Value!.Value).ToList();
        var (min, max) = yLimits ?? (values.Count == 0 ? (0, 1) : (values.Min(), values.Max()));
        if (startAtZero) min = Math.Min(0, min);
        var pad = (max - min) * 0.08;
        plot.Axes.SetLimits(years.Min() - 0.25, years.Max() + 0.25, startAtZero && min >= 0 ? 0 : min - pad, max + pad);

        if (showLegend && !compact)
        {
            // Legend in reading order: the town first, then the areas as given.
            foreach (var s in ordered)
            {
                plot.Legend.ManualItems.Add(new LegendItem
                {
                    LabelText = s.Label,
                    LineColor = colors[s].ToScottPlot(),
                    LineWidth = s.IsReference ? style.LineWidth * 1.6f : style.LineWidth,
                    LinePattern = dashed.Contains(s) ? PlotRendering.SeriesDash : LinePattern.Solid,
                    MarkerShape = ScottPlot.MarkerShape.FilledCircle,
                    MarkerSize = 4,
                    MarkerFillColor = colors[s].ToScottPlot(),
                    MarkerLineColor = colors[s].ToScottPlot(),
                });
            }

            plot.ShowLegend(Edge.Right);
        }

        return plot;
    }

    private static List<List<SeriesPoint>> Segments(IReadOnlyList<SeriesPoint> points)
    {
        var result = new List<List<SeriesPoint>>();
        var current = new List<SeriesPoint>();
        foreach (var p in points.OrderBy(p => p.Year))
        {
            if (p.Suppressed || p.Value is null || !double.IsFinite(p.Value.Value))
            {
                if (current.Count > 0) result.Add(current);
                current = [];
                continue;
            }

            current.Add(p);
        }

        if (current.Count > 0) result.Add(current);
        return result;
    }
}
