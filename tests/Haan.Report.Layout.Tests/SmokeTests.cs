namespace Haan.Report.Layout.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Renders_headings_and_paragraphs_to_pdf()
    {
        var column = new Column { Spacing = 6 };
        column.Add(new Heading(1, "1 Einleitung", "kap-1"));
        for (var i = 0; i < 30; i++)
        {
            column.Add(new Paragraph { TestDocuments.Lorem + " ", Span.Strong("Fettdruck"), " und ", Span.Emphasis("Kursivdruck"), " – Straßen­bau­maß­nahmen, Öffnungszeiten, Effizienz." });
            if (i % 10 == 9)
            {
                column.Add(new Heading(2, $"1.{i / 10 + 1} Abschnitt"));
            }
        }

        var bytes = PdfRenderer.Render(TestDocuments.Single(column));
        File.WriteAllBytes("/tmp/layout/smoke.pdf", bytes);
        Assert.True(bytes.Length > 1000);
    }
}
