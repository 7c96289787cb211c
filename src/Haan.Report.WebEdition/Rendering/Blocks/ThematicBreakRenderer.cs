using Haan.Report.Templates.Markdown;

namespace Haan.Report.WebEdition.Rendering.Blocks;

/// <summary>A Markdown rule is a page break in the PDF; on a web page it has no meaning and writes nothing.</summary>
internal sealed class ThematicBreakRenderer : BlockRenderer<DocThematicBreak>
{
    protected override void Write(HtmlRenderer renderer, DocThematicBreak block)
    {
    }
}
