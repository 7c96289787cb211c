namespace Haan.Report.WebEdition.Rendering;

/// <summary>
/// A figure: the inline SVG (<c>role="img"</c>, <c>title</c> = caption, <c>desc</c> = alternative text), the caption,
/// the source line and, right after it, the figure's values as a table in a <c>details</c> element.
/// </summary>
internal static class FigureWriter
{
    public static void Write(HtmlRenderer renderer, WebFigure figure, string? anchor)
    {
        var writer = renderer.Writer;
        var id = anchor ?? renderer.NextId("abbildung");
        var label = figure.Number is { } number ? $"Abbildung {number}: " : string.Empty;
        var title = renderer.Content.Typography(label + figure.Caption);
        writer.Raw("<figure class=\"abbildung\" id=\"").Text(id).Line("\">");
        writer.Raw(SvgEmbedding.Embed(figure.Svg, id, title, renderer.Content.Typography(figure.AltText))).Line();
        writer.Raw("<figcaption>");
        if (label.Length > 0)
        {
            writer.Raw("<strong>").Text(label.TrimEnd()).Raw("</strong> ");
        }

        writer.Text(renderer.Content.Typography(figure.Caption)).Line("</figcaption>");
        writer.Raw("<p class=\"quelle\">").Text(renderer.Content.Typography(figure.Source)).Line("</p>");
        writer.Line("</figure>");
        writer.Raw("<details class=\"daten\"><summary>Daten zu ").Text(label.Length > 0 ? label.TrimEnd().TrimEnd(':') : "der Abbildung").Line("</summary>");
        TableWriter.WriteTable(renderer, figure.Data with { Number = null, Caption = "Daten: " + title }, id + "-daten", "Tabelle");
        foreach (var note in figure.Data.Footnotes)
        {
            writer.Raw("<p class=\"fussnote\">").Text(renderer.Content.Typography(note)).Line("</p>");
        }

        writer.Line("</details>");
    }
}
