using SkiaSharp;

namespace Haan.Report.Charts.Tests;

/// <summary>
/// Scatter plots (issue 15, item 10): the town's values as dashed reference lines named in a key, axis titles with
/// their unit, and areas left out for secrecy named in the key (the scatter's counterpart of the hatch on maps).
/// </summary>
public sealed class ScatterKeyTests
{
    private static ScatterFigure Figure(bool withSecret, bool withReference)
    {
        var items = Fixtures.Areas.Select((a, i) => new ScatterItem(a.Label, Fixtures.SgbIiQuote2023[i], 10 + i, withSecret && Fixtures.Suppressed[i])).ToList();
        return new ScatterFigure(
            new ScatterSpec("SGB II-Quote", "Kinderarmut", items, ValueFormat.Percent1, ValueFormat.Percent1)
            {
                ReferenceX = withReference ? 7.9 : null,
                ReferenceY = withReference ? 13.8 : null,
                XAxisTitle = "SGB II-Quote 2023 in %",
                YAxisTitle = "Kinderarmut 2023 in %",
            },
            Fixtures.Style);
    }

    [Fact]
    public void The_key_names_the_reference_lines_and_the_secret_areas()
    {
        var figure = Figure(withSecret: true, withReference: true);
        Assert.Equal(
            ["gestrichelt: Gesamtstadt (7,9\u202F% waagerecht, 13,8\u202F% senkrecht)", $"nicht dargestellt, {GermanFormat.SuppressedLegend}: Park"],
            figure.KeyLines);
        var text = PdfOutputTests.PdfText(PdfOutputTests.RenderPdf(figure, new SKRect(40, 60, 40 + 453, 60 + 283)));
        Assert.Contains("gestrichelt: Gesamtstadt", text, StringComparison.Ordinal);
        Assert.Contains("Wert geheim (.): Park", text, StringComparison.Ordinal);
        Assert.Contains("SGB II-Quote 2023 in %", text, StringComparison.Ordinal);
        Assert.Contains("Kinderarmut 2023 in %", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_reference_or_secret_there_is_no_key()
    {
        Assert.Empty(Figure(withSecret: false, withReference: false).KeyLines);
    }
}
