namespace Haan.Report.WebEdition.Rendering;

/// <summary>
/// A table as <c>table</c> with <c>caption</c>, column headings <c>th scope="col"</c>, row headings <c>th scope="row"</c>
/// where the first column names the row, numbers right-aligned, inside a container that scrolls on narrow screens;
/// footnotes, source line and a link to the Zeichenerklärung below.
/// </summary>
internal static class TableWriter
{
    public static void Write(HtmlRenderer renderer, WebTable table, string id, string label = "Tabelle")
    {
        var writer = renderer.Writer;
        var captionId = id + "-titel";
        writer.Raw("<div class=\"tabelle\" id=\"").Text(id).Line("\">");
        WriteTable(renderer, table, captionId, label);
        foreach (var note in table.Footnotes)
        {
            writer.Raw("<p class=\"fussnote\">").Text(renderer.Content.Typography(note)).Line("</p>");
        }

        writer.Raw("<p class=\"quelle\">").Text(renderer.Content.Typography(table.Source));
        if (renderer.Content.SymbolsAnchor is { } symbols && renderer.Anchors.Href(symbols, renderer.Page) is { } href && id != symbols)
        {
            writer.Raw(" <a class=\"zeichen\" href=\"").Text(href).Raw("\">Zeichenerklärung</a>");
        }

        writer.Line("</p>");
        writer.Line("</div>");
    }

    /// <summary>The <c>table</c> element in its scroll container (also used for the data of a figure).</summary>
    public static void WriteTable(HtmlRenderer renderer, WebTable table, string captionId, string label)
    {
        var writer = renderer.Writer;
        writer.Raw("<div class=\"tabelle-rahmen\" role=\"region\" tabindex=\"0\" aria-labelledby=\"").Text(captionId).Line("\">");
        writer.Raw("<table><caption id=\"").Text(captionId).Raw("\">");
        if (table.Number is { } number)
        {
            writer.Raw("<strong>").Text($"{label} {number}:").Raw("</strong> ");
        }

        writer.Text(renderer.Content.Typography(table.Caption)).Line("</caption>");
        var header = table.Rows.TakeWhile(r => r.Kind == WebRowKind.Header).ToList();
        if (header.Count > 0)
        {
            writer.Line("<thead>");
            foreach (var row in header)
            {
                writer.Raw("<tr>");
                for (var c = 0; c < row.Cells.Count; c++)
                {
                    writer.Raw("<th scope=\"col\"").Raw(Align(table, c)).Raw(">").Text(row.Cells[c]).Raw("</th>");
                }

                writer.Line("</tr>");
            }

            writer.Line("</thead>");
        }

        writer.Line("<tbody>");
        foreach (var row in table.Rows.Skip(header.Count))
        {
            writer.Raw(row.Kind == WebRowKind.Highlight ? "<tr class=\"summe\">" : "<tr>");
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var text = renderer.Content.Typography(row.Cells[c]);
                if (c == 0 && table.FirstColumnHeadsRows)
                {
                    writer.Raw("<th scope=\"row\"").Raw(Align(table, c)).Raw(">").Text(text).Raw("</th>");
                }
                else
                {
                    writer.Raw("<td").Raw(Align(table, c)).Raw(">").Text(text).Raw("</td>");
                }
            }

            writer.Line("</tr>");
        }

        writer.Line("</tbody></table>");
        writer.Line("</div>");
    }

    private static string Align(WebTable table, int column) =>
        column < table.RightAligned.Count && table.RightAligned[column] ? " class=\"zahl\"" : string.Empty;
}
