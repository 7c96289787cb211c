using NetTopologySuite.Geometries;
using ScottPlot;
using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>
/// Polygons with holes and several parts as one even-odd <see cref="SKPath"/> per area (ScottPlot's own Polygon
/// plottable draws a single ring only). Suppressed areas are hatched.
/// </summary>
internal sealed class AreaLayerPlottable(IReadOnlyList<SceneArea> areas, float hatchSpacing) : IPlottable
{
    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new ScottPlot.Axes();

    public IEnumerable<LegendItem> LegendItems => [];

    public AxisLimits GetAxisLimits()
    {
        var env = new Envelope();
        foreach (var a in areas) env.ExpandToInclude(a.Geometry.EnvelopeInternal);
        return env.IsNull ? AxisLimits.NoLimits : new AxisLimits(env.MinX, env.MaxX, env.MinY, env.MaxY);
    }

    public void Render(RenderPack rp)
    {
        var canvas = rp.Canvas;
        foreach (var area in areas)
        {
            using var path = BuildPath(area.Geometry, Axes);
            if (area.Fill.Alpha > 0)
            {
                using var fill = new SKPaint { Color = area.Fill, IsAntialias = true, Style = SKPaintStyle.Fill };
                canvas.DrawPath(path, fill);
            }

            if (area.Hatched) DrawHatch(canvas, path);

            if (area.BorderWidth > 0)
            {
                using var stroke = new SKPaint
                {
                    Color = area.Border,
                    IsAntialias = true,
                    Style = SKPaintStyle.Stroke,
                    StrokeWidth = area.BorderWidth,
                    StrokeJoin = SKStrokeJoin.Round,
                };
                canvas.DrawPath(path, stroke);
            }
        }
    }

    private void DrawHatch(SKCanvas canvas, SKPath path)
    {
        var b = path.Bounds;
        canvas.Save();
        canvas.ClipPath(path, SKClipOperation.Intersect, antialias: true);
        using var paint = new SKPaint { Color = Palettes.Hatch, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f };
        for (var d = -b.Height; d < b.Width; d += hatchSpacing)
        {
            canvas.DrawLine(b.Left + d, b.Bottom, b.Left + d + b.Height, b.Top, paint);
        }

        canvas.Restore();
    }

    /// <summary>One path for all rings of all parts; even-odd fill makes holes transparent.</summary>
    internal static SKPath BuildPath(Geometry geometry, IAxes axes)
    {
        var path = new SKPath { FillType = SKPathFillType.EvenOdd };
        AddGeometry(path, geometry, axes);
        return path;
    }

    private static void AddGeometry(SKPath path, Geometry geometry, IAxes axes)
    {
        switch (geometry)
        {
            case Polygon polygon:
                AddRing(path, polygon.ExteriorRing, axes);
                foreach (var hole in polygon.InteriorRings) AddRing(path, hole, axes);
                break;
            case GeometryCollection collection: // MultiPolygon and mixed collections
                for (var i = 0; i < collection.NumGeometries; i++) AddGeometry(path, collection.GetGeometryN(i), axes);
                break;
            case LineString line:
                AddRing(path, line, axes, close: line.IsClosed);
                break;
        }
    }

    private static void AddRing(SKPath path, LineString ring, IAxes axes, bool close = true)
    {
        var coords = ring.CoordinateSequence;
        if (coords.Count < 2) return;
        for (var i = 0; i < coords.Count; i++)
        {
            var x = axes.GetPixelX(coords.GetX(i));
            var y = axes.GetPixelY(coords.GetY(i));
            if (i == 0) path.MoveTo(x, y);
            else path.LineTo(x, y);
        }

        if (close) path.Close();
    }
}

/// <summary>Facility symbols.</summary>
internal sealed class PointLayerPlottable(IReadOnlyList<ScenePoint> points, float size) : IPlottable
{
    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new ScottPlot.Axes();

    public IEnumerable<LegendItem> LegendItems => [];

    public AxisLimits GetAxisLimits() => points.Count == 0
        ? AxisLimits.NoLimits
        : new AxisLimits(points.Min(p => p.X), points.Max(p => p.X), points.Min(p => p.Y), points.Max(p => p.Y));

    public void Render(RenderPack rp)
    {
        foreach (var p in points)
        {
            MarkerDrawing.Draw(rp.Canvas, Axes.GetPixelX(p.X), Axes.GetPixelY(p.Y), size, p.Symbol.Shape, p.Symbol.Color);
        }
    }
}

/// <summary>Area and value labels with a white halo; labels that would overlap are moved to free positions.</summary>
internal sealed class LabelLayerPlottable(IReadOnlyList<SceneLabel> labels, IReadOnlyList<ScenePoint> avoid, float avoidRadius, ChartStyle style) : IPlottable
{
    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new ScottPlot.Axes();

    public IEnumerable<LegendItem> LegendItems => [];

    public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

    public void Render(RenderPack rp)
    {
        using var titleFont = style.Font(style.FontSize, bold: true);
        using var titleFontRegular = style.Font(style.FontSize);
        using var valueFont = style.Font(style.FontSize);
        var placed = new List<SKRect>();
        var obstacles = avoid
            .Select(p => (X: Axes.GetPixelX(p.X), Y: Axes.GetPixelY(p.Y)))
            .Select(p => new SKRect(p.X - avoidRadius, p.Y - avoidRadius, p.X + avoidRadius, p.Y + avoidRadius))
            .ToList();
        var lineHeight = TextDrawing.LineHeight(titleFont);
        foreach (var label in labels)
        {
            var font = label.Bold ? titleFont : titleFontRegular;
            var width = Math.Max(TextDrawing.Width(label.Title, font), label.Value is null ? 0 : TextDrawing.Width(label.Value, valueFont));
            var height = lineHeight * (label.Value is null ? 1 : 2);
            var cx = Axes.GetPixelX(label.X);
            var cy = Axes.GetPixelY(label.Y);
            SKRect Box(float dx, float dy) => new(cx + dx - (width / 2) - 1, cy + dy - (height / 2) - 1, cx + dx + (width / 2) + 1, cy + dy + (height / 2) + 1);
            var offsets = new (float Dx, float Dy)[]
            {
                (0, 0), (0, -height * 0.6f), (0, height * 0.6f), (0, -height), (0, height),
                (-width * 0.5f, 0), (width * 0.5f, 0), (-width * 0.5f, -height * 0.6f), (width * 0.5f, height * 0.6f),
            };
            // First choice: free of labels and symbols; second: free of labels; else the anchor.
            var chosen = offsets.Cast<(float Dx, float Dy)?>()
                .FirstOrDefault(o => !placed.Any(p => p.IntersectsWith(Box(o!.Value.Dx, o.Value.Dy))) && !obstacles.Any(p => p.IntersectsWith(Box(o!.Value.Dx, o.Value.Dy))))
                ?? offsets.Cast<(float Dx, float Dy)?>().FirstOrDefault(o => !placed.Any(p => p.IntersectsWith(Box(o!.Value.Dx, o.Value.Dy))))
                ?? offsets[0];

            // Keep the label inside the map frame.
            var data = rp.DataRect;
            var probe = Box(chosen.Dx, chosen.Dy);
            var shiftX = probe.Left < data.Left ? data.Left - probe.Left : probe.Right > data.Right ? data.Right - probe.Right : 0;
            var shiftY = probe.Top < data.Top ? data.Top - probe.Top : probe.Bottom > data.Bottom ? data.Bottom - probe.Bottom : 0;
            chosen = (chosen.Dx + shiftX, chosen.Dy + shiftY);
            var rect = Box(chosen.Dx, chosen.Dy);
            placed.Add(rect);
            var (ascent, _) = TextDrawing.Metrics(font);
            var x = cx + chosen.Dx;
            var top = rect.Top + 1;
            var baseline = top + ((lineHeight - font.Size) / 2) + ascent * 0.95f;
            TextDrawing.Draw(rp.Canvas, label.Title, x, baseline, font, Palettes.Text, SKTextAlign.Center, SKColors.White, 2.2f);
            if (label.Value is { } value)
            {
                TextDrawing.Draw(rp.Canvas, value, x, baseline + lineHeight, valueFont, Palettes.Text, SKTextAlign.Center, SKColors.White, 2.2f);
            }
        }
    }
}

/// <summary>Marker symbols (also used in legends).</summary>
internal static class MarkerDrawing
{
    /// <summary>Width of the dark edge around every symbol.</summary>
    internal const float EdgeWidth = 0.7f;

    /// <summary>Size of the coloured core relative to the symbol.</summary>
    internal const float CoreScale = 0.5f;

    /// <summary>
    /// A white-filled symbol with a dark edge and a core in the category colour: white and dark together contrast
    /// with every area colour (light or dark), so no symbol vanishes on a class of its own hue; the core keeps the
    /// categories apart, the shape too.
    /// </summary>
    public static void Draw(SKCanvas canvas, float x, float y, float size, MarkerShape shape, SKColor color)
    {
        var r = size / 2;
        using var outer = Path(shape, x, y, r);
        using var core = Path(shape, x, y, r * CoreScale);
        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Fill };
        using var fill = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
        using var edge = new SKPaint { Color = Palettes.Reference, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = EdgeWidth, StrokeJoin = SKStrokeJoin.Round };
        canvas.DrawPath(outer, white);
        canvas.DrawPath(core, fill);
        canvas.DrawPath(outer, edge);
    }

    private static SKPath Path(MarkerShape shape, float x, float y, float r)
    {
        var path = new SKPath();
        switch (shape)
        {
            case MarkerShape.Circle:
                path.AddCircle(x, y, r);
                break;
            case MarkerShape.Square:
                path.AddRect(new SKRect(x - (r * 0.88f), y - (r * 0.88f), x + (r * 0.88f), y + (r * 0.88f)));
                break;
            case MarkerShape.Triangle:
                path.MoveTo(x, y - (r * 1.15f));
                path.LineTo(x + (r * 1.05f), y + (r * 0.75f));
                path.LineTo(x - (r * 1.05f), y + (r * 0.75f));
                path.Close();
                break;
            case MarkerShape.Diamond:
                path.MoveTo(x, y - (r * 1.15f));
                path.LineTo(x + (r * 1.0f), y);
                path.LineTo(x, y + (r * 1.15f));
                path.LineTo(x - (r * 1.0f), y);
                path.Close();
                break;
            case MarkerShape.Cross:
                var t = r * 0.38f;
                path.AddRect(new SKRect(x - r, y - t, x + r, y + t));
                path.AddRect(new SKRect(x - t, y - r, x + t, y + r));
                path.FillType = SKPathFillType.Winding;
                var union = path.Simplify();
                if (union is not null)
                {
                    path.Dispose();
                    return union;
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(shape), shape, "Unknown marker shape.");
        }

        return path;
    }
}
