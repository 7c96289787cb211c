using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>Renders the same element tree to raster pages (PNG), e.g. for previews and visual tests.</summary>
public static class PngRenderer
{
    /// <summary>Renders every page to PNG bytes at the given resolution (dots per inch) on a white background.</summary>
    public static IReadOnlyList<byte[]> Render(Document document, float dpi = 96)
    {
        if (dpi is <= 0 or > 1200)
        {
            throw new ArgumentOutOfRangeException(nameof(dpi), dpi, "dpi must be between 0 and 1200.");
        }

        var target = new RasterTarget(dpi / 72f);
        PageLoop.Run(document, new SkiaSurface(target.BeginPage, target.EndPage), null);
        return target.Pages;
    }

    private sealed class RasterTarget(float scale)
    {
        private SKSurface? surface;

        public List<byte[]> Pages { get; } = [];

        public SKCanvas BeginPage(SKSize size)
        {
            var info = new SKImageInfo((int)Math.Ceiling(size.Width * scale), (int)Math.Ceiling(size.Height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
            surface = SKSurface.Create(info) ?? throw new LayoutException("Rasterfläche für die Seitenvorschau konnte nicht angelegt werden.");
            var canvas = surface.Canvas;
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            return canvas;
        }

        public void EndPage()
        {
            using (surface)
            {
                surface!.Canvas.Flush();
                using var image = surface.Snapshot();
                using var data = image.Encode(SKEncodedImageFormat.Png, 100);
                Pages.Add(data.ToArray());
            }

            surface = null;
        }
    }
}
