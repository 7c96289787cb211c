using SkiaSharp;

namespace Haan.Report.Layout.Tests;

/// <summary>Layout-dump snapshots, one small document per element kind (small pages keep the dumps short).</summary>
public sealed class ElementSnapshotTests
{
    private static readonly PageTemplate Small = new()
    {
        Size = new SKSize(280, 360),
        Margins = Margins.All(20),
        Footer = page => new Paragraph($"Seite {page.PageNumber} von {page.TotalPages}") { FontSize = 7, Alignment = TextAlignment.Center },
        DecorationSpacing = 6,
    };

    private static string Dump(Element content) => LayoutDump.Render(TestDocuments.Single(content, Small));

    [Fact]
    public void Paragraph_with_spans_and_link() => Snapshot.Verify(Dump(new Paragraph
    {
        "Normal, ",
        Span.Strong("fett"),
        ", ",
        Span.Emphasis("kursiv"),
        ", ",
        new Span("groß") { Size = 14 },
        ", ",
        new Span("rot") { Color = SKColors.Red },
        " und ",
        Span.Link("ein Link", "https://example.org"),
        ". Danach folgt noch ein langer Satz, damit der Absatz umbricht.",
    }));

    [Fact]
    public void Paragraph_alignments() => Snapshot.Verify(Dump(new Column
    {
        new Paragraph(TestDocuments.Lorem) { Alignment = TextAlignment.Justify },
        new Paragraph("Zentriert") { Alignment = TextAlignment.Center },
        new Paragraph("Rechtsbündig") { Alignment = TextAlignment.Right },
        new Paragraph("Erste Zeile\nzweite Zeile nach Zeilenumbruch"),
    }));

    [Fact]
    public void Soft_hyphens_break_with_visible_hyphen_only_when_broken() => Snapshot.Verify(Dump(new Column
    {
        new Paragraph("Kurz: Sozial\u00ADraum."),
        new Paragraph("Sehr lange Wörter: Sozial\u00ADraum\u00ADbe\u00ADob\u00ADach\u00ADtungs\u00ADbe\u00ADricht\u00ADerstattung und Jugend-Hilfe-Planungs-Ausschuss."),
        new Paragraph("Ohnetrennstellenunddeshalbnotfallsmittenimwortumgebrochenerbandwurm."),
    }));

    [Fact]
    public void Headings_and_lists() => Snapshot.Verify(Dump(new Column
    {
        new Heading(1, "1 Kapitel", "k1"),
        new Paragraph("Einleitender Text."),
        new Heading(2, "1.1 Abschnitt", "k1-1"),
        new ListBlock().Add("Punkt A").Add("Punkt B mit einem längeren Text, der umbricht."),
        new ListBlock(numbered: true, start: 3).Add("drei").Add("vier"),
    }));

    [Fact]
    public void Row_and_box() => Snapshot.Verify(Dump(new Column
    {
        new Row { Spacing = 8 }.Fixed(60, new Paragraph("Fest 60")).Relative(1, new Paragraph("Relativ 1")).Relative(2, new Paragraph("Relativ 2, breiter")),
        new Box(new Paragraph("Im Kasten")) { Background = SKColors.LightYellow, BorderColor = SKColors.Orange, Padding = 5 },
        new Padding(new Paragraph("Eingerückt"), 20, 4),
        new HorizontalRule(),
    }));

    [Fact]
    public void Table_with_total_and_footnote() => Snapshot.Verify(Dump(new Table("Kleine Tabelle", TableColumn.Relative(), TableColumn.Fixed(50, TextAlignment.Right))
        .AddHeader("Name", "Wert")
        .AddRow("A", "1,5")
        .AddRow("B", "12,0")
        .AddRow(TableRowKind.Highlight, "Summe", "13,5")
        .AddFootnote("Quelle: Test")));

    [Fact]
    public void Canvas_image_spacer_and_page_break() => Snapshot.Verify(Dump(new Column
    {
        new CanvasElement(80, (canvas, size) => canvas.DrawRect(0, 0, size.Width, size.Height, new SKPaint { Color = SKColors.Blue })) { Name = "Abb. 1" },
        new Spacer(10),
        new ImageElement(TinyPng(), "Logo") { Width = 40 },
        new PageBreak(),
        new Paragraph("Nach dem Seitenumbruch."),
    }));

    [Fact]
    public void Keep_together_and_ensure_space_move_content_to_next_page() => Snapshot.Verify(Dump(new Column
    {
        new Spacer(200),
        new KeepTogether(new Paragraph(TestDocuments.Lorem + " " + TestDocuments.Lorem)),
        new Spacer(60),
        new EnsureSpace(new Paragraph(TestDocuments.Lorem + " " + TestDocuments.Lorem), 100),
    }));

    [Fact]
    public void Heading_is_kept_with_following_text()
    {
        var dump = Dump(new Column
        {
            new Spacer(245),
            new Heading(2, "Überschrift unten"),
            new Table("T", TableColumn.Relative()).AddHeader("Kopf").AddRow("Zeile mit Inhalt").AddRow("Zweite Zeile"),
        });
        Assert.Contains("p2 text 20.00 20.00", dump, StringComparison.Ordinal);
        Assert.Contains("\"Überschrift unten\"", dump.Split("p2 page")[1], StringComparison.Ordinal);
        Snapshot.Verify(dump);
    }

    // Body height of the small page: 360 - 2 * 20 margin - 9.53 footer - 6 spacing = 304.47 pt; a 10 pt line is 13.62 pt.
    private const float Body = 304.47f;
    private const float Line = 13.62f;

    [Fact]
    public void Orphan_first_line_moves_whole_paragraph_to_next_page()
    {
        var dump = Dump(new Column { new Spacer(Body - Line - 1), new Paragraph(TestDocuments.Lorem) });
        Assert.Contains("p2 text 20.00 20.00 204.15 13.62 \"Die Stadt Haan legt mit diesem Bericht eine\"", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void Widow_last_line_takes_a_second_line_along()
    {
        var dump = Dump(new Column { new Spacer(Body - (5 * Line) - 1), new Paragraph(TestDocuments.Lorem) });
        var lines = dump.Split('\n');
        Assert.Equal(4, lines.Count(l => l.StartsWith("p1 text 20.00", StringComparison.Ordinal)));
        Assert.Equal(2, lines.Count(l => l.StartsWith("p2 text 20.00", StringComparison.Ordinal)));
    }

    [Fact]
    public void Keep_together_taller_than_a_page_starts_right_away_with_its_heading()
    {
        var table = new Table("Lang", TableColumn.Relative()).AddHeader("Kopf");
        for (var i = 1; i <= 40; i++)
        {
            table.AddRow($"Zeile {i}");
        }

        var dump = Dump(new Column { new Paragraph(TestDocuments.Lorem), new Heading(2, "Lange Tabelle"), new KeepTogether(table) });
        var page1 = dump.Split("p2 page")[0];
        Assert.Contains("\"Lange Tabelle\"", page1, StringComparison.Ordinal);
        Assert.Contains("\"Zeile 1\"", page1, StringComparison.Ordinal);
    }

    [Fact]
    public void Soft_rules_apply_again_after_an_oversized_keep_together_was_split()
    {
        var content = new Column();
        for (var i = 1; i <= 41; i++)
        {
            content.Add(new Paragraph($"Zeile {i}"));
        }

        content.Add(new Heading(2, "Zwischenüberschrift"));
        for (var i = 42; i <= 50; i++)
        {
            content.Add(new Paragraph($"Zeile {i}"));
        }

        // Page 1 takes 22 lines, page 2 lines 23–41; the heading would fit below them, but not with a line after it.
        var dump = Dump(new KeepTogether(content));
        Assert.Contains("p2 text 20.00 20.00 36.20 13.62 \"Zeile 23\"", dump, StringComparison.Ordinal);
        Assert.Contains("\"Zwischenüberschrift\"", dump.Split("p3 page")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Table_does_not_start_with_header_and_single_row_at_page_bottom()
    {
        var table = new Table("T", TableColumn.Relative()).AddHeader("Kopf").AddRow("eins").AddRow("zwei").AddRow("drei");
        var dump = Dump(new Column { new Spacer(Body - 40), table });
        Assert.DoesNotContain("p1 text 24.00", dump, StringComparison.Ordinal);
        Assert.Contains("p2 text 24.00 22.50 23.03 13.62 \"Kopf\"", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void Keep_with_next_moves_a_caption_with_its_table()
    {
        var table = new Table("T", TableColumn.Relative()).AddHeader("Kopf").AddRow("eins").AddRow("zwei");
        var dump = Dump(new Column { new Spacer(Body - 30), new KeepWithNext(new Paragraph("Tabelle 1: Beschriftung")), table });
        Assert.Contains("p2 text 20.00 20.00", dump, StringComparison.Ordinal);
        Assert.Contains("\"Tabelle 1: Beschriftung\"", dump.Split("p2 page")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Figure_keeps_content_and_caption_together_with_anchor() => Snapshot.Verify(Dump(new Column
    {
        new Paragraph { "Verweis: ", Span.InternalLink("Abbildung 7", "abb-7") },
        new Spacer(230),
        new Figure(new CanvasElement(60, (_, _) => { }) { Name = "Abbildung 7" }, new Paragraph("Abbildung 7: Beispiel"), "abb-7"),
    }));

    internal static byte[] TinyPng()
    {
        using var bitmap = new SKBitmap(4, 2);
        bitmap.Erase(SKColors.Green);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
