using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>A document: fonts, metadata and sections. Each section starts on a new page and has its own page template.</summary>
public sealed class Document
{
    public required FontFamily Fonts { get; init; }

    public DocumentMetadata Metadata { get; init; } = new();

    /// <summary>Base font size in pt for paragraphs without an explicit size.</summary>
    public float BaseFontSize { get; init; } = 10f;

    /// <summary>Automatic hyphenation of paragraph text (e.g. German patterns); null = break only at spaces, hyphens and soft hyphens.</summary>
    public Hyphenator? Hyphenation { get; init; }

    /// <summary>Layout stops with an error beyond this many pages (protects against runaway layouts).</summary>
    public int MaxPages { get; init; } = 2000;

    public List<Section> Sections { get; } = [];

    /// <summary>Adds a section with the given template and content.</summary>
    public Document Add(PageTemplate template, Element content, string? name = null)
    {
        Sections.Add(new Section(template, content) { Name = name });
        return this;
    }
}

/// <summary>A run of pages sharing one page template (e.g. A4 landscape for wide tables).</summary>
public sealed class Section(PageTemplate template, Element content)
{
    public PageTemplate Template { get; } = template;

    public Element Content { get; } = content;

    /// <summary>Name used in error messages (e.g. "Kapitel 3"); defaults to "Abschnitt N".</summary>
    public string? Name { get; init; }
}

/// <summary>Document information written into the PDF. Dates come only from here, never from the clock.</summary>
public sealed class DocumentMetadata
{
    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    public string? Creator { get; init; }

    public string? Producer { get; init; }

    /// <summary>Creation and modification date (a fixed date supplied by the caller); null = no dates in the PDF.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>Document language (e.g. "de-DE") for the catalog's /Lang entry.</summary>
    public string? Language { get; init; }
}

/// <summary>Page margins in pt.</summary>
public readonly record struct Margins(float Left, float Top, float Right, float Bottom)
{
    public static Margins All(float value) => new(value, value, value, value);
}

/// <summary>Information a header or footer can show on each page.</summary>
public sealed class PageContext
{
    internal PageContext(int pageNumber, int totalPages, string? currentChapter)
    {
        PageNumber = pageNumber;
        TotalPages = totalPages;
        CurrentChapter = currentChapter;
    }

    /// <summary>1-based page number across the whole document.</summary>
    public int PageNumber { get; }

    /// <summary>Total page count (known in the final pass; during the locating pass it is the page number itself).</summary>
    public int TotalPages { get; }

    /// <summary>Title of the last level-1 heading that starts on or before this page, or null.</summary>
    public string? CurrentChapter { get; }
}

/// <summary>Page size, margins, and header/footer built per page.</summary>
public sealed class PageTemplate
{
    public static SKSize A4 { get; } = new(Units.Mm(210), Units.Mm(297));

    public required SKSize Size { get; init; }

    public Margins Margins { get; init; } = new(Units.Mm(25), Units.Mm(20), Units.Mm(20), Units.Mm(20));

    /// <summary>Builds the header of a page; null = no header.</summary>
    public Func<PageContext, Element>? Header { get; init; }

    /// <summary>Builds the footer of a page; null = no footer.</summary>
    public Func<PageContext, Element>? Footer { get; init; }

    /// <summary>Space between header and body and between body and footer, in pt.</summary>
    public float DecorationSpacing { get; init; } = Units.Mm(6);

    /// <summary>A4 portrait with the given header and footer.</summary>
    public static PageTemplate A4Portrait(Func<PageContext, Element>? header = null, Func<PageContext, Element>? footer = null)
        => new() { Size = A4, Header = header, Footer = footer };

    /// <summary>A4 landscape (for wide tables) with the given header and footer.</summary>
    public static PageTemplate A4Landscape(Func<PageContext, Element>? header = null, Func<PageContext, Element>? footer = null)
        => new() { Size = new SKSize(A4.Height, A4.Width), Margins = new(Units.Mm(20), Units.Mm(20), Units.Mm(20), Units.Mm(20)), Header = header, Footer = footer };

    /// <summary>A centred footer "Seite X von Y".</summary>
    public static Element PageNumberFooter(PageContext page)
        => new Paragraph($"Seite {page.PageNumber} von {page.TotalPages}") { Alignment = TextAlignment.Center, FontSize = 8.5f };
}
