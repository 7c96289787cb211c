using Haan.Report.Templates.Markdown;
using Haan.Report.WebEdition.Pages;
using Haan.Report.WebEdition.Rendering.Blocks;

namespace Haan.Report.WebEdition.Rendering;

/// <summary>
/// Renders the blocks of one page: dispatches every block to its renderer, writes inline content, resolves internal
/// links across pages and keeps the page's heading level shift and the current section heading (caption of pipe tables).
/// </summary>
internal sealed class HtmlRenderer(HtmlWriter writer, string page, int levelShift, AnchorMap anchors, IWebContent content)
{
    private static readonly IBlockRenderer[] Renderers =
    [
        new HeadingRenderer(), new ParagraphRenderer(), new ListRenderer(), new QuoteRenderer(),
        new PipeTableRenderer(), new DirectiveRenderer(), new ThematicBreakRenderer(),
    ];

    private int tableCount;

    public HtmlWriter Writer { get; } = writer;

    public string Page { get; } = page;

    public int LevelShift { get; } = levelShift;

    public AnchorMap Anchors { get; } = anchors;

    public IWebContent Content { get; } = content;

    /// <summary>Text of the last heading written (pipe tables take their caption from it).</summary>
    public string CurrentSection { get; set; } = string.Empty;

    /// <summary>Number of blocks side by side while a row is written (figures are drawn at the PDF's width share).</summary>
    public int Columns { get; set; } = 1;

    /// <summary>A page-unique id for elements that have no anchor of their own.</summary>
    public string NextId(string stem) => $"{stem}-{(++tableCount).ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public void WriteBlocks(IEnumerable<DocBlock> blocks)
    {
        foreach (var block in blocks)
        {
            var renderer = Renderers.FirstOrDefault(r => r.Accepts(block))
                ?? throw new InvalidOperationException($"No web renderer for {block.GetType().Name}.");
            renderer.Write(this, block);
        }
    }

    public void WriteInlines(IReadOnlyList<DocInline> inlines) => InlineRenderer.Write(this, inlines);

    /// <summary>Level of a Markdown heading on this page (h1…h6).</summary>
    public int LevelOf(int markdownLevel) => Math.Clamp(markdownLevel + LevelShift, 1, 6);
}
