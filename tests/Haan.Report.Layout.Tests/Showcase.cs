using SkiaSharp;

namespace Haan.Report.Layout.Tests;

/// <summary>A document using every element; shared by several tests.</summary>
internal static class Showcase
{
    public static Document Build()
    {
        var portrait = PageTemplate.A4Portrait(
            header: page => new Paragraph(page.CurrentChapter ?? "Sozialbericht") { FontSize = 8, Alignment = TextAlignment.Right, Color = SKColors.Gray },
            footer: PageTemplate.PageNumberFooter);
        var landscape = PageTemplate.A4Landscape(
            header: page => new Paragraph(page.CurrentChapter ?? "Sozialbericht") { FontSize = 8, Alignment = TextAlignment.Right, Color = SKColors.Gray },
            footer: PageTemplate.PageNumberFooter);

        var document = new Document
        {
            Fonts = TestDocuments.Fonts,
            Metadata = new DocumentMetadata
            {
                Title = "Sozialbericht Beispiel",
                Author = "Sozialplanung",
                Subject = "Layout-Test",
                Keywords = "Bericht, Test",
                Creator = "Haan.Report.Layout.Tests",
                Date = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(1)),
                Language = "de-DE",
            },
        };

        var front = new Column { Spacing = 8 };
        front.Add(new Paragraph("Inhalt") { FontSize = 18, Bold = true });
        front.Add(new TableOfContents { MaxLevel = 2 });
        document.Add(portrait, front, "Inhaltsverzeichnis");

        var body = new Column { Spacing = 6 };
        body.Add(new Heading(1, "1 Bevölkerung", "kap-1"));
        body.Add(new Paragraph
        {
            "Die Bevölkerung wächst leicht. ",
            Span.Strong("Wichtig:"),
            " Die Zahl der Hochbetagten steigt (",
            Span.InternalLink("siehe Abbildung 1", "abb-1"),
            "). Offizielle Quelle: ",
            Span.Link("IT.NRW", "https://www.it.nrw"),
            ". Ligaturen wie in Effizienz, offiziell, Auffahrt und Schifffahrt bleiben getrennt; Umlaute äöü ÄÖÜ und ß bleiben erhalten.",
        });
        body.Add(new Paragraph("Im Blocksatz: " + TestDocuments.Lorem + " " + TestDocuments.Lorem) { Alignment = TextAlignment.Justify });
        body.Add(new Paragraph("Silbentrennung: Sozial\u00ADraum\u00ADbe\u00ADob\u00ADach\u00ADtungs\u00ADbe\u00ADricht\u00ADerstattung und Kinder-und-Jugend-Förderung in Haan-Gruiten."));
        body.Add(new ListBlock().Add("Erster Punkt").Add("Zweiter Punkt mit längerem Text, der umbrechen muss, damit die Einrückung sichtbar wird und die Liste ordentlich aussieht.").Add(Italic("Dritter Punkt")));
        body.Add(new ListBlock(numbered: true).Add("Schritt eins").Add("Schritt zwei").Add("Schritt drei"));
        body.Add(new Heading(2, "1.1 Altersstruktur", "kap-1-1"));
        body.Add(new Figure(
            new CanvasElement(140, DrawBars) { Name = "Abbildung 1", AltText = "Balkendiagramm: SGB II-Quote je Sozialraum, höchster Wert in Haan-Ost." },
            new Paragraph(Span.Strong("Abbildung 1: "), "Einwohner nach Altersgruppe"),
            "abb-1"));
        body.Add(new Box(new Paragraph("Hinweis: Die Zahlen sind vorläufig.")) { Background = new SKColor(0xFF, 0xF4, 0xD6), BorderColor = new SKColor(0xE0, 0xB0, 0x40), Padding = 6 });
        body.Add(new Row { Spacing = 10 }
            .Relative(1, new Paragraph("Linke Spalte: " + TestDocuments.Lorem))
            .Fixed(150, new Paragraph("Rechte Spalte mit fester Breite.") { Alignment = TextAlignment.Right }));
        body.Add(PopulationTable(60));
        body.Add(new Heading(1, "2 Einkommen", "kap-2"));
        for (var i = 0; i < 6; i++)
        {
            body.Add(new Paragraph(TestDocuments.Lorem));
        }

        document.Add(portrait, body, "Kapitel 1–2");

        var wide = new Column { Spacing = 6 };
        wide.Add(new Heading(2, "2.1 Breite Tabelle", "kap-2-1"));
        var table = new Table("Transferleistungen", TableColumn.Relative(2), TableColumn.Relative(1, TextAlignment.Right), TableColumn.Relative(1, TextAlignment.Right), TableColumn.Relative(1, TextAlignment.Right), TableColumn.Relative(1, TextAlignment.Right));
        table.AddHeader("Sozialraum", "2021", "2022", "2023", "2024");
        table.AddRow("Haan-Mitte", "1.234", "1.250", "1.301", "1.322");
        table.AddRow("Gruiten", "412", "409", "420", "431");
        table.AddRow(TableRowKind.Highlight, "Summe", "1.646", "1.659", "1.721", "1.753");
        wide.Add(table);
        document.Add(landscape, wide, "Anhang");
        return document;
    }

    private static Paragraph Italic(string text) => new(text) { Italic = true };

    public static Table PopulationTable(int rows)
    {
        var table = new Table("Einwohner nach Sozialraum", TableColumn.Relative(3), TableColumn.Fixed(70, TextAlignment.Right), TableColumn.Fixed(70, TextAlignment.Right)) { FirstColumnHeadsRows = true };
        table.AddHeader("Sozialraum", "Einwohner", "Anteil");
        var total = 0;
        for (var i = 1; i <= rows; i++)
        {
            var value = 1000 + (i * 37 % 500);
            total += value;
            table.AddRow($"Sozialraum {i}", value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), (value / 100.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %");
        }

        table.AddRow(TableRowKind.Highlight, "Summe", total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), "100,0 %");
        table.AddFootnote("Quelle: Einwohnermeldeamt, Stand 31.12.");
        return table;
    }

    public static void DrawBars(SKCanvas canvas, SKSize size)
    {
        using var axis = new SKPaint { Color = SKColors.Black, StrokeWidth = 0.8f, Style = SKPaintStyle.Stroke, IsAntialias = true };
        using var fill = new SKPaint { Color = new SKColor(0x2E, 0x6D, 0xA4), Style = SKPaintStyle.Fill, IsAntialias = true };
        canvas.DrawLine(20, size.Height - 10, size.Width - 10, size.Height - 10, axis);
        canvas.DrawLine(20, 10, 20, size.Height - 10, axis);
        for (var i = 0; i < 8; i++)
        {
            var h = (size.Height - 30) * (0.3f + (0.08f * i));
            canvas.DrawRect(30 + (i * 45), size.Height - 10 - h, 30, h, fill);
        }

        // Deliberately larger than the area: clipping must cut it off.
        canvas.DrawCircle(size.Width, 0, 40, fill);
    }
}
