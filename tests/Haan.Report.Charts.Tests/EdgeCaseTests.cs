using SkiaSharp;

namespace Haan.Report.Charts.Tests;

public sealed class EdgeCaseTests
{
    [Fact]
    public void Bar_chart_with_negative_values_and_difference_classes()
    {
        var items = new[] { new BarItem("A", -1.4), new BarItem("B", 0.3), new BarItem("C", 2.1), new BarItem("D", null) };
        var figure = new BarChartFigure(new BarChartSpec("Wanderungssaldo 2023", items, new ValueFormat(1, "%")) { ReferenceLabel = "Stadt Haan", ReferenceValue = 0.4 }, Fixtures.Style);
        Assert.Equal(["2,1\u202F%", "0,3\u202F%", "-1,4\u202F%", "–"], figure.ValueLabels);
        Assert.Contains("niedrigster Wert A mit -1,4", figure.AltText, StringComparison.Ordinal);
        Assert.NotEmpty(figure.RenderPng(120, 60, 72));

        var classes = ClassBreaks.AroundReference(0.4, 0.5, 1.5, new ValueFormat(1, "%"));
        Assert.Equal(0, classes.ClassOf(-1.2));
        Assert.Equal(2, classes.ClassOf(0.9));
        Assert.Equal(4, classes.ClassOf(2.1));
    }

    [Fact]
    public void Nice_intervals_and_sequential_classes()
    {
        var classes = ClassBreaks.NiceEqualInterval(73, 5, ValueFormat.Integer, "Kinder");
        Assert.Equal([20.0, 40.0, 60.0, 80.0], classes.Breaks);
        Assert.Equal("80 und mehr", classes.Classes[4].Label);
        Assert.Equal(1, classes.ClassOf(20));
        Assert.Throws<ArgumentException>(() => ClassBreaks.Sequential([3, 2], ValueFormat.Integer, "x"));
    }

    [Fact]
    public void Reachability_share_counts_people_in_buffers()
    {
        var cells = new[] { new GridCell(0, 0, 100, 10), new GridCell(1000, 0, 100, 30) };
        var points = new[] { new MapPoint("S", "Spielplatz", 50, 50) };
        var figure = new ReachabilityFigure(new ReachabilitySpec("Test", cells, points, "Kinder je Zelle", "Spielplatz"), Fixtures.Style);
        Assert.Equal(0.25, figure.CoveredShare, 6);
        Assert.Contains("25\u202F% der 40 Kinder", figure.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_highlight_or_empty_input_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new LocatorMapFigure(new LocatorMapSpec(Fixtures.Areas, "nope"), Fixtures.Style));
        Assert.Throws<ArgumentException>(() => new BarChartFigure(new BarChartSpec("x", [], ValueFormat.Integer), Fixtures.Style));
        Assert.Throws<ArgumentException>(() => new ChoroplethFigure(new ChoroplethSpec("x", Fixtures.Areas, ValueFormat.Integer), Fixtures.Style));
        using var surface = SKSurface.Create(new SKImageInfo(10, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleFigures.Bar().Draw(surface.Canvas, SKRect.Empty));
    }
}
