using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>
/// Small multiples of bar charts: one small horizontal bar chart per indicator (panel title = the panel's
/// <see cref="BarChartSpec.Subject"/>), e.g. an indicator overview of all areas.
/// </summary>
public sealed record BarSmallMultiplesSpec(string Subject, IReadOnlyList<BarChartSpec> Panels)
{
    /// <summary>Number of columns; default 2 (3 from 7 panels on).</summary>
    public int? Columns { get; init; }
}

/// <summary>Grid of small bar charts; see <see cref="BarSmallMultiplesSpec"/>.</summary>
public sealed class BarSmallMultiplesFigure : Figure
{
    private readonly BarSmallMultiplesSpec _spec;
    private readonly IReadOnlyList<BarChartFigure> _panels;

    public BarSmallMultiplesFigure(BarSmallMultiplesSpec spec, ChartStyle style) : base(style)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Panels.Count == 0) throw new ArgumentException("Need at least one panel.", nameof(spec));
        _spec = spec;
        _panels = spec.Panels.Select(p => new BarChartFigure(p, style)).ToList();
    }

    private int Columns => _spec.Columns ?? (_spec.Panels.Count >= 7 ? 3 : Math.Min(2, _spec.Panels.Count));

    private int Rows => (int)Math.Ceiling(_spec.Panels.Count / (double)Columns);

    public override double PreferredAspectRatio => Columns * 1.6 / Rows;

    public override string AltText =>
        $"Balkendiagramme: {_spec.Subject} mit {_spec.Panels.Count} Indikatoren ({GermanFormat.JoinAnd(_spec.Panels.Select(p => p.Subject).ToList())}) je {_spec.Panels[0].CategoryNoun}.";

    /// <summary>Alt texts of the single panels, for a longer description.</summary>
    public IReadOnlyList<string> PanelAltTexts => _panels.Select(p => p.AltText).ToList();

    private protected override void DrawContent(SKCanvas canvas, SKRect bounds)
    {
        using var titleFont = Style.Font(Style.FontSize, bold: true);
        var titleHeight = TextDrawing.LineHeight(titleFont) + 2;
        const float gap = 12f;
        var columns = Columns;
        var rows = Rows;
        var cellWidth = (bounds.Width - ((columns - 1) * gap)) / columns;
        var cellHeight = (bounds.Height - ((rows - 1) * gap)) / rows;
        for (var i = 0; i < _panels.Count; i++)
        {
            var left = bounds.Left + ((i % columns) * (cellWidth + gap));
            var top = bounds.Top + ((i / columns) * (cellHeight + gap));
            var title = TextDrawing.Fit(_spec.Panels[i].Subject, titleFont, cellWidth);
            TextDrawing.Draw(canvas, title, left, top + TextDrawing.Metrics(titleFont).Ascent, titleFont, Palettes.Text);
            var panel = new SKRect(left, top + titleHeight, left + cellWidth, top + cellHeight);
            if (panel.Width > 10 && panel.Height > 10) _panels[i].Draw(canvas, panel);
        }
    }
}
