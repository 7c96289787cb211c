using Haan.Report.Templates.Markdown;

namespace Haan.Report.WebEdition.Rendering.Blocks;

internal sealed class QuoteRenderer : BlockRenderer<DocQuote>
{
    protected override void Write(HtmlRenderer renderer, DocQuote block)
    {
        renderer.Writer.Line("<blockquote>");
        renderer.WriteBlocks(block.Content);
        renderer.Writer.Line("</blockquote>");
    }
}
