using System.Security.Cryptography;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;

namespace Haan.Report.Layout.Tests;

public sealed class PdfOutputTests
{
    private static readonly Lazy<byte[]> ShowcasePdf = new(() => PdfRenderer.Render(Showcase.Build()));

    [Fact]
    public void Two_renders_give_identical_bytes()
    {
        var first = SHA256.HashData(PdfRenderer.Render(Showcase.Build()));
        var second = SHA256.HashData(ShowcasePdf.Value);
        Assert.Equal(Convert.ToHexString(first), Convert.ToHexString(second));
    }

    [Fact]
    public void Bookmarks_follow_the_heading_hierarchy_and_pages()
    {
        using var pdf = PdfDocument.Open(ShowcasePdf.Value);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var lines = bookmarks.Roots.SelectMany(r => Flatten(r, 0)).ToList();
        Assert.Equal(
            ["1 Bevölkerung @2", "  1.1 Altersstruktur @2", "2 Einkommen @4", "  2.1 Breite Tabelle @6"],
            lines);

        // The destination is the heading's top edge (84.6 pt from the top) in PDF user space, whose origin is bottom left.
        var first = (DocumentBookmarkNode)bookmarks.Roots[0];
        Assert.Equal(841.89 - 84.6, first.Destination.Coordinates.Top!.Value, 1);
    }

    private static IEnumerable<string> Flatten(BookmarkNode node, int depth)
    {
        var page = node is DocumentBookmarkNode d ? d.PageNumber : 0;
        yield return $"{new string(' ', depth * 2)}{node.Title} @{page}";
        foreach (var child in node.Children.SelectMany(c => Flatten(c, depth + 1)))
        {
            yield return child;
        }
    }

    [Fact]
    public void Links_are_present_external_and_internal()
    {
        using var pdf = PdfDocument.Open(ShowcasePdf.Value);
        var annotations = pdf.GetPages().SelectMany(p => p.GetAnnotations().Select(a => (Page: p.Number, Annotation: a))).ToList();
        var links = annotations.Where(a => a.Annotation.Type == AnnotationType.Link).ToList();
        Assert.Contains(links, l => l.Annotation.Action is UriAction { Uri: "https://www.it.nrw" });

        // Table of contents (page 1) and "siehe Abbildung 1" (page 2) link to named destinations.
        var named = links.Select(l => (l.Page, Dest: DestinationName(l.Annotation))).Where(l => l.Dest is not null).ToList();
        Assert.Contains((1, "kap-1"), named);
        Assert.Contains((1, "kap-2-1"), named);
        Assert.Contains((2, "abb-1"), named);
    }

    private static string? DestinationName(Annotation annotation)
        => annotation.AnnotationDictionary.TryGet(NameToken.Dest, out var token) && token is StringToken s ? s.Data
            : annotation.AnnotationDictionary.TryGet(NameToken.Dest, out token) && token is NameToken n ? n.Data
            : null;

    [Fact]
    public void Extracted_text_equals_input_without_ligatures()
    {
        using var pdf = PdfDocument.Open(ShowcasePdf.Value);
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("Ligaturen wie in Effizienz, offiziell, Auffahrt und Schifffahrt bleiben", text, StringComparison.Ordinal);
        Assert.Contains("Umlaute äöü ÄÖÜ und ß bleiben erhalten.", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text, c => c is >= '\uFB00' and <= '\uFB06');
        Assert.Contains("Seite 2 von 6", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extracted_words_equal_the_input_words()
    {
        const string input = "Effizienz offiziell Schifffahrt Auffahrt fließen Straße Größe Äpfel Übermaß 1.234,56 € – „zitiert“";
        var pdf = PdfRenderer.Render(TestDocuments.Single(new Paragraph(input)));
        using var document = PdfDocument.Open(pdf);
        var words = document.GetPage(1).GetWords().Select(w => w.Text).ToList();
        Assert.Equal(input.Split(' ').Append("Seite").Append("1").Append("von").Append("1"), words);
    }

    [Fact]
    public void Document_info_comes_from_metadata_with_the_fixed_date()
    {
        using var pdf = PdfDocument.Open(ShowcasePdf.Value);
        var info = pdf.Information;
        Assert.Equal("Sozialbericht Beispiel", info.Title);
        Assert.Equal("Sozialplanung", info.Author);
        Assert.Equal("Layout-Test", info.Subject);
        Assert.Equal("Bericht, Test", info.Keywords);
        Assert.Equal("Haan.Report.Layout.Tests", info.Creator);
        Assert.Equal("D:20260301093000+01'00'", info.CreationDate);
        Assert.Equal("D:20260301093000+01'00'", info.ModifiedDate);
    }

    [Fact]
    public void Fonts_are_embedded_truetype_never_type3()
    {
        using var pdf = new Haan.Report.Testing.TaggedPdf(ShowcasePdf.Value);
        var fonts = pdf.Fonts();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Equal("Type0", f.Subtype));
        Assert.All(fonts, f => Assert.True(f.Embedded, f.BaseFont));
    }

    [Fact]
    public void Png_renderer_draws_every_page()
    {
        var pages = PngRenderer.Render(Showcase.Build(), 30);
        Assert.Equal(6, pages.Count);
        Assert.All(pages, p => Assert.Equal([0x89, 0x50, 0x4E, 0x47], p[..4]));
    }
}
