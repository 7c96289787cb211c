using SkiaSharp;

namespace Haan.Report.Charts.Tests;

public sealed class SuppressionTests
{
    // A distinctive value given to the suppressed area: its digits must never appear.
    private const double Secret = 12.3;
    private const string SecretText = "12,3";

    [Fact]
    public void Choropleth_never_shows_a_suppressed_value()
    {
        double?[] values = [5.1, 6.8, 9.6, 8.0, 14.2, 7.4, Secret];
        var areas = Fixtures.AreasWithValues(values, Fixtures.Suppressed);
        var figure = new ChoroplethFigure(new ChoroplethSpec("SGB II-Quote 2023", areas, ValueFormat.Percent1) { ReferenceLabel = "Stadt Haan", ReferenceValue = 7.9 }, Fixtures.Style);

        Assert.DoesNotContain(figure.LabelTexts, t => t.Contains(SecretText, StringComparison.Ordinal));
        Assert.Contains(".", figure.LabelTexts);
        Assert.DoesNotContain(SecretText, figure.AltText, StringComparison.Ordinal);
        Assert.Contains("Wert geheim für Park", figure.AltText, StringComparison.Ordinal);
        Assert.Contains(GermanFormat.SuppressedLegend, figure.LegendTexts);

        var pdfText = PdfOutputTests.PdfText(PdfOutputTests.RenderPdf(figure, new SKRect(50, 50, 500, 330)));
        Assert.Contains("Park", pdfText, StringComparison.Ordinal);
        Assert.Contains("14,2", pdfText, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretText, pdfText, StringComparison.Ordinal);
    }

    [Fact]
    public void Grid_cells_below_the_minimum_count_are_drawn_like_empty_cells()
    {
        var sample = SampleFigures.Reachability();
        var cells = new List<GridCell> { new(350000, 5670000, 100, 1), new(350100, 5670000, 100, 2), new(350200, 5670000, 100, 3), new(350300, 5670000, 100, 41) };
        var spec = new ReachabilitySpec("Spielflächen: 400-m-Einzugsbereiche", cells, [new MapPoint("A", "Spielfläche", 350150, 5670050)],
            "Kinder unter 18 Jahren je 100-m-Zelle", "Spielfläche") { MinimumCount = 3 };
        var figure = new ReachabilityFigure(spec, Fixtures.Style);

        Assert.Equal([3d, 41d], figure.DrawnCells.Select(c => c.Value).ToArray());
        Assert.Contains("unter 3: nicht eingefärbt (wie 0)", figure.LegendTexts);
        Assert.Contains(figure.LegendTexts, t => t.StartsWith("3 bis unter ", StringComparison.Ordinal));
        Assert.Contains("der 47 Kinder", figure.AltText, StringComparison.Ordinal); // totals still count every cell

        // Without a minimum every non-empty cell is drawn (the sample grid has cells with 1 and 2 children).
        Assert.Contains(sample.DrawnCells, c => c.Value < 3);
    }

    [Fact]
    public void Bar_chart_never_shows_a_suppressed_value()
    {
        var items = Fixtures.AreaNames.Select((n, i) => new BarItem(n, i == 6 ? Secret : Fixtures.SgbIiQuote2023[i], i == 6)).ToList();
        var figure = new BarChartFigure(new BarChartSpec("SGB II-Quote 2023", items, ValueFormat.Percent1) { ReferenceLabel = "Stadt Haan", ReferenceValue = 7.9 }, Fixtures.Style);

        Assert.DoesNotContain(figure.ValueLabels, t => t.Contains(SecretText, StringComparison.Ordinal));
        Assert.Contains(GermanFormat.SuppressedLegend, figure.ValueLabels);
        var pdfText = PdfOutputTests.PdfText(PdfOutputTests.RenderPdf(figure, new SKRect(50, 50, 500, 300)));
        Assert.Contains("14,2", pdfText, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretText, pdfText, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretText, figure.AltText, StringComparison.Ordinal);
        Assert.Equal(
            "Balkendiagramm: SGB II-Quote 2023 nach Sozialraum; höchster Wert Haan-Ost mit 14,2\u202F%, niedrigster Wert Gruiten mit 5,1\u202F%, Stadt Haan 7,9\u202F%; für 1 Sozialraum ist der Wert geheim.",
            figure.AltText);
    }

    [Fact]
    public void Scatter_leaves_out_suppressed_points()
    {
        var items = new[] { new ScatterItem("A", 1, 2), new ScatterItem("B", 3, 5), new ScatterItem("C", 4, 4), new ScatterItem("Geheim", Secret, Secret, Suppressed: true) };
        var figure = new ScatterFigure(new ScatterSpec("X", "Y", items, ValueFormat.Percent1, ValueFormat.Percent1), Fixtures.Style);
        Assert.DoesNotContain(SecretText, figure.AltText, StringComparison.Ordinal);
        Assert.Contains("nicht dargestellt (Wert geheim): Geheim", figure.AltText, StringComparison.Ordinal);
    }
}
