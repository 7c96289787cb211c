using SkiaSharp;
using UglyToad.PdfPig;

namespace Haan.Report.Charts.Tests;

public sealed class PdfOutputTests
{
    internal static byte[] RenderPdf(IFigure figure, SKRect bounds)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { RasterDpi = 300 }))
        {
            var canvas = document.BeginPage(595, 842);
            figure.Draw(canvas, bounds);
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    /// <summary>All letters of page 1, in drawing order.</summary>
    internal static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPage(1).Letters.Select(l => l.Value));
    }

    private static int Count(string text, string word)
    {
        var count = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>ScottPlot re-renders while axis limits settle; each label must still reach the PDF exactly once.</summary>
    [Theory]
    [InlineData("bar_sgb2", "Haan-Ost", 1)]
    [InlineData("bar_sgb2", "Stadt Haan", 1)]
    [InlineData("timeseries", "Unterhaan", 1)]
    [InlineData("timeseries", "2021", 1)]
    [InlineData("map_choropleth", "Haan-Ost", 1)]
    [InlineData("map_choropleth", "Grundschule", 1)]
    [InlineData("small_multiples", "2019", 7)]
    public void Each_text_is_drawn_once_into_the_pdf(string figureName, string word, int expected)
    {
        var figure = SampleFigures.Get(figureName).Figure;
        var pdf = RenderPdf(figure, new SKRect(57, 100, 57 + 453, 100 + 283));
        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPage(1).Letters.Select(l => l.Value));
        Assert.Equal(expected, Count(text, word));
    }

    [Fact]
    public void Pdf_uses_only_the_bundled_font_and_vector_text()
    {
        var pdf = RenderPdf(SampleFigures.Get("map_choropleth").Figure, new SKRect(57, 100, 510, 383));
        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters;
        Assert.NotEmpty(letters);
        Assert.All(letters, l => Assert.Contains("NotoSans", l.FontName, StringComparison.Ordinal));
        Assert.Empty(document.GetPage(1).GetImages());
    }

    /// <summary>All figures on A4 pages at 160 mm width, height from their preferred aspect ratio (max. 120 mm).</summary>
    [Fact]
    public void All_figures_render_into_one_pdf()
    {
        using var stream = new MemoryStream();
        var names = SampleFigures.Names;
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata()))
        {
            foreach (var name in names)
            {
                var figure = SampleFigures.Get(name).Figure;
                var canvas = document.BeginPage(595, 842);
                var width = name == "map_locator" ? 142f : 453f;
                var height = (float)Math.Min(width / figure.PreferredAspectRatio, 340);
                figure.Draw(canvas, new SKRect(71, 71, 71 + width, 71 + height));
                document.EndPage();
            }

            document.Close();
        }

        var bytes = stream.ToArray();
        var outDir = Environment.GetEnvironmentVariable("HAAN_CHARTS_OUT");
        if (!string.IsNullOrEmpty(outDir))
        {
            Directory.CreateDirectory(outDir);
            File.WriteAllBytes(Path.Combine(outDir, "gallery.pdf"), bytes);
        }

        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(names.Count, pdf.NumberOfPages);
        for (var i = 1; i <= pdf.NumberOfPages; i++)
        {
            Assert.NotEmpty(pdf.GetPage(i).Letters);
            Assert.Empty(pdf.GetPage(i).GetImages());
        }
    }

    /// <summary>Bold labels drawn by ScottPlot (the reference label) and by us (map names) use the bold face.</summary>
    [Fact]
    public void Bold_labels_use_the_bold_face()
    {
        foreach (var (name, word) in new[] { ("bar_sgb2", "Stadt"), ("map_choropleth", "Gruiten") })
        {
            var pdf = RenderPdf(SampleFigures.Get(name).Figure, new SKRect(57, 100, 510, 383));
            using var document = PdfDocument.Open(pdf);
            var letters = document.GetPage(1).Letters;
            var text = string.Concat(letters.Select(l => l.Value));
            var at = text.IndexOf(word, StringComparison.Ordinal);
            Assert.True(at >= 0, $"{word} not found in {name}");
            Assert.All(letters.Skip(at).Take(word.Length), l => Assert.Contains("Bold", l.FontName, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Output_is_deterministic()
    {
        var bar = SampleFigures.Get("bar_sgb2").Figure;
        Assert.Equal(bar.RenderPng(160, 90, 150), bar.RenderPng(160, 90, 150));
        var map = SampleFigures.Get("map_choropleth").Figure;
        var rect = new SKRect(57, 100, 510, 383);
        Assert.Equal(RenderPdf(map, rect), RenderPdf(map, rect));
    }

    /// <summary>Odd sizes (tiny, very flat, very tall) must not throw.</summary>
    [Theory]
    [MemberData(nameof(GalleryTests.FigureNames), MemberType = typeof(GalleryTests))]
    public void Draws_at_odd_sizes(string figureName)
    {
        var figure = SampleFigures.Get(figureName).Figure;
        using var surface = SKSurface.Create(new SKImageInfo(600, 600));
        foreach (var rect in new[] { new SKRect(0, 0, 40, 30), new SKRect(10, 10, 590, 60), new SKRect(10, 10, 90, 590), new SKRect(3.3f, 4.7f, 456.9f, 290.2f) })
        {
            figure.Draw(surface.Canvas, rect);
        }
    }

    /// <summary>The layout engine hands over a positioned box: nothing may be drawn outside it.</summary>
    [Theory]
    [MemberData(nameof(GalleryTests.FigureNames), MemberType = typeof(GalleryTests))]
    public void Draws_only_inside_bounds(string figureName)
    {
        var figure = SampleFigures.Get(figureName).Figure;
        var info = new SKImageInfo(700, 500);
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.Magenta);
        var bounds = new SKRect(100, 80, 600, 400);
        figure.Draw(surface.Canvas, bounds);
        using var image = surface.Snapshot();
        using var bitmap = SKBitmap.FromImage(image);
        var inside = 0;
        var outsideDrawn = 0;
        var pixels = bitmap.Pixels;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var outside = x < bounds.Left - 1 || x > bounds.Right || y < bounds.Top - 1 || y > bounds.Bottom;
                var drawn = pixels[(y * bitmap.Width) + x] != SKColors.Magenta;
                if (outside && drawn) outsideDrawn++;
                else if (!outside && drawn) inside++;
            }
        }

        Assert.Equal(0, outsideDrawn);

        Assert.True(inside > 1000, "The figure drew (almost) nothing.");
    }
}
