using System.Globalization;
using Haan.Report.Charts;
using Haan.Report.Composition.Content;
using Haan.Report.Layout;

namespace Haan.Report.Composition.Documents;

/// <summary>
/// Builds the layout document of the whole report: title page, then one section per chapter template with running
/// header (chapter title) and footer (Demonstrationsdaten label, version, „Seite X von Y“).
/// </summary>
internal sealed class ReportDocumentBuilder(Prepared prepared, FontFamily fonts, List<ReportProblem> problems, bool webEdition = false)
{
    private const string DemoLabel = "Demonstrationsdaten – Sozialraumwerte synthetisch, keine amtlichen Zahlen";

    /// <summary>The report's figures in document order (filled by <see cref="Build"/>).</summary>
    public IReadOnlyList<PlacedFigure> Figures { get; private set; } = [];

    /// <summary>The numbering of headings, figures and tables (filled by <see cref="Build"/>).</summary>
    public Numbering? Numbering { get; private set; }

    /// <summary>The composer with the figure and table of every directive (filled by <see cref="Build"/>).</summary>
    public DocumentComposer? Composer { get; private set; }

    /// <summary>The title page's overview map and its spec (filled by <see cref="Build"/>).</summary>
    public (FigureDrawing Drawing, OverviewMapSpec Spec, float Height)? TitleMap { get; private set; }

    /// <summary>Every recorded figure drawing of the built document, to be disposed after the outputs are written.</summary>
    public FigureDrawingSet Drawings() =>
        new([.. Composer?.Drawings ?? [], .. TitleMap is { } map ? new[] { map.Drawing } : []]);

    /// <summary>The title page's notice about the synthetic data, when the report contains Demonstrationsdaten.</summary>
    public const string SyntheticNotice =
        "Die Grenzen der sieben Sozialräume und alle Zahlen unterhalb der Gesamtstadt sind synthetisch erzeugt " +
        "(reproduzierbar und passend zu den amtlichen Eckwerten der Stadt). Sie zeigen, wie der Bericht mit den " +
        "echten Daten der Fachämter aussieht, und sind keine amtlichen Zahlen. Echte Daten (Stadt- und Kreisgrenzen, " +
        "Einwohnerzahlen, Kreisvergleich, Schulen, Ladesäulen) sind im Anhang mit Quelle und Lizenz belegt.";

    /// <summary>Total page count seen by the footer in the final pass.</summary>
    public int TotalPages { get; private set; }

    public Document Build()
    {
        var configuration = prepared.Configuration;
        var document = new Document
        {
            Fonts = fonts,
            BaseFontSize = ReportStyle.BodySize,
            Metadata = new DocumentMetadata
            {
                Title = $"{configuration.Title} – {configuration.Subtitle}".TrimEnd(' ', '–'),
                Author = configuration.Publisher,
                Subject = $"Sozial- und Armutsbericht der Stadt Haan, Berichtsjahr {configuration.ReportYear.ToString(CultureInfo.InvariantCulture)}, Version {configuration.Version}",
                Keywords = string.Join(", ", configuration.Keywords),
                Creator = "Haan.Report",
                Producer = "Haan.Report",
                Date = new DateTimeOffset(configuration.PublicationDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                Language = "de-DE",
            },
        };

        CheckChartTexts();

        // Charts draw with the layout's own typeface objects, so the PDF embeds every font only once.
        var style = new ChartStyle(new ChartFonts(
            fonts.Typeface(false, false), fonts.Typeface(true, false), fonts.Typeface(false, true), fonts.Typeface(true, true)));
        document.Add(PageTemplate.A4Portrait(), TitlePage(style), "Titelseite");

        var allBlocks = prepared.Chapters.SelectMany(c => c.Blocks).ToList();
        var numbering = new Numbering(allBlocks);
        problems.AddRange(InputTextCheck.DuplicateAnchors(prepared, numbering));
        var content = new ContentFactory(prepared, style);
        var composer = new DocumentComposer(numbering, content, problems) { PrepareSvg = webEdition };
        var portrait = PageTemplate.A4Portrait(Header, Footer);
        foreach (var chapter in prepared.Chapters)
        {
            document.Add(portrait, composer.Compose(chapter.File, chapter.Blocks), chapter.File);
        }

        Figures = composer.Figures;
        Numbering = numbering;
        Composer = composer;
        return document;
    }

    /// <summary>
    /// Names from the catalogue and the data end up in chart labels, which (unlike the layout engine) cannot report a
    /// missing glyph: check them against the bundled font so that no label shows an empty box.
    /// </summary>
    private void CheckChartTexts()
    {
        using var font = new SkiaSharp.SKFont(fonts.Typeface(false, false));
        var drawable = new Dictionary<string, bool>(StringComparer.Ordinal);
        problems.AddRange(InputTextCheck.MissingGlyphs(prepared, r => drawable.TryGetValue(r, out var known) ? known : drawable[r] = font.ContainsGlyphs(r)));
        var texts = prepared.Results.Catalogue.Indicators
            .SelectMany(d => new[] { (d.ShortName, $"{d.Origin.Replace(":", ", Zeile ", StringComparison.Ordinal)}, Spalte „Kurzname“"), (d.Name, $"{d.Origin.Replace(":", ", Zeile ", StringComparison.Ordinal)}, Spalte „Name“") })
            .Concat(prepared.Data.Areas.SelectMany(a => new[] { (a.Name, $"sozialraeume.geojson, {a.Key}"), (a.ShortName, $"sozialraeume.geojson, {a.Key}") }));
        foreach (var (text, origin) in texts)
        {
            var missing = text.EnumerateRunes().Where(r => !font.ContainsGlyphs(r.ToString())).Select(r => r.ToString()).Distinct().ToList();
            if (missing.Count > 0)
            {
                problems.Add(new ReportProblem(
                    $"{origin}: „{text}“ enthält Zeichen, die die Schrift nicht darstellen kann ({string.Join(" ", missing.Select(m => $"„{m}“"))}). Bitte durch Buchstaben ersetzen, z. B. „≤“ durch „bis“."));
            }
        }
    }

    private Element TitlePage(ChartStyle style)
    {
        var configuration = prepared.Configuration;
        var column = new Column { Spacing = 10 };
        column.Add(new Paragraph("STADT HAAN · SOZIALPLANUNG") { FontSize = 9, Bold = true, Color = ReportStyle.Accent });
        column.Add(new Spacer(Units.Mm(12)));
        column.Add(new Paragraph(configuration.Title) { FontSize = 28, Bold = true, Color = ReportStyle.Accent, LineHeight = 1.15f, Role = StructureRole.H1 });
        if (configuration.Subtitle.Length > 0)
        {
            column.Add(new Paragraph(configuration.Subtitle) { FontSize = 14, Color = ReportStyle.Muted });
        }

        column.Add(new Spacer(Units.Mm(6)));
        var overviewSpec = new OverviewMapSpec(prepared.Data.Areas
            .Select(a => new MapArea(a.Key, a.ShortName, a.Geometry, null)).ToList())
        {
            Outline = prepared.Data.TownBoundary,
            Attribution = new Content.SourceLines(prepared.Data, prepared.Configuration.PreparedBy).MapAttribution(),
        };
        var overview = new OverviewMapFigure(overviewSpec, style);
        var drawing = new FigureDrawing(overview, WebEdition.WebEditionBuilder.TitleFigureId, webEdition);
        TitleMap = (drawing, overviewSpec, Units.Mm(105));
        column.Add(new CanvasElement(Units.Mm(105), drawing.Draw)
        {
            Name = "Übersichtskarte der Sozialräume",
            AltText = overview.AltText,
        });
        column.Add(new Spacer(Units.Mm(6)));
        if (prepared.Data.ContainsSyntheticData)
        {
            var notice = new Column { Spacing = 4 };
            notice.Add(new Paragraph("Demonstrationsdaten") { FontSize = 12, Bold = true });
            notice.Add(new Paragraph(SyntheticNotice)
            { FontSize = 9.5f, LineHeight = 1.35f });
            column.Add(new Box(notice) { Background = ReportStyle.NoticeBackground, BorderColor = ReportStyle.NoticeBorder, Padding = 10, Role = StructureRole.Note });
        }

        column.Add(new Spacer(Units.Mm(8)));
        column.Add(new Paragraph($"Herausgeber: {configuration.Publisher}") { FontSize = 9.5f });
        column.Add(new Paragraph(
            $"Version {configuration.Version} · Stand {configuration.PublicationDay.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}")
        { FontSize = 9.5f, Color = ReportStyle.Muted });
        return column;
    }

    private Element Header(PageContext page)
    {
        var configuration = prepared.Configuration;
        var row = new Row { Spacing = 12 };
        row.Relative(3, new Paragraph(page.CurrentChapter ?? string.Empty) { FontSize = 7.5f, Color = ReportStyle.Muted });
        row.Relative(2, new Paragraph(
            $"Sozial- und Armutsbericht Haan {configuration.ReportYear.ToString(CultureInfo.InvariantCulture)}")
        { FontSize = 7.5f, Color = ReportStyle.Muted, Alignment = TextAlignment.Right });
        return row;
    }

    private Element Footer(PageContext page)
    {
        TotalPages = page.TotalPages; // the final pass draws last, so the last value is the real count
        var row = new Row { Spacing = 12 };
        row.Relative(3, prepared.Data.ContainsSyntheticData
            ? new Paragraph(DemoLabel) { FontSize = 7, Bold = true, Color = ReportStyle.NoticeBorder }
            : new Paragraph(string.Empty) { FontSize = 7 });
        row.Relative(1.4f, new Paragraph(
            $"Version {prepared.Configuration.Version} · Seite {page.PageNumber.ToString(CultureInfo.InvariantCulture)} von {page.TotalPages.ToString(CultureInfo.InvariantCulture)}")
        { FontSize = 7.5f, Alignment = TextAlignment.Right });
        return row;
    }
}
