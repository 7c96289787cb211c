using Haan.Report.Templates.Markdown;

namespace Haan.Report.WebEdition.Pages;

/// <summary>
/// One HTML page: file name, its heading (the page's h1), the blocks it shows, how far heading levels move
/// (-1 on a sub-page, where the Markdown H2 becomes the page's h1), the chapter page it belongs to and its sub-pages.
/// </summary>
internal sealed class WebPage(string fileName, DocHeading heading, IReadOnlyList<DocBlock> blocks, int levelShift, WebPage? parent)
{
    public string FileName { get; } = fileName;

    public DocHeading Heading { get; } = heading;

    public IReadOnlyList<DocBlock> Blocks { get; } = blocks;

    public int LevelShift { get; } = levelShift;

    public WebPage? Parent { get; } = parent;

    public List<WebPage> Children { get; } = [];
}
