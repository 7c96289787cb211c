using Haan.Report.Templates.Markdown;

namespace Haan.Report.WebEdition.Rendering.Blocks;

internal sealed class ParagraphRenderer : BlockRenderer<DocParagraph>
{
    protected override void Write(HtmlRenderer renderer, DocParagraph block)
    {
        renderer.Writer.Raw("<p>");
        renderer.WriteInlines(block.Content);
        renderer.Writer.Line("</p>");
    }
}
