using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>Draws onto a Skia canvas (raster pages and previews). Structure, links and destinations have no raster form and are ignored.</summary>
internal sealed class SkiaSurface(Func<SKSize, SKCanvas> beginPage, Action endPage) : IDrawingSurface
{
    private SKCanvas? canvas;

    private SKCanvas Canvas => canvas ?? throw new InvalidOperationException("No page has been started.");

    public void BeginPage(SKSize size) => canvas = beginPage(size);

    public void EndPage()
    {
        endPage();
        canvas = null;
    }

    public void DrawGlyphs(FontFace face, float size, SKColor color, ReadOnlySpan<ushort> glyphs, ReadOnlySpan<SKPoint> positions)
    {
        var font = face.SkFont(size);
        using var builder = new SKTextBlobBuilder();
        var baseline = positions[0].Y;
        var oneBaseline = true;
        foreach (var p in positions)
        {
            oneBaseline &= p.Y == baseline;
        }

        if (oneBaseline)
        {
            var xs = new float[positions.Length];
            for (var i = 0; i < xs.Length; i++)
            {
                xs[i] = positions[i].X;
            }

            builder.AddHorizontalRun(glyphs, font, xs, baseline);
        }
        else
        {
            builder.AddPositionedRun(glyphs, font, positions);
        }

        using var blob = builder.Build();
        if (blob is not null)
        {
            using var paint = new SKPaint { Color = color, IsAntialias = true };
            Canvas.DrawText(blob, 0, 0, paint);
        }
    }

    public void FillRect(SKRect rect, SKColor color)
    {
        using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Fill };
        Canvas.DrawRect(rect, paint);
    }

    public void StrokeRect(SKRect rect, SKColor color, float width)
    {
        using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true };
        Canvas.DrawRect(rect, paint);
    }

    public void Line(SKPoint from, SKPoint to, SKColor color, float width, bool dotted)
    {
        using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true };
        if (dotted)
        {
            paint.StrokeCap = SKStrokeCap.Round;
            using var effect = SKPathEffect.CreateDash(DottedPattern, 0);
            paint.PathEffect = effect;
            Canvas.DrawLine(from, to, paint);
        }
        else
        {
            Canvas.DrawLine(from, to, paint);
        }
    }

    /// <summary>Dots: a (nearly) zero-length dash with round caps every 3 pt — the same pattern the PDF writer uses.</summary>
    internal static float[] DottedPattern => [0.01f, 3f];

    public void DrawVector(SKRect bounds, Action<SKCanvas, SKSize> draw)
    {
        Canvas.Save();
        Canvas.Translate(bounds.Left, bounds.Top);
        Canvas.ClipRect(new SKRect(0, 0, bounds.Width, bounds.Height));
        draw(Canvas, bounds.Size);
        Canvas.Restore();
    }

    public void DrawImage(SKRect bounds, SKImage image)
        => Canvas.DrawImage(image, bounds, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));

    public void Link(SKRect rect, string? url, string? anchorId, string contents)
    {
    }

    public void Destination(string anchorId, SKPoint point)
    {
    }

    public void BeginStructure(object key, StructureInfo info)
    {
    }

    public void EndStructure()
    {
    }

    public void BeginArtifact(bool pagination)
    {
    }

    public void EndArtifact()
    {
    }
}
