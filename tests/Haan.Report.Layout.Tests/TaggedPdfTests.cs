using System.Text.RegularExpressions;
using Haan.Report.Testing;

namespace Haan.Report.Layout.Tests;

/// <summary>The tagged PDF (PDF/UA-1) the layout engine writes, read back with PdfPig.</summary>
public sealed partial class TaggedPdfTests
{
    private static readonly Lazy<byte[]> ShowcasePdf = new(() => PdfRenderer.Render(Showcase.Build()));

    [Fact]
    public void Every_letter_is_inside_marked_content()
    {
        using var pdf = new TaggedPdf(ShowcasePdf.Value);
        foreach (var page in pdf.Document.GetPages())
        {
            Assert.NotEmpty(page.Letters);
            Assert.True(pdf.UnmarkedLetters(page) == 0, $"Seite {page.Number}: {pdf.UnmarkedLetters(page)} Zeichen ohne Tag oder Artefakt");
        }
    }

    [Fact]
    public void Page_furniture_is_an_artifact_and_body_text_is_tagged()
    {
        using var pdf = new TaggedPdf(ShowcasePdf.Value);
        var page = pdf.Document.GetPage(2);
        var contents = page.GetMarkedContents();
        var artifactText = string.Concat(contents.Where(m => m.IsArtifact).SelectMany(m => m.Letters).Select(l => l.Value));
        var taggedText = string.Concat(contents.Where(m => !m.IsArtifact).SelectMany(m => m.Letters).Select(l => l.Value));
        Assert.Contains("Seite 2 von 6", artifactText, StringComparison.Ordinal);
        Assert.DoesNotContain("Seite 2 von 6", taggedText, StringComparison.Ordinal);
        Assert.Contains("Bevölkerung", taggedText, StringComparison.Ordinal);
    }

    [Fact]
    public void Structure_tree_has_a_document_with_headings_in_order()
    {
        using var pdf = new TaggedPdf(ShowcasePdf.Value);
        var root = Assert.Single(pdf.Roots());
        Assert.Equal("Document", root.Type);
        var levels = pdf.AllElements().Select(e => HeadingLevel().Match(e.Type)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(levels);
        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"Ebene {pair.First} → {pair.Second}"));
    }

    [Fact]
    public void Figures_carry_their_alternative_text()
    {
        using var pdf = new TaggedPdf(ShowcasePdf.Value);
        var figure = Assert.Single(pdf.AllElements(), e => e.Type == "Figure");
        Assert.Equal("Balkendiagramm: SGB II-Quote je Sozialraum, höchster Wert in Haan-Ost.", figure.Alt);
    }

    [Fact]
    public void Tables_have_header_cells_with_scope_and_regular_rows()
    {
        using var pdf = new TaggedPdf(ShowcasePdf.Value);
        var tables = pdf.AllElements().Where(e => e.Type == "Table").ToList();
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var head = Assert.Single(table.Children, c => c.Type == "THead");
            Assert.All(head.Descendants().Where(e => e.Type == "TH"), th => Assert.Equal(["Column"], th.Scopes));
            var rows = table.Children.Where(c => c.Type is "THead" or "TBody").SelectMany(c => c.Children).ToList();
            Assert.All(rows, r => Assert.Equal("TR", r.Type));
            Assert.Single(rows.Select(r => r.Children.Count).Distinct());
        }

        // The population table names its rows: the first cell of each body row is a row header; other tables do not.
        var withRowHeaders = tables.Where(t => t.Children.Single(c => c.Type == "TBody").Children.All(row => row.Children[0].Scopes.SequenceEqual(["Row"]))).ToList();
        Assert.Single(withRowHeaders);
    }

    [Fact]
    public void Lists_and_links_use_their_structure_types()
    {
        using var pdf = new TaggedPdf(ShowcasePdf.Value);
        var all = pdf.AllElements().ToList();
        var lists = all.Where(e => e.Type == "L").ToList();
        Assert.NotEmpty(lists);
        Assert.All(lists.SelectMany(l => l.Children), li =>
        {
            Assert.Equal("LI", li.Type);
            Assert.Equal(["Lbl", "LBody"], li.Children.Select(c => c.Type));
        });
        var links = all.Where(e => e.Type == "Link").ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.True(l.HasAnnotation));
        Assert.Contains(all, e => e.Type == "TOC" && e.Children.All(c => c.Type == "TOCI"));
    }

    [Fact]
    public void Catalog_declares_language_marking_and_title_display()
    {
        using var pdf = new TaggedPdf(ShowcasePdf.Value);
        var catalog = pdf.Catalog.Data;
        Assert.True(catalog.ContainsKey("MarkInfo"));
        Assert.True(catalog.ContainsKey("Lang"));
        Assert.True(catalog.ContainsKey("ViewerPreferences"));
        Assert.True(catalog.ContainsKey("Metadata"));
        var xmp = pdf.Document.TryGetXmpMetadata(out var metadata) ? System.Text.Encoding.UTF8.GetString(metadata.GetXmlBytes().ToArray()) : string.Empty;
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xmp, StringComparison.Ordinal);
        Assert.Contains("Sozialbericht Beispiel", xmp, StringComparison.Ordinal);
    }

    [Fact]
    public void Fonts_are_subsets_with_unicode_maps_and_each_face_once()
    {
        using var pdf = new TaggedPdf(ShowcasePdf.Value);
        var fonts = pdf.Fonts();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f =>
        {
            Assert.Matches("^[A-Z]{6}\\+", f.BaseFont);
            Assert.True(f.Embedded, f.BaseFont);
            Assert.True(f.HasToUnicode, f.BaseFont);
        });
        var faces = fonts.Select(f => f.BaseFont[7..]).ToList();
        Assert.Equal(faces.Count, faces.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Three_renders_at_the_same_time_give_identical_bytes()
    {
        // Figures are recorded on a background thread; thread timing must never reach the output.
        var renders = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => PdfRenderer.Render(Showcase.Build()))));
        Assert.All(renders, bytes => Assert.Equal(ShowcasePdf.Value, bytes));
    }

    [GeneratedRegex("^H([1-6])$")]
    private static partial Regex HeadingLevel();
}
