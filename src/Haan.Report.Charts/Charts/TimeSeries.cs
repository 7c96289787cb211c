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

    /// <summary>
    /// With more than <see cref="TimeSeriesFigure.MaxColouredSeries"/> area series all areas are drawn grey behind the
    /// town; the series with this label (if any) is drawn in colour against them.
    /// </summary>
    public string? Highlight { get; init; }
}

/// <summary>Line chart over years; see <see cref="TimeSeriesSpec"/>.</summary>
public sealed class TimeSeriesFigure : Figure
{
    /// <summary>
    /// Most area series that get a colour of their own (Okabe–Ito without yellow, each colour once); more become grey
    /// context lines with one highlighted series, or small multiples (the caller's choice).
    /// </summary>
    public const int MaxColouredSeries = 5;

    /// <summary>Colour of the area lines behind the town when there are too many to colour.</summary>
    internal static SKColor ContextLine { get; } = SKColor.Parse("#b3b3b3");

    /// <summary>Legend text of the grey context lines.</summary>
    internal const string ContextLabel = "übrige Sozialräume";

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
        using var plot = Build(Style, _spec.Series, _spec.Format, _spec.StartAtZero, _spec.ShowLegend, compact: false, yLimits: null, _spec.Highlight);
        PlotRendering.Draw(canvas, bounds, plot);
    }

    internal static Plot Build(ChartStyle style, IReadOnlyList<Series> series, ValueFormat format, bool startAtZero, bool showLegend, bool compact, (double Min, double Max)? yLimits, string? highlight = null)
    {
        var plot = PlotRendering.CreatePlot(style);
        var years = series.SelectMany(s => s.Points).Select(p => p.Year).Distinct().Order().ToArray();
        var ordered = series.OrderBy(s => s.IsReference ? 0 : 1).ToList();
        var colorIndex = 0;
        var drawOrder = ordered.Where(s => !s.IsReference).Concat(ordered.Where(s => s.IsReference)); // reference on top
        var colors = new Dictionary<Series, SKColor>();
        var dashed = new HashSet<Series>();
        var crowded = series.Count(s => !s.IsReference) > MaxColouredSeries;
        foreach (var s in ordered)
        {
            if (s.IsReference)
            {
                colors[s] = Palettes.Reference;
                continue;
            }

            // Each area its own colour (never two lines alike); with too many areas, grey lines and one highlight.
            colors[s] = !crowded ? Palettes.Categorical[colorIndex] : s.Label == highlight ? Palettes.Highlight : ContextLine;
            colorIndex++;
        }

        // Grey context lines first, the highlighted and coloured ones above them, the town on top.
        drawOrder = drawOrder.OrderBy(s => s.IsReference ? 2 : colors[s] == ContextLine ? 0 : 1).ToList();

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

        // Whole years only; ScottPlot measures the labels and thins them (every 2nd or 5th year) on narrow charts.
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = v => Math.Round(v).ToString("0", System.Globalization.CultureInfo.InvariantCulture),
        };
        PlotRendering.GermanTicks(plot.Axes.Left, format);
        plot.Grid.XAxisStyle.IsVisible = false;

        var values = series.SelectMany(s => s.Points).Where(p => !p.Suppressed && p.Value is not null).Select(p => p.Value!.Value).ToList();
        var (min, max) = yLimits ?? (values.Count == 0 ? (0, 1) : (values.Min(), values.Max()));
        if (startAtZero) min = Math.Min(0, min);
        var pad = (max - min) * 0.08;
        plot.Axes.SetLimits(years.Min() - 0.25, years.Max() + 0.25, startAtZero && min >= 0 ? 0 : min - pad, max + pad);

        if (showLegend && !compact)
        {
            // Legend in reading order: the town first, then the areas as given; grey context lines once.
            var contextListed = false;
            foreach (var s in ordered)
            {
                if (colors[s] == ContextLine)
                {
                    if (contextListed) continue;
                    contextListed = true;
                    plot.Legend.ManualItems.Add(new LegendItem { LabelText = ContextLabel, LineColor = ContextLine.ToScottPlot(), LineWidth = style.LineWidth, MarkerShape = ScottPlot.MarkerShape.None });
                    continue;
                }

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
