using ScottPlot;
using ScottPlot.Plottables;

namespace Haan.Report.Charts.Tests;

/// <summary>Line charts (issue 15, item 7): never one colour for two series; the legend shows what the lines rely on.</summary>
public sealed class LineChartColourTests
{
    private static List<Series> Areas(int count)
    {
        int[] years = [2019, 2020, 2021, 2022, 2023];
        var list = new List<Series> { new("Stadt Haan", years.Select(y => new SeriesPoint(y, 8.0)).ToList(), IsReference: true) };
        for (var a = 0; a < count; a++)
        {
            list.Add(new Series($"Gebiet {a + 1}", years.Select((y, i) => new SeriesPoint(y, 5.0 + a + (i * 0.1))).ToList()));
        }

        return list;
    }

    private static Plot Build(IReadOnlyList<Series> series, string? highlight = null)
        => TimeSeriesFigure.Build(Fixtures.Style, series, ValueFormat.Percent1, startAtZero: true, showLegend: true, compact: false, yLimits: null, highlight);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Up_to_five_areas_every_series_has_its_own_colour_and_the_legend_matches_the_lines(int count)
    {
        using var plot = Build(Areas(count));
        var legend = plot.Legend.ManualItems.ToList();
        Assert.Equal(count + 1, legend.Count);
        Assert.Equal(count + 1, legend.Select(l => l.LineColor).Distinct().Count());
        var lines = plot.GetPlottables().OfType<Scatter>().ToList();
        foreach (var item in legend)
        {
            // Each legend entry shows the colour, width and dash pattern of real lines in the plot.
            Assert.Contains(lines, l => l.Color == item.LineColor && l.LinePattern.Equals(item.LinePattern) && Math.Abs(l.LineWidth - item.LineWidth) < 0.01);
        }

        Assert.All(lines, l => Assert.Contains(legend, item => item.LineColor == l.Color && item.LinePattern.Equals(l.LinePattern)));
    }

    [Fact]
    public void More_than_five_areas_are_grey_with_one_highlighted_series_and_one_legend_entry_for_the_rest()
    {
        var series = Areas(7);
        using var plot = Build(series, highlight: "Gebiet 3");
        var legend = plot.Legend.ManualItems.Select(l => (l.LabelText, l.LineColor)).ToList();
        Assert.Equal(["Stadt Haan", "übrige Sozialräume", "Gebiet 3"], legend.Select(l => l.LabelText).ToList());
        Assert.Equal(3, legend.Select(l => l.LineColor).Distinct().Count());
        var lines = plot.GetPlottables().OfType<Scatter>().ToList();
        Assert.Equal(6, lines.Count(l => l.Color == TimeSeriesFigure.ContextLine.ToScottPlot())); // six grey area lines
        Assert.Single(lines, l => l.Color == Palettes.Highlight.ToScottPlot());
    }

    [Fact]
    public void The_sample_with_seven_areas_has_no_two_series_in_one_colour()
    {
        using var plot = Build(SampleFigures.SeriesSet());
        var coloured = plot.Legend.ManualItems.Where(l => l.LabelText != "übrige Sozialräume").Select(l => l.LineColor).ToList();
        Assert.Equal(coloured.Count, coloured.Distinct().Count());
    }
}
