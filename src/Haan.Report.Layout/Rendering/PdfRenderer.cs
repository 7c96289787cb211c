using Haan.Report.Layout.Pdf;

namespace Haan.Report.Layout;

/// <summary>
/// Renders a document to a tagged PDF (PDF/UA-1): the writer in <c>Pdf/</c> records content and structure through the
/// drawing seam, embeds font subsets and imports vector figures drawn by Skia.
/// </summary>
public static class PdfRenderer
{
    /// <summary>Renders the document and writes the PDF to <paramref name="output"/>.</summary>
    public static void Render(Document document, Stream output)
    {
        var bytes = Render(document);
        output.Write(bytes);
    }

    /// <summary>Renders the document to PDF bytes. The same input gives the same bytes.</summary>
    public static byte[] Render(Document document) => Render(document, laidOut: null);

    /// <summary>
    /// Renders the document to PDF bytes; <paramref name="laidOut"/> is called once the pages are laid out and every
    /// drawing callback has run, before the PDF file is assembled (e.g. to start work that reads the drawn figures on
    /// another core while the fonts are subset and the objects compressed).
    /// </summary>
    public static byte[] Render(Document document, Action? laidOut)
    {
        using var surface = new PdfSurface();
        var context = PageLoop.Run(document, surface, null);
        laidOut?.Invoke();
        return TaggedPdfDocument.Write(surface, document.Metadata, context.Headings);
    }
}
