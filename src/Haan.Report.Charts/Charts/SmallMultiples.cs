using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>
/// Small multiples: one small time series per area on a shared value axis, the town series repeated in every
/// panel in grey for comparison.
/// </summary>
public sealed record SmallMultiplesSpec(string Subject, IReadOnlyList<Series> Areas, ValueFormat Format)
{
    /// <summary>The town series shown in every panel, or null.</summary>
    public Series? Reference { get; init; }

    /// <summary>Number of columns; default: chosen from the panel count (4 for 7 panels).</summary>
    public int? Columns { get; init; }

    public bool StartAtZero { get; init; } = true;
}

/// <summary>Grid of small time series; see <see cref="SmallMultiplesSpec"/>.</summary>
public sealed class SmallMultiplesFigure : Figure
{
    private readonly SmallMultiplesSpec _spec;

    public SmallMultiplesFigure(SmallMultiplesSpec spec, ChartStyle style) : base(style)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Areas.Count == 0) throw new ArgumentException("Need at least one panel.", nameof(spec));
        _spec = spec;
    }

    private int Columns => _spec.Columns ?? (int)Math.Ceiling(Math.Sqrt(_spec.Areas.Count * 1.8));

    private int Rows => (int)Math.Ceiling(_spec.Areas.Count / (double)Columns);

    public override double PreferredAspectRatio => Columns * 1.1 / Rows;

    public override string AltText
    {
        get
        {
            var changes = _spec.Areas
                .Select(a => (a.Label, Points: a.Points.Where(p => !p.Suppressed && p.Value is not null).OrderBy(p => p.Year).ToList()))
                .Where(t => t.Points.Count >= 2)
                .Select(t => (t.Label, Change: t.Points[^1].Value!.Value - t.Points[0].Value!.Value))
                .ToList();
            var text = $"Diagrammraster: {_spec.Subject} je Sozialraum im Zeitverlauf ({_spec.Areas.Count} Felder" + (_spec.Reference is null ? ")" : $", {_spec.Reference.Label} grau zum Vergleich)");
            if (changes.Count > 0)
            {
                var up = changes.MaxBy(c => c.Change);
                text += $"; stärkster Anstieg in {up.Label} ({GermanFormat.Signed(up.Change, _spec.Format.Decimals)}{(_spec.Format.Unit == "%" ? " Prozentpunkte" : string.Empty)})";
            }

            return text + ".";
        }
    }

    private protected override void DrawContent(SKCanvas canvas, SKRect bounds)
    {
        var columns = Columns;
        var rows = Rows;
        using var titleFont = Style.Font(Style.FontSize, bold: true);
        var titleHeight = TextDrawing.LineHeight(titleFont) + 1;
        const float gap = 10f;
        var cellWidth = (bounds.Width - ((columns - 1) * gap)) / columns;
        var cellHeight = (bounds.Height - ((rows - 1) * gap)) / rows;

        var all = _spec.Areas.Concat(_spec.Reference is null ? [] : [_spec.Reference])
            .SelectMany(s => s.Points).Where(p => !p.Suppressed && p.Value is not null).Select(p => p.Value!.Value).ToList();
        (double, double)? shared = all.Count == 0 ? null : (all.Min(), all.Max());

        for (var i = 0; i < _spec.Areas.Count; i++)
        {
            var area = _spec.Areas[i];
            var col = i % columns;
            var row = i / columns;
            var left = bounds.Left + (col * (cellWidth + gap));
            var top = bounds.Top + (row * (cellHeight + gap));
            var title = TextDrawing.Fit(area.Label, titleFont, cellWidth);
            TextDrawing.Draw(canvas, title, left + 2, top + TextDrawing.Metrics(titleFont).Ascent, titleFont, Palettes.Text);

            var series = new List<Series>();
            if (_spec.Reference is not null) series.Add(_spec.Reference with { IsReference = true });
            series.Add(area with { IsReference = false });
            using var plot = TimeSeriesFigure.Build(Style, series, _spec.Format, _spec.StartAtZero, showLegend: false, compact: true, shared);
            // Reference in grey in the panels; the area in the first categorical colour.
            foreach (var scatter in plot.GetPlottables<ScottPlot.Plottables.Scatter>())
            {
                if (scatter.Color == Palettes.Reference.ToScottPlot())
                {
                    scatter.Color = Palettes.Edge.ToScottPlot();
                    scatter.LineWidth = Style.LineWidth;
                    scatter.MarkerSize = 0;
                }
            }

            var years = series.SelectMany(s => s.Points).Select(p => p.Year).Distinct().Order().ToArray();
            // Only first and last year as ticks; value ticks only in the first column.
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                [years[0], years[^1]],
                [years[0].ToString(System.Globalization.CultureInfo.InvariantCulture), years[^1].ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            if (col > 0)
            {
                plot.Axes.Left.TickLabelStyle.IsVisible = false;
                plot.Axes.Left.MajorTickStyle.Length = 0;
            }

            plot.Layout.Fixed(new ScottPlot.PixelPadding(col == 0 ? 34 : 6, 8, 16, 4));
            PlotRendering.Draw(canvas, new SKRect(left, top + titleHeight, left + cellWidth, top + cellHeight), plot);
        }

        if (_spec.Reference is not null)
        {
            using var note = Style.Font(Style.SmallFontSize);
            var text = $"grau: {_spec.Reference.Label}";
            var lastCol = (_spec.Areas.Count - 1) % columns;
            var y = bounds.Bottom - 2;
            var x = lastCol < columns - 1 ? bounds.Left + ((lastCol + 1) * (cellWidth + gap)) + 4 : bounds.Left;
            TextDrawing.Draw(canvas, text, x, lastCol < columns - 1 ? bounds.Top + ((rows - 1) * (cellHeight + gap)) + TextDrawing.Metrics(note).Ascent + 2 : y, note, Palettes.MutedText);
        }
    }
}
