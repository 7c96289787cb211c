using NetTopologySuite.Geometries;
using ScottPlot;
using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>The metre → point transform of a drawn map (true shapes: one scale for x and y).</summary>
/// <param name="MapRect">The map frame on the canvas (points).</param>
/// <param name="PointsPerMetre">Scale of the map.</param>
public sealed record MapTransform(SKRect MapRect, double MinX, double MaxY, double PointsPerMetre)
{
    /// <summary>Canvas position of a map coordinate.</summary>
    public SKPoint ToCanvas(double x, double y) =>
        new((float)(MapRect.Left + ((x - MinX) * PointsPerMetre)), (float)(MapRect.Top + ((MaxY - y) * PointsPerMetre)));
}

/// <summary>Lays out and draws a <see cref="MapScene"/>: map frame (ScottPlot), legend column, scale bar, north arrow.</summary>
internal static class MapRenderer
{
    private const float Gap = 8f;

    public static MapTransform Draw(SKCanvas canvas, SKRect bounds, MapScene scene, ChartStyle style)
    {
        using var smallFont = style.Font(style.SmallFontSize);
        // The attribution wraps onto as many lines as it needs: it names sources and licences and must not be shortened.
        var attributionLines = string.IsNullOrEmpty(scene.Attribution) ? [] : TextDrawing.Wrap(scene.Attribution, smallFont, bounds.Width);
        var attributionHeight = attributionLines.Count == 0 ? 0 : (attributionLines.Count * TextDrawing.LineHeight(smallFont)) + 2;

        var legendWidth = scene.Legend.Count == 0 ? 0 : LegendWidth(scene.Legend, style, bounds.Width);
        var mapArea = new SKRect(bounds.Left, bounds.Top, bounds.Right - (legendWidth > 0 ? legendWidth + Gap : 0), bounds.Bottom - attributionHeight);
        if (legendWidth <= 0)
        {
            // Without a legend column the decorations get their own margins so they never cover the map.
            if (scene.NorthArrow) mapArea.Right -= 16;
            if (scene.ScaleBar) mapArea.Bottom -= 18;
        }

        // Fit the extent (plus a small margin) into the map area with one scale for x and y.
        var extent = new Envelope(scene.Extent);
        extent.ExpandBy(Math.Max(Math.Max(extent.Width, extent.Height) * 0.02, 1));
        if (mapArea.Width < 2 || mapArea.Height < 2)
        {
            // No room for a map (the box is too small for map and legend): draw nothing rather than a broken map.
            return new MapTransform(SKRect.Empty, extent.MinX, extent.MaxY, 0);
        }

        var scale = Math.Min(mapArea.Width / extent.Width, mapArea.Height / extent.Height);
        var widthPt = (float)Math.Floor(extent.Width * scale);
        var heightPt = (float)Math.Floor(extent.Height * scale);
        var left = mapArea.Left + ((mapArea.Width - widthPt) / 2);
        var top = mapArea.Top + ((mapArea.Height - heightPt) / 2);
        if (legendWidth > 0)
        {
            left = mapArea.Left; // map flush left, legend next to it
        }

        var mapRect = new SKRect(left, top, left + widthPt, top + heightPt);

        // Limits computed from the integer frame so x and y units are exactly square.
        var cx = extent.Centre.X;
        var cy = extent.Centre.Y;
        var halfW = widthPt / scale / 2;
        var halfH = heightPt / scale / 2;
        var transform = new MapTransform(mapRect, cx - halfW, cy + halfH, scale);

        using (var plot = new Plot())
        {
            plot.FigureBackground.Color = Colors.Transparent;
            plot.DataBackground.Color = Colors.Transparent;
            plot.HideAxesAndGrid();
            plot.Layout.Frameless(true);
            plot.Add.Plottable(new AreaLayerPlottable(scene.Areas, 3.2f));
            if (scene.Overlays.Count > 0) plot.Add.Plottable(new AreaLayerPlottable(scene.Overlays, 3.2f));
            if (scene.Outline is not null)
            {
                var outline = new SceneArea(scene.Outline, SKColors.Transparent, false, Palettes.Reference, style.OutlineWidth);
                plot.Add.Plottable(new AreaLayerPlottable([outline], 3.2f));
            }

            if (scene.Points.Count > 0) plot.Add.Plottable(new PointLayerPlottable(scene.Points, style.FontSize * (scene.Points.Count > 30 ? 0.65f : 0.85f)));
            if (scene.Labels.Count > 0) plot.Add.Plottable(new LabelLayerPlottable(scene.Labels, scene.Points, (style.FontSize * 0.85f / 2) + 1.5f, style));
            plot.Axes.SetLimits(cx - halfW, cx + halfW, cy - halfH, cy + halfH);
            PlotRendering.Draw(canvas, mapRect, plot);
        }

        if (legendWidth > 0)
        {
            // Legend right of the map; north arrow and scale bar at the foot of the legend column, off the map.
            var legendLeft = Math.Min(mapRect.Right + Gap, bounds.Right - legendWidth);
            var legendRect = new SKRect(legendLeft, bounds.Top, legendLeft + legendWidth, bounds.Bottom - attributionHeight);
            DrawLegend(canvas, legendRect, scene.Legend, style);
            if (scene.ScaleBar) DrawScaleBar(canvas, new SKRect(legendRect.Left + 2, legendRect.Top, legendRect.Right, mapRect.Bottom + 4), scale, style, Math.Min(legendRect.Width * 0.8, ScaleBarShare * mapRect.Width));
            if (scene.NorthArrow) DrawNorthArrow(canvas, new SKRect(legendRect.Left, mapRect.Bottom - 52, legendRect.Left + 16, mapRect.Bottom), style);
        }
        else
        {
            if (scene.ScaleBar) DrawScaleBar(canvas, new SKRect(mapRect.Left, mapRect.Top, mapRect.Right, mapRect.Bottom + 18), scale, style, ScaleBarShare * mapRect.Width);
            if (scene.NorthArrow) DrawNorthArrow(canvas, new SKRect(mapRect.Right, mapRect.Top, mapRect.Right + 16, mapRect.Bottom), style);
        }

        for (var i = 0; i < attributionLines.Count; i++)
        {
            var baseline = bounds.Bottom - TextDrawing.Metrics(smallFont).Descent - 0.5f - ((attributionLines.Count - 1 - i) * TextDrawing.LineHeight(smallFont));
            TextDrawing.Draw(canvas, attributionLines[i], bounds.Left, baseline, smallFont, Palettes.MutedText);
        }

        return transform;
    }

    private static float LegendWidth(IReadOnlyList<LegendSection> legend, ChartStyle style, float totalWidth)
    {
        using var font = style.Font(style.FontSize);
        using var note = style.Font(style.SmallFontSize);
        using var bold = style.Font(style.FontSize, bold: true);
        var widest = legend.SelectMany(s => s.Entries)
            .Select(e => TextDrawing.Width(e.Label, font) + (e.Note is null ? 0 : 4 + TextDrawing.Width(e.Note, note)) + SwatchWidth + SwatchGap + 2)
            .Concat(legend.Select(s => Math.Min(TextDrawing.Width(s.Title ?? string.Empty, bold), 170f)))
            .DefaultIfEmpty(0).Max();
        var max = totalWidth * 0.42f;
        return Math.Clamp(widest, Math.Min(90f, max), max);
    }

    private const float SwatchWidth = 14f;
    private const float SwatchGap = 5f;

    private static void DrawLegend(SKCanvas canvas, SKRect rect, IReadOnlyList<LegendSection> legend, ChartStyle style)
    {
        using var font = style.Font(style.FontSize);
        using var bold = style.Font(style.FontSize, bold: true);
        using var note = style.Font(style.SmallFontSize);
        var lineHeight = TextDrawing.LineHeight(font);
        var ascent = TextDrawing.Metrics(font).Ascent;
        var y = rect.Top;
        foreach (var section in legend)
        {
            if (!string.IsNullOrEmpty(section.Title))
            {
                foreach (var line in TextDrawing.Wrap(section.Title, bold, rect.Width))
                {
                    TextDrawing.Draw(canvas, line, rect.Left, y + ascent, bold, Palettes.Text);
                    y += lineHeight;
                }

                y += 1;
            }

            if (!string.IsNullOrEmpty(section.Subtitle))
            {
                var noteLine = TextDrawing.LineHeight(note);
                foreach (var line in TextDrawing.Wrap(section.Subtitle, note, rect.Width))
                {
                    TextDrawing.Draw(canvas, line, rect.Left, y + TextDrawing.Metrics(note).Ascent, note, Palettes.MutedText);
                    y += noteLine;
                }

                y += 2;
            }

            foreach (var entry in section.Entries)
            {
                var rowHeight = Math.Max(lineHeight, 10f);
                var swatch = new SKRect(rect.Left, y + ((rowHeight - 8) / 2), rect.Left + SwatchWidth, y + ((rowHeight - 8) / 2) + 8);
                DrawSwatch(canvas, swatch, entry, style);
                var textX = rect.Left + SwatchWidth + SwatchGap;
                var available = rect.Right - textX;
                var label = TextDrawing.Fit(entry.Label, font, available);
                var baseline = y + ((rowHeight - lineHeight) / 2) + ascent + ((lineHeight - font.Size) / 2) * 0.9f;
                TextDrawing.Draw(canvas, label, textX, baseline, font, Palettes.Text);
                if (entry.Note is not null)
                {
                    var noteX = textX + TextDrawing.Width(label, font) + 4;
                    if (noteX + TextDrawing.Width(entry.Note, note) <= rect.Right)
                    {
                        TextDrawing.Draw(canvas, entry.Note, noteX, baseline, note, Palettes.MutedText);
                    }
                }

                y += rowHeight + 1.5f;
            }

            y += lineHeight * 0.6f;
        }
    }

    private static void DrawSwatch(SKCanvas canvas, SKRect r, LegendEntry entry, ChartStyle style)
    {
        using var border = new SKPaint { Color = Palettes.Edge, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.4f };
        switch (entry.Swatch)
        {
            case LegendSwatch.Fill:
                using (var fill = new SKPaint { Color = entry.Color, IsAntialias = true })
                {
                    canvas.DrawRect(r, fill);
                }

                canvas.DrawRect(r, border);
                break;
            case LegendSwatch.Hatched:
                using (var fill = new SKPaint { Color = entry.Color, IsAntialias = true })
                {
                    canvas.DrawRect(r, fill);
                }

                canvas.Save();
                canvas.ClipRect(r);
                using (var hatch = new SKPaint { Color = Palettes.Hatch, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f })
                {
                    for (var d = -r.Height; d < r.Width; d += 3.2f) canvas.DrawLine(r.Left + d, r.Bottom, r.Left + d + r.Height, r.Top, hatch);
                }

                canvas.Restore();
                canvas.DrawRect(r, border);
                break;
            case LegendSwatch.Marker:
                MarkerDrawing.Draw(canvas, r.MidX, r.MidY, style.FontSize * 0.85f, entry.Shape, entry.Color);
                break;
            case LegendSwatch.Outline:
                using (var line = new SKPaint { Color = entry.Color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = style.OutlineWidth })
                {
                    canvas.DrawRect(r, line);
                }

                break;
            case LegendSwatch.Buffer:
                using (var fill = new SKPaint { Color = entry.Color, IsAntialias = true })
                {
                    canvas.DrawRect(r, fill);
                }

                using (var line = new SKPaint { Color = entry.Color.WithAlpha(255), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.8f })
                {
                    canvas.DrawRect(r, line);
                }

                break;
        }
    }

    /// <summary>
    /// The one scale-bar convention of all maps: a bar of 1, 2 or 5 × 10ⁿ metres, the longest not wider than this
    /// share of the map frame (and of the legend column where it stands there), halved black/white, „0“ and the
    /// length in m or km above its ends.
    /// </summary>
    internal const double ScaleBarShare = 0.3;

    /// <summary>Scale-bar lengths in metres (1–2–5 series).</summary>
    internal static readonly double[] NiceLengths = [10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000];

    /// <summary>The bar length for a map drawn at <paramref name="pointsPerMetre"/> with at most <paramref name="maxWidth"/> points.</summary>
    internal static double ScaleBarLength(double pointsPerMetre, double maxWidth) =>
        NiceLengths.LastOrDefault(l => l * pointsPerMetre <= maxWidth, NiceLengths[0]);

    private static void DrawScaleBar(SKCanvas canvas, SKRect mapRect, double pointsPerMetre, ChartStyle style, double maxWidth)
    {
        var length = ScaleBarLength(pointsPerMetre, maxWidth);
        var barWidth = (float)(length * pointsPerMetre);
        using var font = style.Font(style.SmallFontSize);
        var x0 = mapRect.Left + 4;
        var y0 = mapRect.Bottom - 6;
        const float h = 3f;
        using var black = new SKPaint { Color = Palettes.Reference, IsAntialias = true };
        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var frame = new SKPaint { Color = Palettes.Reference, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f };
        canvas.DrawRect(new SKRect(x0, y0 - h, x0 + (barWidth / 2), y0), black);
        canvas.DrawRect(new SKRect(x0 + (barWidth / 2), y0 - h, x0 + barWidth, y0), white);
        canvas.DrawRect(new SKRect(x0, y0 - h, x0 + barWidth, y0), frame);
        var label = length >= 1000 ? GermanFormat.Number(length / 1000, 0, "km") : GermanFormat.Number(length, 0, "m");
        TextDrawing.Draw(canvas, "0", x0, y0 - h - 2, font, Palettes.Text, SKTextAlign.Center, SKColors.White, 1.6f);
        TextDrawing.Draw(canvas, label, x0 + barWidth, y0 - h - 2, font, Palettes.Text, SKTextAlign.Center, SKColors.White, 1.6f);
    }

    private static void DrawNorthArrow(SKCanvas canvas, SKRect mapRect, ChartStyle style)
    {
        // Grid north of UTM32 (the map is not rotated; the deviation from true north is below 1° in Haan).
        var x = mapRect.Right - 10;
        var top = mapRect.Top + 12;
        const float h = 14f;
        const float w = 5f;
        using var dark = new SKPaint { Color = Palettes.Reference, IsAntialias = true };
        using var light = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var frame = new SKPaint { Color = Palettes.Reference, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f, StrokeJoin = SKStrokeJoin.Round };
        using var leftHalf = new SKPath();
        leftHalf.MoveTo(x, top);
        leftHalf.LineTo(x - w, top + h);
        leftHalf.LineTo(x, top + (h * 0.72f));
        leftHalf.Close();
        using var rightHalf = new SKPath();
        rightHalf.MoveTo(x, top);
        rightHalf.LineTo(x + w, top + h);
        rightHalf.LineTo(x, top + (h * 0.72f));
        rightHalf.Close();
        canvas.DrawPath(leftHalf, light);
        canvas.DrawPath(rightHalf, dark);
        canvas.DrawPath(leftHalf, frame);
        canvas.DrawPath(rightHalf, frame);
        using var font = style.Font(style.SmallFontSize + 0.5f, bold: true);
        TextDrawing.Draw(canvas, "N", x, top - 2, font, Palettes.Text, SKTextAlign.Center, SKColors.White, 1.6f);
    }
}
