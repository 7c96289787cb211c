namespace Haan.Report.Layout.Tests;

public sealed class ErrorTests
{
    [Fact]
    public void Table_row_taller_than_a_page_names_table_row_and_path()
    {
        var tall = string.Join("\n", Enumerable.Range(1, 80).Select(i => $"Zeile {i}"));
        var table = new Table("Große Tabelle", TableColumn.Relative())
            .AddHeader("Kopf")
            .AddRow("erste")
            .AddRow(tall);
        var column = new Column { new Heading(1, "3 Wohnen"), table };
        var document = new Document { Fonts = TestDocuments.Fonts };
        document.Add(TestDocuments.Portrait, column, "Kapitel 3");

        var error = Assert.Throws<LayoutException>(() => LayoutDump.Render(document));
        Assert.Matches(
            "^Inhalt passt auf keine Seite: Tabelle 'Große Tabelle', Zeile 2 ist \\d+ mm hoch, verfügbar sind \\d+ mm " +
            "\\(Pfad: Dokument › Kapitel 3 › Kapitel „3 Wohnen“ › Tabelle 'Große Tabelle'\\)\\.$",
            error.Message);
    }

    [Fact]
    public void Canvas_taller_than_a_page_fails_with_its_name()
    {
        var document = TestDocuments.Single(new Column { new CanvasElement(Units.Mm(300), (_, _) => { }) { Name = "Karte 1" } });
        var error = Assert.Throws<LayoutException>(() => PdfRenderer.Render(document));
        Assert.Contains("Abbildung 'Karte 1' ist 300 mm hoch, verfügbar sind", error.Message, StringComparison.Ordinal);
        Assert.Contains("(Pfad: Dokument › Abschnitt 1 › Abbildung 'Karte 1')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_font_file_names_the_path()
    {
        var missing = Path.Combine(Path.GetTempPath(), "gibt-es-nicht", "Fehlt-Bold.ttf");
        var regular = TestDocuments.FontPath("Regular");
        var error = Assert.Throws<LayoutException>(() => FontFamily.FromFiles(regular, missing, regular, regular));
        Assert.Equal($"Schriftdatei nicht gefunden: '{missing}'.", error.Message);
    }

    [Fact]
    public void Runaway_document_stops_at_the_page_cap()
    {
        var column = new Column();
        for (var i = 0; i < 30; i++)
        {
            column.Add(new Paragraph(TestDocuments.Lorem));
            column.Add(new PageBreak());
        }

        var document = new Document { Fonts = TestDocuments.Fonts, MaxPages = 10 };
        document.Add(TestDocuments.Portrait, column);
        var error = Assert.Throws<LayoutException>(() => LayoutDump.Render(document));
        Assert.StartsWith("Das Dokument überschreitet die Höchstzahl von 10 Seiten", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_without_progress_fail()
    {
        // Each spacer is taller than a page, so every page stays empty.
        var column = new Column();
        for (var i = 0; i < 10; i++)
        {
            column.Add(new Spacer(2000));
        }

        var error = Assert.Throws<LayoutException>(() => LayoutDump.Render(TestDocuments.Single(column)));
        Assert.StartsWith("Das Layout kommt nicht voran: 3 Seiten in Folge blieben leer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_to_unknown_anchor_fails()
    {
        var document = TestDocuments.Single(new Paragraph { "siehe ", Span.InternalLink("Abbildung 99", "abb-99") });
        var error = Assert.Throws<LayoutException>(() => LayoutDump.Render(document));
        Assert.StartsWith("Verweis auf einen unbekannten Anker 'abb-99'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keep_together_larger_than_a_page_falls_back_to_splitting()
    {
        var big = new Column();
        for (var i = 0; i < 80; i++)
        {
            big.Add(new Paragraph(TestDocuments.Lorem));
        }

        var dump = LayoutDump.Render(TestDocuments.Single(new KeepTogether(big)));
        Assert.Contains("p2 text", dump, StringComparison.Ordinal);
        Assert.Equal(80, dump.Split('\n').Count(l => l.EndsWith("eingeordnet.\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Element_used_twice_fails()
    {
        var paragraph = new Paragraph("zweimal");
        var document = TestDocuments.Single(new Column { paragraph, paragraph });
        var error = Assert.Throws<LayoutException>(() => LayoutDump.Render(document));
        Assert.StartsWith("Ein Element ist mehrfach im Dokument eingefügt (Absatz „zweimal“)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Character_missing_in_the_font_is_named()
    {
        var document = TestDocuments.Single(new Paragraph("Wetter: \u2603 heute"));
        var error = Assert.Throws<LayoutException>(() => LayoutDump.Render(document));
        Assert.Equal("Das Zeichen '\u2603' (U+2603) ist in der Schrift 'NotoSans-Regular.ttf' nicht enthalten (im Text „Wetter: \u2603 heute“).", error.Message);
    }

    [Fact]
    public void Tabs_and_no_break_spaces_render_as_spaces()
    {
        var dump = LayoutDump.Render(TestDocuments.Single(new Paragraph("a\tb 5\u00A0%")));
        Assert.Contains("\"a b 5\u00A0%\"", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void Anchor_id_used_twice_fails()
    {
        var document = TestDocuments.Single(new Column { new Heading(1, "Kapitel", "x"), new Anchor("x", new Paragraph("Abbildung")) });
        var error = Assert.Throws<LayoutException>(() => LayoutDump.Render(document));
        Assert.Equal("Der Anker 'x' ist im Dokument mehrfach vergeben (zuletzt: Anker „x“).", error.Message);
    }

    [Fact]
    public void Image_with_invalid_bytes_fails()
    {
        var error = Assert.Throws<LayoutException>(() => new ImageElement([1, 2, 3], "Logo"));
        Assert.Contains("'Logo'", error.Message, StringComparison.Ordinal);
    }
}
