using Haan.Report.Layout;

namespace Haan.Report.Composition.Documents.Furniture;

/// <summary>
/// Records the document's page count as the layout reports it to the page decorations (the final pass runs last, so
/// the last value seen is the real count), separate from what the header and footer draw.
/// </summary>
internal sealed class PageCount
{
    /// <summary>Total page count seen in the final pass.</summary>
    public int Total { get; private set; }

    /// <summary>A decoration that records the page count of every page it is asked for, then draws <paramref name="decoration"/>.</summary>
    public Func<PageContext, Element> Observing(Func<PageContext, Element> decoration) => page =>
    {
        Total = page.TotalPages;
        return decoration(page);
    };
}
