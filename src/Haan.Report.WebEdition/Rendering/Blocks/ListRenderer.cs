using System.Globalization;
using Haan.Report.Templates.Markdown;

namespace Haan.Report.WebEdition.Rendering.Blocks;

/// <summary>Bulleted and numbered lists; an item of one paragraph is written without its <c>p</c>, like a tight Markdown list.</summary>
internal sealed class ListRenderer : BlockRenderer<DocList>
{
    protected override void Write(HtmlRenderer renderer, DocList block)
    {
        var writer = renderer.Writer;
        if (block.Ordered)
        {
            writer.Raw("<ol");
            if (block.Start != 1)
            {
                writer.Raw(" start=\"").Raw(block.Start.ToString(CultureInfo.InvariantCulture)).Raw("\"");
            }

            writer.Line(">");
        }
        else
        {
            writer.Line("<ul>");
        }

        foreach (var item in block.Items)
        {
            writer.Raw("<li>");
            if (item is [DocParagraph single])
            {
                renderer.WriteInlines(single.Content);
            }
            else
            {
                writer.Line();
                renderer.WriteBlocks(item);
            }

            writer.Line("</li>");
        }

        writer.Line(block.Ordered ? "</ol>" : "</ul>");
    }
}
