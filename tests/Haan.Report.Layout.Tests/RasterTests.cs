using SkiaSharp;

namespace Haan.Report.Layout.Tests;

public sealed class RasterTests
{
    [Fact]
    public void Canvas_callback_is_translated_and_clipped_to_its_area()
    {
        var template = new PageTemplate { Size = new SKSize(200, 200), Margins = Margins.All(20) };
        SKSize received = default;
        var canvas = new CanvasElement(50, (c, size) =>
        {
            received = size;
            using var red = new SKPaint { Color = SKColors.Red };
            c.DrawRect(-1000, -1000, 5000, 5000, red); // far larger than the area
            using var blue = new SKPaint { Color = SKColors.Blue };
            c.DrawRect(0, 0, 10, 10, blue);            // top-left corner of the area
        });
        var pages = PngRenderer.Render(TestDocuments.Single(new Column { new Spacer(30), canvas }, template), 72);

        using var bitmap = SKBitmap.Decode(pages.Single());
        Assert.Equal(new SKSize(160, 50), received);
        Assert.Equal(SKColors.Blue, bitmap.GetPixel(25, 55));   // area starts at (20, 50)
        Assert.Equal(SKColors.Red, bitmap.GetPixel(100, 75));
        Assert.Equal(SKColors.White, bitmap.GetPixel(100, 45)); // above the area
        Assert.Equal(SKColors.White, bitmap.GetPixel(100, 105)); // below the area
        Assert.Equal(SKColors.White, bitmap.GetPixel(185, 75)); // right of the area
    }

    [Fact]
    public void Png_output_is_identical_for_identical_input()
    {
        var first = PngRenderer.Render(Showcase.Build(), 24);
        var second = PngRenderer.Render(Showcase.Build(), 24);
        Assert.Equal(first.Count, second.Count);
        for (var i = 0; i < first.Count; i++)
        {
            Assert.Equal(first[i], second[i]);
        }
    }

    [Fact]
    public void Png_pages_have_the_requested_resolution()
    {
        var pages = PngRenderer.Render(TestDocuments.Single(new Paragraph("Hallo")), 144);
        using var bitmap = SKBitmap.Decode(pages.Single());
        Assert.Equal((int)Math.Ceiling(595.28 * 2), bitmap.Width);
        Assert.Equal((int)Math.Ceiling(841.89 * 2), bitmap.Height);
    }
}
