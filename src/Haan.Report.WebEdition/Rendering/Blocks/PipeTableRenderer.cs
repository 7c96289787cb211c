using Haan.Report.Templates.Markdown;

namespace Haan.Report.WebEdition.Rendering.Blocks;

/// <summary>
/// A pipe table written in Markdown. It has no caption in the Markdown; the web table takes the heading of its section
/// as caption (a screen reader announces it when entering the table).
/// </summary>
internal sealed class PipeTableRenderer : BlockRenderer<DocTable>
{
    protected override void Write(HtmlRenderer renderer, DocTable block)
    {
        var writer = renderer.Writer;
        var id = renderer.NextId("tabelle");
        writer.Raw("<div class=\"tabelle-rahmen\" role=\"region\" tabindex=\"0\" aria-labelledby=\"").Raw(id).Line("\">");
        writer.Raw("<table><caption id=\"").Raw(id).Raw("\">").Text(renderer.CurrentSection).Line("</caption>");
        if (block.Header.Count > 0)
        {
            writer.Raw("<thead><tr>");
            for (var c = 0; c < block.Header.Count; c++)
            {
                writer.Raw("<th scope=\"col\"").Raw(Align(block, c)).Raw(">");
                renderer.WriteInlines(block.Header[c]);
                writer.Raw("</th>");
            }

            writer.Line("</tr></thead>");
        }

        writer.Line("<tbody>");
        foreach (var row in block.Rows)
        {
            writer.Raw("<tr>");
            for (var c = 0; c < row.Count; c++)
            {
                writer.Raw("<td").Raw(Align(block, c)).Raw(">");
                renderer.WriteInlines(row[c]);
                writer.Raw("</td>");
            }

            writer.Line("</tr>");
        }

        writer.Line("</tbody></table>");
        writer.Line("</div>");
    }

    private static string Align(DocTable table, int column) => column < table.Alignments.Count ? table.Alignments[column] switch
    {
        DocAlignment.Right => " class=\"zahl\"",
        DocAlignment.Center => " class=\"mitte\"",
        _ => string.Empty,
    } : string.Empty;
}
