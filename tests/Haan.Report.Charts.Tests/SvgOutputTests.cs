using System.Xml.Linq;

namespace Haan.Report.Charts.Tests;

public sealed class SvgOutputTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [InlineData("bar_sgb2", "Haan-Ost")]
    [InlineData("timeseries", "Unterhaan")]
    [InlineData("map_choropleth", "Geobasis")]
    public void The_figure_is_vector_svg_with_its_labels_as_text(string name, string label)
    {
        var (_, figure, widthMm, heightMm) = SampleFigures.Get(name);
        var svg = FigureSvg.Render(figure, Pt(widthMm), Pt(heightMm));

        var root = XDocument.Parse(svg).Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.DoesNotContain(root.Descendants(), e => e.Name.LocalName == "image");
        Assert.NotEmpty(root.Descendants(Svg + "path"));
        var texts = root.Descendants(Svg + "text").ToList();
        Assert.Contains(texts, t => t.Value.Contains(label, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.Contains("Noto Sans", (string?)t.Attribute("font-family") ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Two_renderings_are_identical()
    {
        var (_, figure, widthMm, heightMm) = SampleFigures.Get("map_reachability");
        Assert.Equal(FigureSvg.Render(figure, Pt(widthMm), Pt(heightMm)), FigureSvg.Render(figure, Pt(widthMm), Pt(heightMm)));
    }

    private static float Pt(double mm) => (float)(mm / 25.4 * 72);
}
