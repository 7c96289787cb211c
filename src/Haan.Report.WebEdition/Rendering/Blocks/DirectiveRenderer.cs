using Haan.Report.Templates.Markdown;

namespace Haan.Report.WebEdition.Rendering.Blocks;

/// <summary>
/// The report's directives: figures and tables (from the PDF's composition), notices, rows of blocks side by side,
/// the lists of figures and tables and the table of contents. Page breaks write nothing.
/// </summary>
internal sealed class DirectiveRenderer : BlockRenderer<DocDirective>
{
    protected override void Write(HtmlRenderer renderer, DocDirective block)
    {
        var writer = renderer.Writer;
        switch (block.Name)
        {
            case "abbildung":
                FigureWriter.Write(renderer, renderer.Content.Figure(block, renderer.Columns), renderer.Content.AnchorOf(block));
                break;
            case "tabelle":
                TableWriter.Write(renderer, renderer.Content.Table(block), renderer.Content.AnchorOf(block) ?? renderer.NextId("tabelle"));
                break;
            case "hinweis":
                writer.Line("<aside class=\"hinweis\" aria-label=\"Hinweis\">");
                renderer.WriteBlocks(block.Content);
                writer.Line("</aside>");
                break;
            case "reihe":
                writer.Line("<div class=\"reihe\">");
                var before = renderer.Columns;
                renderer.Columns = block.Content.Count;
                foreach (var item in block.Content)
                {
                    writer.Line("<div class=\"reihe-teil\">");
                    renderer.WriteBlocks([item]);
                    writer.Line("</div>");
                }

                renderer.Columns = before;
                writer.Line("</div>");
                break;
            case "abbildungsverzeichnis":
                DirectoryWriter.Write(renderer, "Abbildung", renderer.Content.Figures);
                break;
            case "tabellenverzeichnis":
                DirectoryWriter.Write(renderer, "Tabelle", renderer.Content.Tables);
                break;
            case "seitenumbruch":
            case "inhaltsverzeichnis":
                // the start page carries the table of contents; a page break has no meaning on a web page
                break;
            default:
                throw new InvalidOperationException($"Unknown directive ::: {block.Name} reached the web edition.");
        }
    }
}
