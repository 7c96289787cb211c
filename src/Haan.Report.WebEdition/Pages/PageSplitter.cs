using Haan.Report.Templates.Markdown;

namespace Haan.Report.WebEdition.Pages;

/// <summary>
/// Splits the report into pages. Every level-1 section is a page. A section whose level-2 sections each begin on a
/// new PDF page (a page break right before the heading, as the Sozialraum profiles do) or an unnumbered section with
/// level-2 sections (the appendix) becomes a chapter page with its introduction and one sub-page per level-2 section.
/// A section that holds only the table of contents is left out (the start page has it); the section with the id
/// <c>kurzfassung</c> („Das Wichtigste in Kürze“) is shown on the start page.
/// </summary>
internal static class PageSplitter
{
    public const string SummaryId = "kurzfassung";
    private const string Unnumbered = "ohne-nummer";
    private const string ContentsDirective = "inhaltsverzeichnis";
    private const string PageBreakDirective = "seitenumbruch";

    public static (IReadOnlyList<WebPage> Pages, IReadOnlyList<DocBlock> Summary) Split(IEnumerable<IReadOnlyList<DocBlock>> chapters)
    {
        var pages = new List<WebPage>();
        var summary = new List<DocBlock>();
        var names = new HashSet<string>(StringComparer.Ordinal) { "index" };
        foreach (var section in Sections(chapters.SelectMany(c => c)))
        {
            var heading = section[0] as DocHeading;
            var body = section.Skip(1).Where(b => !IsPageBreak(b)).ToList();
            if (heading is null)
            {
                // text before the first heading: shown on the start page
                summary.AddRange(section.Where(b => !IsPageBreak(b)));
                continue;
            }

            if (body.Count > 0 && body.All(b => b is DocDirective { Name: ContentsDirective }))
            {
                continue;
            }

            if (heading.Id == SummaryId)
            {
                summary.AddRange(section.Where(b => !IsPageBreak(b)));
                continue;
            }

            if (!ShouldSplit(heading, section))
            {
                pages.Add(new WebPage(Name(heading, names), heading, body, 0, null));
                continue;
            }

            var firstSub = section.FindIndex(b => b is DocHeading { Level: 2 });
            var chapter = new WebPage(Name(heading, names), heading, section.Skip(1).Take(firstSub - 1).Where(b => !IsPageBreak(b)).ToList(), 0, null);
            pages.Add(chapter);
            var start = firstSub;
            while (start < section.Count)
            {
                var end = section.FindIndex(start + 1, b => b is DocHeading { Level: 2 });
                end = end < 0 ? section.Count : end;
                var subHeading = (DocHeading)section[start];
                var sub = new WebPage(Name(subHeading, names), subHeading,
                    section.Skip(start + 1).Take(end - start - 1).Where(b => !IsPageBreak(b)).ToList(), -1, chapter);
                chapter.Children.Add(sub);
                pages.Add(sub);
                start = end;
            }
        }

        return (pages, summary);
    }

    private static List<List<DocBlock>> Sections(IEnumerable<DocBlock> blocks)
    {
        var sections = new List<List<DocBlock>>();
        foreach (var block in blocks)
        {
            if (block is DocHeading { Level: 1 } || sections.Count == 0)
            {
                sections.Add([]);
            }

            sections[^1].Add(block);
        }

        return sections;
    }

    private static bool ShouldSplit(DocHeading heading, List<DocBlock> section)
    {
        var subs = section.Select((b, i) => (Block: b, Index: i)).Where(x => x.Block is DocHeading { Level: 2 }).ToList();
        if (subs.Count == 0)
        {
            return false;
        }

        return heading.Classes.Contains(Unnumbered, StringComparer.Ordinal)
               || subs.All(s => s.Index > 0 && IsPageBreak(section[s.Index - 1]));
    }

    private static bool IsPageBreak(DocBlock block) => block is DocThematicBreak or DocDirective { Name: PageBreakDirective };

    private static string Name(DocHeading heading, HashSet<string> names)
    {
        var stem = Slug.Of(heading.Id ?? DocText(heading.Content));
        var name = stem;
        for (var i = 2; !names.Add(name); i++)
        {
            name = $"{stem}-{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        }

        return name + ".html";
    }

    internal static string DocText(IReadOnlyList<DocInline> inlines) => string.Concat(inlines.Select(inline => inline switch
    {
        Templates.Markdown.DocText text => text.Text,
        DocStrong strong => DocText(strong.Content),
        DocEmphasis emphasis => DocText(emphasis.Content),
        DocLink link => DocText(link.Content),
        DocLineBreak => " ",
        _ => string.Empty,
    }));
}
