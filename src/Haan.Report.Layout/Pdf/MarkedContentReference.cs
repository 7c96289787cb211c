namespace Haan.Report.Layout.Pdf;

/// <summary>Marked content <paramref name="Mcid"/> on the page with index <paramref name="Page"/>.</summary>
internal sealed record MarkedContentReference(int Page, int Mcid);
