using System.Globalization;
using System.Text.RegularExpressions;

namespace Haan.Report.Layout.Tests;

public sealed partial class PagingTests
{
    [Fact]
    public void Long_table_repeats_header_on_every_page_and_keeps_rows_whole()
    {
        var document = TestDocuments.Single(Showcase.PopulationTable(150));
        var dump = LayoutDump.Render(document);
        var pages = dump.Split('\n').Where(l => l.Length > 0).GroupBy(l => l.Split(' ')[0]).ToList();
        Assert.True(pages.Count >= 4, $"expected at least 4 pages, got {pages.Count}");
        foreach (var page in pages)
        {
            Assert.Single(page, l => l.EndsWith("\"Sozialraum\"", StringComparison.Ordinal));
        }

        // Every body row appears exactly once, in order, with both number cells on the same page as its name.
        var names = RowName().Matches(dump).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, 150), names);
        Assert.Contains("\"Summe\"", dump, StringComparison.Ordinal);
        Snapshot.Verify(dump);
    }

    [Fact]
    public void Table_of_contents_shows_the_pages_where_headings_landed()
    {
        var column = new Column { Spacing = 6 };
        column.Add(new TableOfContents());
        column.Add(new PageBreak());
        for (var chapter = 1; chapter <= 4; chapter++)
        {
            column.Add(new Heading(1, $"{chapter} Kapitel", $"k{chapter}"));
            for (var i = 0; i < chapter * 8; i++)
            {
                column.Add(new Paragraph(TestDocuments.Lorem));
            }
        }

        var dump = LayoutDump.Render(TestDocuments.Single(column));
        var lines = dump.Split('\n');
        for (var chapter = 1; chapter <= 4; chapter++)
        {
            var anchor = lines.Single(l => l.Contains($"anchor", StringComparison.Ordinal) && l.EndsWith($"\"k{chapter}\"", StringComparison.Ordinal));
            var actualPage = anchor.Split(' ')[0][1..];
            var entry = Array.IndexOf(lines, lines.First(l => l.StartsWith("p1 text", StringComparison.Ordinal) && l.EndsWith($"\"{chapter} Kapitel\"", StringComparison.Ordinal)));
            Assert.EndsWith($"\"{actualPage}\"", lines[entry + 1], StringComparison.Ordinal);
        }

        Assert.Contains("\"#k3\"", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void List_of_figures_shows_anchor_pages_and_links()
    {
        var column = new Column
        {
            TableOfContents.Of([new TocItem("Abbildung 1: Erste", "abb-1"), new TocItem("Abbildung 2: Zweite", "abb-2")]),
            new Figure(new CanvasElement(100, (_, _) => { }), new Paragraph("Abbildung 1: Erste"), "abb-1"),
            new PageBreak(),
            new Figure(new CanvasElement(100, (_, _) => { }), new Paragraph("Abbildung 2: Zweite"), "abb-2"),
        };
        var lines = LayoutDump.Render(TestDocuments.Single(column)).Split('\n');
        var first = Array.FindIndex(lines, l => l.StartsWith("p1 text", StringComparison.Ordinal) && l.EndsWith("\"Abbildung 1: Erste\"", StringComparison.Ordinal));
        var second = Array.FindIndex(lines, l => l.StartsWith("p1 text", StringComparison.Ordinal) && l.EndsWith("\"Abbildung 2: Zweite\"", StringComparison.Ordinal));
        Assert.EndsWith("\"1\"", lines[first + 1], StringComparison.Ordinal);
        Assert.EndsWith("\"2\"", lines[second + 1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("p1 link", StringComparison.Ordinal) && l.EndsWith("\"#abb-2\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Anchors_on_empty_content_are_still_registered()
    {
        var column = new Column
        {
            TableOfContents.Of([new TocItem("Leer", "leer")]),
            new PageBreak(),
            new Paragraph("Seite zwei"),
            new Anchor("leer", new Column()),
            new Heading(1, string.Empty, "ohne-text"),
            new Paragraph { Span.InternalLink("zur leeren Überschrift", "ohne-text") },
        };
        var dump = LayoutDump.Render(TestDocuments.Single(column));
        Assert.Contains("p2 anchor 70.87 70.31 0.00 0.00 \"leer\"", dump, StringComparison.Ordinal);
        Assert.Contains("\"ohne-text\"", dump, StringComparison.Ordinal);
        Assert.Contains("p1 text 532.86", dump, StringComparison.Ordinal); // page number of the directory entry
    }

    [Fact]
    public void Header_shows_current_chapter_and_footer_total_pages()
    {
        var template = PageTemplate.A4Portrait(
            header: page => new Paragraph(page.CurrentChapter ?? "-"),
            footer: PageTemplate.PageNumberFooter);
        var column = new Column();
        column.Add(new Heading(1, "Erstes Kapitel"));
        column.Add(new PageBreak());
        column.Add(new Paragraph("Noch im ersten Kapitel."));
        column.Add(new PageBreak());
        column.Add(new Heading(1, "Zweites Kapitel"));
        var dump = LayoutDump.Render(TestDocuments.Single(column, template));
        Assert.Matches("p1 text 70\\.87 56\\.69 [0-9.]+ [0-9.]+ \"Erstes Kapitel\"", dump);
        Assert.Contains("\"Seite 2 von 3\"", dump, StringComparison.Ordinal);
        Assert.Matches("p2 text 70\\.87 56\\.69 [0-9.]+ [0-9.]+ \"Erstes Kapitel\"", dump);
        Assert.Matches("p3 text 70\\.87 56\\.69 [0-9.]+ [0-9.]+ \"Zweites Kapitel\"", dump);
    }

    [Fact]
    public void Page_break_at_the_top_of_a_page_is_ignored()
    {
        var column = new Column { new PageBreak(), new Paragraph("eins"), new PageBreak(), new PageBreak(), new Paragraph("zwei") };
        var dump = LayoutDump.Render(TestDocuments.Single(column));
        Assert.Matches("^p1 page [0-9. ]+\\np1 body [0-9. ]+\\np1 text 70\\.87 56\\.69 [0-9.]+ 13\\.62 \"eins\"\\n", dump);
        Assert.Contains("\"zwei\"", dump.Split("p2 page")[1], StringComparison.Ordinal);
        Assert.DoesNotContain("p3 page", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void Space_before_a_forced_break_is_not_part_of_the_line()
    {
        static string FirstLine(Paragraph paragraph)
            => LayoutDump.Render(TestDocuments.Single(paragraph)).Split('\n')[2];

        var withSpace = FirstLine(new Paragraph("Ende ", new Span("\n"), "weiter") { Alignment = TextAlignment.Right });
        var without = FirstLine(new Paragraph("Ende\nweiter") { Alignment = TextAlignment.Right });
        Assert.Equal(without, withSpace);
        Assert.EndsWith("\"Ende\"", without, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_added_after_a_render_is_laid_out_in_the_next_render()
    {
        var paragraph = new Paragraph("erster Teil");
        var table = new Table("T", TableColumn.Relative()).AddRow("eins");
        var document = TestDocuments.Single(new Column { paragraph, table });
        _ = LayoutDump.Render(document);
        paragraph.Add(" und zweiter Teil");
        table.AddRow("zwei");
        var dump = LayoutDump.Render(document);
        Assert.Contains("\"erster Teil und zweiter Teil\"", dump, StringComparison.Ordinal);
        Assert.Contains("\"zwei\"", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_switch_page_templates()
    {
        var document = TestDocuments.Single(new Paragraph("Hochformat"));
        document.Add(PageTemplate.A4Landscape(), new Paragraph("Querformat"));
        var dump = LayoutDump.Render(document);
        Assert.Contains("p1 page 0.00 0.00 595.28 841.89", dump, StringComparison.Ordinal);
        Assert.Contains("p2 page 0.00 0.00 841.89 595.28", dump, StringComparison.Ordinal);
    }

    [GeneratedRegex("\"Sozialraum (\\d+)\"")]
    private static partial Regex RowName();
}
