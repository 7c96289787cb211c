namespace Haan.Report.Layout.Pdf;

/// <summary>An annotation (its object) on the page with index <paramref name="Page"/>, owned by a Link element.</summary>
internal sealed record AnnotationReference(int Page, int ObjectNumber);
