using ScottPlot;
using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>A label belonging to a point in data coordinates.</summary>
internal sealed record PointLabel(double X, double Y, string Text, SKColor Color, float FontSize);

/// <summary>
/// Labels next to scatter points, placed greedily at the first of eight candidate positions that overlaps
/// neither an already placed label nor another point and stays inside the data area.
/// </summary>
internal sealed class PointLabelPlottable(IReadOnlyList<PointLabel> labels, ChartStyle style, float markerRadius) : IPlottable
{
    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new ScottPlot.Axes();

    public IEnumerable<LegendItem> LegendItems => [];

    public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

    public void Render(RenderPack rp)
    {
        var data = rp.DataRect;
        var points = labels.Select(l => new SKPoint(Axes.GetPixelX(l.X), Axes.GetPixelY(l.Y))).ToList();
        var obstacles = points.Select(p => new SKRect(p.X - markerRadius, p.Y - markerRadius, p.X + markerRadius, p.Y + markerRadius)).ToList();
        var placed = new List<SKRect>();
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i];
            using var font = style.Font(label.FontSize);
            var width = TextDrawing.Width(label.Text, font);
            var (ascent, descent) = TextDrawing.Metrics(font);
            var height = ascent + descent;
            var p = points[i];
            var gap = markerRadius + 2;
            // Candidate top-left corners: right, left, above, below, and the four diagonals.
            var candidates = new[]
            {
                new SKPoint(p.X + gap, p.Y - (height / 2)),
                new SKPoint(p.X - gap - width, p.Y - (height / 2)),
                new SKPoint(p.X - (width / 2), p.Y - gap - height),
                new SKPoint(p.X - (width / 2), p.Y + gap),
                new SKPoint(p.X + gap * 0.7f, p.Y - gap * 0.7f - height),
                new SKPoint(p.X + gap * 0.7f, p.Y + gap * 0.7f),
                new SKPoint(p.X - gap * 0.7f - width, p.Y - gap * 0.7f - height),
                new SKPoint(p.X - gap * 0.7f - width, p.Y + gap * 0.7f),
            };
            SKRect Box(SKPoint c) => new(c.X - 1, c.Y - 1, c.X + width + 1, c.Y + height + 1);
            bool Free(SKRect box) =>
                box.Left >= data.Left && box.Right <= data.Right && box.Top >= data.Top && box.Bottom <= data.Bottom &&
                !placed.Any(b => b.IntersectsWith(box)) &&
                !obstacles.Where((_, k) => k != i).Any(o => o.IntersectsWith(box));
            var chosen = candidates.FirstOrDefault(c => Free(Box(c)), candidates.FirstOrDefault(c => !placed.Any(b => b.IntersectsWith(Box(c))), candidates[0]));
            placed.Add(Box(chosen));
            TextDrawing.Draw(rp.Canvas, label.Text, chosen.X, chosen.Y + ascent, font, label.Color, SKTextAlign.Left, SKColors.White, 2f);
        }
    }
}
