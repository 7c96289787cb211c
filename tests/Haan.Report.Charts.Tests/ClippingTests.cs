using SkiaSharp;
using UglyToad.PdfPig;

namespace Haan.Report.Charts.Tests;

/// <summary>
/// Nothing clipped or shortened (issue 15, item 4): every sample figure, also at the small sizes of the area
/// profiles, is drawn into a PDF; every letter must lie inside the figure's box and no text may end in „…“.
/// </summary>
public sealed class ClippingTests
{
    private const string LongAttribution =
        "Geobasis: Land NRW (2023), Datenlizenz Deutschland – Zero – Version 2.0 (www.govdata.de/dl-de/zero-2-0); Sozialraumgrenzen: Demonstrationsdaten";

    public static TheoryData<string, double, double> Figures()
    {
        var data = new TheoryData<string, double, double>();
        foreach (var name in SampleFigures.Names)
        {
            var (_, _, width, height) = SampleFigures.Get(name);
            data.Add(name, width, height);
        }

        // The sizes of the area profiles (two figures side by side, 50 mm high) and a narrow map.
        data.Add("pyramid", 77, 50);
        data.Add("map_locator", 77, 50);
        data.Add("map_choropleth", 80, 70);
        data.Add("timeseries", 80, 60);
        return data;
    }

    private static IFigure Create(string name) => name switch
    {
        "map_choropleth" => new ChoroplethFigure(
            new ChoroplethSpec("SGB II-Quote 2023", Fixtures.AreasWithValues(Fixtures.SgbIiQuote2023, Fixtures.Suppressed), ValueFormat.Percent1)
            {
                ReferenceLabel = "Stadt Haan",
                ReferenceValue = 7.9,
                Attribution = LongAttribution,
                Outline = Fixtures.Haan,
                Facilities = SampleFigures.Facilities(),
            },
            Fixtures.Style),
        _ => SampleFigures.Get(name).Figure,
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Every_text_lies_inside_the_figure_box_and_is_not_shortened(string name, double widthMm, double heightMm)
    {
        const float left = 40, top = 60;
        var width = (float)(widthMm / 25.4 * 72);
        var height = (float)(heightMm / 25.4 * 72);
        var pdf = PdfOutputTests.RenderPdf(Create(name), new SKRect(left, top, left + width, top + height));
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        Assert.NotEmpty(letters);

        // PDF coordinates: origin bottom left; the figure box spans top … top + height from the page's top edge.
        var boxBottom = page.Height - (top + height);
        var boxTop = page.Height - top;
        var outside = letters.Where(l => l.BoundingBox.Left < left - 0.5 || l.BoundingBox.Right > left + width + 0.5
                                         || l.BoundingBox.Bottom < boxBottom - 0.5 || l.BoundingBox.Top > boxTop + 0.5).ToList();
        var text = string.Concat(letters.Select(l => l.Value));
        Assert.True(outside.Count == 0,
            $"{name} ({widthMm} × {heightMm} mm): {outside.Count} Zeichen außerhalb der Abbildung, z. B. „{string.Concat(outside.Take(20).Select(l => l.Value))}“");
        Assert.DoesNotContain("…", text, StringComparison.Ordinal);
        if (name == "map_choropleth")
        {
            Assert.Contains("Demonstrationsdaten", text, StringComparison.Ordinal);
        }
    }
}
