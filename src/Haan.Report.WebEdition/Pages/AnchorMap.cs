using Haan.Report.Templates.Markdown;

namespace Haan.Report.WebEdition.Pages;

/// <summary>
/// Which page holds which anchor (heading ids, figure and table anchors), so internal links work across pages.
/// Headings without an id in the Markdown get one from their text („abschnitt-…“), unique in the whole edition, so
/// the table of contents can link every section.
/// </summary>
internal sealed class AnchorMap
{
    private readonly Dictionary<string, string> pages = new(StringComparer.Ordinal);
    private readonly Dictionary<DocHeading, string> generated = new(ReferenceEqualityComparer.Instance);

    public AnchorMap(IReadOnlyList<WebPage> webPages, IReadOnlyList<DocBlock> startPage, IWebContent content)
    {
        Add("index.html", startPage, content);
        foreach (var page in webPages)
        {
            Add(page.FileName, [page.Heading, .. page.Blocks], content);
        }
    }

    /// <summary>The href of an internal link from <paramref name="fromPage"/> to <paramref name="id"/>, or null when unknown.</summary>
    public string? Href(string id, string fromPage) =>
        pages.TryGetValue(id, out var page) ? (page == fromPage ? "#" + id : $"{page}#{id}") : null;

    /// <summary>The id of a heading: its own, or the one generated from its text.</summary>
    public string IdOf(DocHeading heading) => heading.Id ?? generated[heading];

    /// <summary>The page that holds <paramref name="id"/>, or null.</summary>
    public string? PageOf(string id) => pages.GetValueOrDefault(id);

    private void Add(string page, IEnumerable<DocBlock> blocks, IWebContent content)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case DocHeading { Id: { } id }:
                    pages.TryAdd(id, page);
                    break;
                case DocHeading heading:
                    var stem = "abschnitt-" + Slug.Of(PageSplitter.DocText(heading.Content));
                    var unique = stem;
                    for (var i = 2; pages.ContainsKey(unique); i++)
                    {
                        unique = $"{stem}-{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
                    }

                    generated[heading] = unique;
                    pages[unique] = page;
                    break;
                case DocDirective directive:
                    if (content.AnchorOf(directive) is { } anchor)
                    {
                        pages.TryAdd(anchor, page);
                    }

                    Add(page, directive.Content, content);
                    break;
                case DocQuote quote:
                    Add(page, quote.Content, content);
                    break;
                case DocList list:
                    Add(page, list.Items.SelectMany(i => i), content);
                    break;
            }
        }
    }
}
