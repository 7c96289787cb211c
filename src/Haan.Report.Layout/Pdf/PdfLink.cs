using SkiaSharp;

namespace Haan.Report.Layout.Pdf;

/// <summary>A link annotation as drawn: area (page coordinates, top left origin), target, description and its Link element.</summary>
internal sealed record PdfLink(int ObjectNumber, SKRect Rect, string? Url, string? AnchorId, string Contents, StructureNode Owner);
