using Haan.Report.Templates.Markdown;

namespace Haan.Report.WebEdition.Rendering;

/// <summary>
/// Writes inline content: text (with the PDF's typographic fixes), strong, emphasis, line breaks and links. An empty
/// internal link <c>[](#id)</c> gets its label („Abbildung 12“) as in the PDF and points to the page holding the id.
/// </summary>
internal static class InlineRenderer
{
    public static void Write(HtmlRenderer renderer, IReadOnlyList<DocInline> inlines)
    {
        var writer = renderer.Writer;
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case DocText text:
                    writer.Text(renderer.Content.Typography(text.Text));
                    break;
                case DocStrong strong:
                    writer.Raw("<strong>");
                    Write(renderer, strong.Content);
                    writer.Raw("</strong>");
                    break;
                case DocEmphasis emphasis:
                    writer.Raw("<em>");
                    Write(renderer, emphasis.Content);
                    writer.Raw("</em>");
                    break;
                case DocLineBreak:
                    writer.Raw("<br>");
                    break;
                case DocLink link:
                    WriteLink(renderer, link);
                    break;
            }
        }
    }

    private static void WriteLink(HtmlRenderer renderer, DocLink link)
    {
        var writer = renderer.Writer;
        if (!link.Target.StartsWith('#'))
        {
            writer.Raw("<a href=\"").Text(link.Target).Raw("\">");
            Write(renderer, link.Content);
            writer.Raw("</a>");
            return;
        }

        var id = link.Target[1..];
        var href = renderer.Anchors.Href(id, renderer.Page)
                   ?? throw new InvalidOperationException($"The reference #{id} points to no page of the web edition.");
        writer.Raw("<a href=\"").Text(href).Raw("\">");
        if (link.Content.Count == 0)
        {
            writer.Text(renderer.Content.Typography(renderer.Content.LabelOf(id) ?? id));
        }
        else
        {
            Write(renderer, link.Content);
        }

        writer.Raw("</a>");
    }
}
