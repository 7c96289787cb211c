using System.Globalization;
using Haan.Report.Templates.Markdown;
using Haan.Report.WebEdition.Pages;

namespace Haan.Report.WebEdition.Rendering.Blocks;

/// <summary>A heading with its number as in the PDF („3.2 Armut“), at the page's level, with its anchor id.</summary>
internal sealed class HeadingRenderer : BlockRenderer<DocHeading>
{
    protected override void Write(HtmlRenderer renderer, DocHeading block) => WriteHeading(renderer, block, renderer.LevelOf(block.Level));

    public static void WriteHeading(HtmlRenderer renderer, DocHeading block, int level)
    {
        var tag = "h" + level.ToString(CultureInfo.InvariantCulture);
        var writer = renderer.Writer;
        writer.Raw("<").Raw(tag).Raw(" id=\"").Text(renderer.Anchors.IdOf(block)).Raw("\">");
        if (renderer.Content.NumberOf(block) is { } number)
        {
            writer.Raw("<span class=\"nummer\">").Text(number).Raw("</span> ");
        }

        renderer.WriteInlines(block.Content);
        writer.Raw("</").Raw(tag).Line(">");
        renderer.CurrentSection = PageSplitter.DocText(block.Content);
    }
}
