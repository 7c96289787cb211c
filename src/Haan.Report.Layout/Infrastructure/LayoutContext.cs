using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>A heading as registered while drawing (page number and position from the top, for TOC and bookmarks).</summary>
internal sealed record HeadingRecord(int Level, string Title, int Page, float Y, float PageHeight, bool InOutline);

/// <summary>
/// State shared by all elements during one pass of the page loop: current page, drawing target (or none),
/// registered anchors and headings, the layout dump, and the reason of the last "does not fit".
/// </summary>
internal sealed class LayoutContext
{
    private readonly Stack<SKPoint> origins = new();
    private SKPoint origin;

    public LayoutContext(Document document, LayoutContext? previous)
    {
        Document = document;
        Previous = previous;
    }

    public Document Document { get; }

    /// <summary>All headings of the document in order (for the table of contents).</summary>
    public required IReadOnlyList<Heading> AllHeadings { get; init; }

    /// <summary>Name of the section being laid out (for error messages).</summary>
    public string SectionName { get; set; } = string.Empty;

    public FontFamily Fonts => Document.Fonts;

    /// <summary>Results of pass 1 (null during pass 1, the locating pass that draws nothing).</summary>
    public LayoutContext? Previous { get; }

    public int PageNumber { get; set; }

    public SKSize PageSize { get; set; }

    /// <summary>Where the final pass draws (null while locating).</summary>
    public IDrawingSurface? Surface { get; set; }

    /// <summary>Records figures in the background during the locating pass (null when nothing will be drawn).</summary>
    public FigureRecorder? Recorder { get; init; }

    public List<string>? Dump { get; set; }

    /// <summary>Set by the page loop when nothing would fit on the empty page: soft rules (keep with next, keep together, ensure space, orphans, widows) are suspended for that page.</summary>
    public bool ForceFit { get; set; }

    /// <summary>Height of the body (between header and footer) of the current page.</summary>
    public float BodyHeight { get; set; }

    /// <summary>True until something visible was drawn on the current page body.</summary>
    public bool PageFresh { get; set; }

    /// <summary>True while drawing header or footer (these register nothing).</summary>
    public bool InPageDecoration { get; set; }

    /// <summary>Page number of every registered anchor.</summary>
    public Dictionary<string, int> Anchors { get; } = new(StringComparer.Ordinal);

    public List<HeadingRecord> Headings { get; } = [];

    public string? CurrentChapter { get; set; }

    public NoFitReason? NoFit { get; set; }

    public SKPoint Origin => origin;

    public void PushOffset(float dx, float dy)
    {
        origins.Push(origin);
        origin = new SKPoint(origin.X + dx, origin.Y + dy);
    }

    /// <summary>A rectangle in the current element's coordinates, on the page.</summary>
    public SKRect Absolute(SKRect local) => SKRect.Create(origin.X + local.Left, origin.Y + local.Top, local.Width, local.Height);

    public void PopOffset()
    {
        origin = origins.Pop();
    }

    /// <summary>Records (first one wins) why an element does not fit; used for the error message.</summary>
    public void ReportNoFit(Element element, string what, float needed, float available)
    {
        NoFit ??= new NoFitReason(element, what, needed, available, CurrentChapter);
    }

    /// <summary>Page a registered anchor is on (from pass 1), or null if unknown.</summary>
    public int? PageOf(string anchorId)
        => Previous is not null && Previous.Anchors.TryGetValue(anchorId, out var page) ? page : null;

    public void RegisterAnchor(string anchorId, float localX, float localY)
    {
        if (InPageDecoration)
        {
            return;
        }

        Anchors.TryAdd(anchorId, PageNumber);
        RecordDump("anchor", new SKRect(localX, localY, localX, localY), anchorId);
        Surface?.Destination(anchorId, new SKPoint(origin.X + localX, origin.Y + localY));
    }

    public void RecordDump(string kind, SKRect local, string? text = null)
    {
        if (Dump is null)
        {
            return;
        }

        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"p{PageNumber} {kind} {origin.X + local.Left:F2} {origin.Y + local.Top:F2} {local.Width:F2} {local.Height:F2}");
        if (text is not null)
        {
            builder.Append(" \"").Append(text.Replace("\n", "\\n", StringComparison.Ordinal)).Append('"');
        }

        Dump.Add(builder.ToString());
    }

    /// <summary>Adds a clickable area linking to a URL or to a named anchor.</summary>
    public void AddLink(SKRect local, string? url, string? anchorId, string contents)
    {
        if (anchorId is not null && Previous is not null && !Previous.Anchors.ContainsKey(anchorId))
        {
            throw new LayoutException($"Verweis auf einen unbekannten Anker '{anchorId}' (Seite {PageNumber.ToString(CultureInfo.InvariantCulture)}, {SectionName}).");
        }

        RecordDump("link", local, url ?? "#" + anchorId);
        if (!InPageDecoration)
        {
            Surface?.Link(Absolute(local), url, anchorId, contents);
        }
    }

    public void MarkDrawn()
    {
        if (!InPageDecoration)
        {
            PageFresh = false;
        }
    }
}

/// <summary>Why content did not fit, captured at the innermost element.</summary>
internal sealed record NoFitReason(Element Element, string What, float Needed, float Available, string? Chapter);
