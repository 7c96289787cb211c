namespace Haan.Report.WebEdition.Rendering;

/// <summary>The list of figures or tables: one link per entry, to the page that shows it.</summary>
internal static class DirectoryWriter
{
    public static void Write(HtmlRenderer renderer, string kind, IReadOnlyList<WebDirectoryEntry> entries)
    {
        var writer = renderer.Writer;
        writer.Line("<ol class=\"verzeichnis\">");
        foreach (var entry in entries)
        {
            var href = renderer.Anchors.Href(entry.Id, renderer.Page)
                       ?? throw new InvalidOperationException($"{kind} {entry.Number} is on no page of the web edition.");
            writer.Raw("<li><a href=\"").Text(href).Raw("\"><span class=\"nummer\">").Text($"{kind} {entry.Number}")
                .Raw("</span> ").Text(renderer.Content.Typography(entry.Caption)).Line("</a></li>");
        }

        writer.Line("</ol>");
    }
}
