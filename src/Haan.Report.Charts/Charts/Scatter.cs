using ScottPlot;
using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>One labelled point of a scatter plot. Suppressed points are left out (and named in the alt text).</summary>
public sealed record ScatterItem(string Label, double? X, double? Y, bool Suppressed = false);

/// <summary>Scatter of two indicators over the areas, each point labelled, town values as cross-hair.</summary>
public sealed record ScatterSpec(string XSubject, string YSubject, IReadOnlyList<ScatterItem> Items, ValueFormat XFormat, ValueFormat YFormat)
{
    public double? ReferenceX { get; init; }

    public double? ReferenceY { get; init; }

    public string ReferenceLabel { get; init; } = "Gesamtstadt";

    /// <summary>Axis title of x with its unit, e.g. „SGB II-Quote in %“; default <see cref="XSubject"/>.</summary>
    public string? XAxisTitle { get; init; }

    /// <summary>Axis title of y with its unit; default <see cref="YSubject"/>.</summary>
    public string? YAxisTitle { get; init; }
}

/// <summary>Labelled scatter plot; see <see cref="ScatterSpec"/>.</summary>
public sealed class ScatterFigure : Figure
{
    private readonly ScatterSpec _spec;

    public ScatterFigure(ScatterSpec spec, ChartStyle style) : base(style)
    {
        ArgumentNullException.ThrowIfNull(spec);
        _spec = spec;
    }

    private IEnumerable<ScatterItem> Shown => _spec.Items.Where(i => !i.Suppressed && i.X is not null && i.Y is not null);

    public override double PreferredAspectRatio => 160.0 / 100.0;

    public override string AltText
    {
        get
        {
            var shown = Shown.ToList();
            var text = $"Streudiagramm: {_spec.YSubject} (senkrecht) gegen {_spec.XSubject} (waagerecht) für {shown.Count} Sozialräume";
            if (shown.Count >= 3)
            {
                var r = Correlation(shown.Select(s => s.X!.Value).ToList(), shown.Select(s => s.Y!.Value).ToList());
                var strength = Math.Abs(r) >= 0.7 ? "starker" : Math.Abs(r) >= 0.4 ? "mittlerer" : "schwacher";
                text += $"; {strength} {(r >= 0 ? "positiver" : "negativer")} Zusammenhang (r = {GermanFormat.Number(r, 2)})";
                var top = shown.MaxBy(s => s.Y!.Value)!;
                text += $"; höchster Wert senkrecht: {top.Label}";
            }

            var secret = _spec.Items.Where(i => i.Suppressed).Select(i => i.Label).ToList();
            if (secret.Count > 0) text += $"; nicht dargestellt (Wert geheim): {GermanFormat.JoinAnd(secret)}";
            return text + ".";
        }
    }

    private static double Correlation(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var mx = x.Average();
        var my = y.Average();
        var sxy = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        var sxx = x.Sum(a => (a - mx) * (a - mx));
        var syy = y.Sum(b => (b - my) * (b - my));
        return sxx <= 0 || syy <= 0 ? 0 : sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>
    /// The key under the plot: what the dashed lines are (the reference values) and, when some area is left out
    /// because a value is secret, that it is missing and why — the scatter's counterpart of the hatch on maps.
    /// </summary>
    internal IReadOnlyList<string> KeyLines
    {
        get
        {
            var lines = new List<string>();
            if (_spec.ReferenceX is { } x && _spec.ReferenceY is { } y)
            {
                lines.Add($"gestrichelt: {_spec.ReferenceLabel} ({_spec.XFormat.Format(x)} waagerecht, {_spec.YFormat.Format(y)} senkrecht)");
            }

            var secret = _spec.Items.Where(i => i.Suppressed).Select(i => i.Label).ToList();
            if (secret.Count > 0) lines.Add($"nicht dargestellt, {GermanFormat.SuppressedLegend}: {GermanFormat.JoinAnd(secret)}");
            return lines;
        }
    }

    private protected override void DrawContent(SKCanvas canvas, SKRect bounds)
    {
        var keyLines = KeyLines;
        if (keyLines.Count > 0)
        {
            using var muted = Style.Font(Style.SmallFontSize);
            var wrapped = keyLines.SelectMany(l => TextDrawing.Wrap(l, muted, bounds.Width - 4)).ToList();
            var lineHeight = TextDrawing.LineHeight(muted);
            var y = bounds.Bottom - ((wrapped.Count - 1) * lineHeight) - TextDrawing.Metrics(muted).Descent - 0.5f;
            foreach (var line in wrapped)
            {
                TextDrawing.Draw(canvas, line, bounds.MidX, y, muted, Palettes.MutedText, SKTextAlign.Center);
                y += lineHeight;
            }

            bounds = new SKRect(bounds.Left, bounds.Top, bounds.Right, bounds.Bottom - (wrapped.Count * lineHeight) - 4);
        }

        using var plot = PlotRendering.CreatePlot(Style);
        var shown = Shown.ToList();
        var xs = shown.Select(s => s.X!.Value).Concat(_spec.ReferenceX is { } rx ? [rx] : []).ToList();
        var ys = shown.Select(s => s.Y!.Value).Concat(_spec.ReferenceY is { } ry ? [ry] : []).ToList();
        if (xs.Count == 0) xs.Add(0);
        if (ys.Count == 0) ys.Add(0);

        if (_spec.ReferenceX is { } refX)
        {
            var v = plot.Add.VerticalLine(refX);
            v.LineColor = Palettes.MutedText.ToScottPlot();
            v.LineWidth = 0.8f;
            v.LinePattern = PlotRendering.ReferenceDash;
        }

        if (_spec.ReferenceY is { } refY)
        {
            var h = plot.Add.HorizontalLine(refY);
            h.LineColor = Palettes.MutedText.ToScottPlot();
            h.LineWidth = 0.8f;
            h.LinePattern = PlotRendering.ReferenceDash;
        }

        var labels = new List<PointLabel>();
        foreach (var item in shown)
        {
            var marker = plot.Add.Marker(item.X!.Value, item.Y!.Value, ScottPlot.MarkerShape.FilledCircle, 6);
            marker.Color = Palettes.Categorical[0].ToScottPlot();
            labels.Add(new PointLabel(item.X!.Value, item.Y!.Value, item.Label, Palettes.Text, Style.FontSize));
        }

        if (_spec.ReferenceX is { } tx && _spec.ReferenceY is { } ty)
        {
            var town = plot.Add.Marker(tx, ty, ScottPlot.MarkerShape.OpenCircle, 7);
            town.Color = Palettes.Reference.ToScottPlot();
            labels.Add(new PointLabel(tx, ty, _spec.ReferenceLabel, Palettes.MutedText, Style.SmallFontSize + 0.5f));
        }

        plot.Add.Plottable(new PointLabelPlottable(labels, Style, 3.5f));
        var xSpan = Math.Max(xs.Max() - xs.Min(), 1e-9);
        var ySpan = Math.Max(ys.Max() - ys.Min(), 1e-9);

        PlotRendering.GermanTicks(plot.Axes.Bottom, _spec.XFormat);
        PlotRendering.GermanTicks(plot.Axes.Left, _spec.YFormat);
        plot.Axes.Bottom.Label.Text = _spec.XAxisTitle ?? _spec.XSubject;
        plot.Axes.Left.Label.Text = _spec.YAxisTitle ?? _spec.YSubject;
        plot.Axes.SetLimits(xs.Min() - (xSpan * 0.08), xs.Max() + (xSpan * 0.08), ys.Min() - (ySpan * 0.1), ys.Max() + (ySpan * 0.12));
        PlotRendering.Draw(canvas, bounds, plot);
    }
}
