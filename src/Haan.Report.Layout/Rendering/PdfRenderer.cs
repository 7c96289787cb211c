using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>Renders a document to PDF (SkiaSharp's PDF backend, then bookmarks and document info via PDFsharp).</summary>
public static class PdfRenderer
{
    /// <summary>Renders the document and writes the PDF to <paramref name="output"/>.</summary>
    public static void Render(Document document, Stream output)
    {
        var bytes = Render(document);
        output.Write(bytes);
    }

    /// <summary>Renders the document to PDF bytes. The same input gives the same bytes.</summary>
    public static byte[] Render(Document document)
    {
        using var raw = new MemoryStream();
        LayoutContext context;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = document.Metadata.Title ?? string.Empty,
            Author = document.Metadata.Author ?? string.Empty,
            Subject = document.Metadata.Subject ?? string.Empty,
            Keywords = document.Metadata.Keywords ?? string.Empty,
            Creator = document.Metadata.Creator ?? string.Empty,
            Producer = document.Metadata.Producer ?? "Haan.Report.Layout",
            RasterDpi = 300,
            PdfA = false,
        };
        using (var skDocument = SKDocument.CreatePdf(raw, metadata))
        {
            var target = new PdfTarget(skDocument);
            context = PageLoop.Run(document, target, null);
            skDocument.Close();
        }

        return PdfPostProcessor.Process(raw.ToArray(), document, context);
    }

    private sealed class PdfTarget(SKDocument document) : IPageTarget
    {
        public SKCanvas BeginPage(SKSize size) => document.BeginPage(size.Width, size.Height);

        public void EndPage() => document.EndPage();
    }
}
