using Haan.Report.Diagnostics;
using Haan.Report.Composition.Text;
using System.Globalization;
using Haan.Report.Charts;
using Haan.Report.Composition.Content;
using Haan.Report.Composition.Documents.Furniture;
using Haan.Report.Layout;

namespace Haan.Report.Composition.Documents;

/// <summary>
/// Builds the layout document of the whole report: title page, then one section per chapter template with running
/// header (chapter title) and footer (Demonstrationsdaten label, version, „Seite X von Y“); the page furniture are
/// small components in <c>Furniture/</c>.
/// </summary>
internal sealed class ReportDocumentBuilder(Prepared prepared, FontFamily fonts, List<Problem> problems, bool webEdition = false)
{
    /// <summary>The report's figures in document order (filled by <see cref="Build"/>).</summary>
    public IReadOnlyList<PlacedFigure> Figures { get; private set; } = [];

    private readonly PageCount pageCount = new();

    /// <summary>Total page count of the final layout pass (recorded by <see cref="PageCount"/>, not by the footer).</summary>
    public int TotalPages => pageCount.Total;

    /// <summary>The template position of the innermost composed block among layout elements (innermost first), or null.</summary>
    public ProblemLocation? Locate(IEnumerable<Element> elements) => Composer?.Locate(elements);

    /// <summary>The numbering of headings, figures and tables (filled by <see cref="Build"/>).</summary>
    public Numbering? Numbering { get; private set; }

    /// <summary>The composer with the figure and table of every directive (filled by <see cref="Build"/>).</summary>
    public DocumentComposer? Composer { get; private set; }

    /// <summary>The title page's overview map and its spec (filled by <see cref="Build"/>).</summary>
    public (FigureDrawing Drawing, OverviewMapSpec Spec, float Height)? TitleMap { get; private set; }

    /// <summary>Every recorded figure drawing of the built document, to be disposed after the outputs are written.</summary>
    public FigureDrawingSet Drawings() =>
        new([.. Composer?.Drawings ?? [], .. TitleMap is { } map ? new[] { map.Drawing } : []]);

    /// <summary>The title page's notice about the synthetic data for <paramref name="areaCount"/> Sozialräume.</summary>
    public static string SyntheticNotice(int areaCount) => TitlePage.SyntheticNotice(areaCount);

    public Document Build()
    {
        var configuration = prepared.Configuration;
        var document = new Document
        {
            Fonts = fonts,
            BaseFontSize = ReportStyle.BodySize,
            Hyphenation = GermanHyphenation.Load(prepared.TemplatesDirectory),
            Metadata = new DocumentMetadata
            {
                Title = $"{configuration.Title} – {configuration.Subtitle}".TrimEnd(' ', '–'),
                Author = configuration.Publisher,
                Subject = $"{configuration.Title}, Berichtsjahr {configuration.ReportYear.ToString(CultureInfo.InvariantCulture)}, Version {configuration.Version}",
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
        document.Add(PageTemplate.A4Portrait(), TitlePage.Create(prepared, style, webEdition, out var titleMap), "Titelseite");
        TitleMap = titleMap;

        var allBlocks = prepared.Chapters.SelectMany(c => c.Blocks).ToList();
        var numbering = new Numbering(allBlocks);
        problems.AddRange(InputTextCheck.DuplicateAnchors(prepared, numbering));
        var content = new ContentFactory(prepared, style);
        var composer = new DocumentComposer(numbering, content, problems) { PrepareSvg = webEdition };
        Composer = composer;
        var header = new RunningHeader(configuration);
        var footer = new RunningFooter(configuration, prepared.Data.ContainsSyntheticData);
        var portrait = PageTemplate.A4Portrait(header.Create, pageCount.Observing(footer.Create));
        foreach (var chapter in prepared.Chapters)
        {
            document.Add(portrait, composer.Compose(chapter), chapter.File);
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
    /// <summary>„indikatoren.csv:12“ (the catalogue row of a definition) as a location with the column name.</summary>
    private static ProblemLocation CatalogueLocation(string origin, string column)
    {
        var colon = origin.LastIndexOf(':');
        return colon > 0 && int.TryParse(origin.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var line)
            ? ProblemLocation.InTable(origin[..colon], line, column)
            : ProblemLocation.InTable(origin, null, column);
    }

    private static ProblemLocation AreaLocation(string key) => new("sozialraeume.geojson") { Context = key };

    private void CheckChartTexts()
    {
        using var font = new SkiaSharp.SKFont(fonts.Typeface(false, false));
        var drawable = new Dictionary<string, bool>(StringComparer.Ordinal);
        problems.AddRange(InputTextCheck.MissingGlyphs(prepared, r => drawable.TryGetValue(r, out var known) ? known : drawable[r] = font.ContainsGlyphs(r)));
        var texts = prepared.Results.Catalogue.Indicators
            .SelectMany(d => new[] { (d.ShortName, CatalogueLocation(d.Origin, "Kurzname")), (d.Name, CatalogueLocation(d.Origin, "Name")) })
            .Concat(prepared.Data.Areas.SelectMany(a => new[] { (a.Name, AreaLocation(a.Key)), (a.ShortName, AreaLocation(a.Key)) }));
        foreach (var (text, origin) in texts)
        {
            var missing = text.EnumerateRunes().Where(r => !font.ContainsGlyphs(r.ToString())).Select(r => r.ToString()).Distinct().ToList();
            if (missing.Count > 0)
            {
                problems.Add(ReportMessages.MissingGlyphsInLabel(origin, text, missing));
            }
        }
    }
}
