using Haan.Report.WebEdition.Pages;

namespace Haan.Report.WebEdition.Rendering;

/// <summary>
/// The furniture of every page: <c>lang="de"</c>, title, stylesheet, skip link, header with report title, version,
/// Stand and the Demonstrationsdaten label, breadcrumb, main content, previous/next links and a footer with the PDF
/// and the indicator tables of the same version.
/// </summary>
internal static class PageShell
{
    public static string Wrap(WebEditionInfo info, string title, IReadOnlyList<(string Text, string? Href)> breadcrumb,
        (string Text, string Href)? previous, (string Text, string Href)? next, string main, string? symbolsHref, string? imprintHref)
    {
        var w = new HtmlWriter();
        w.Line("<!DOCTYPE html>");
        w.Line("<html lang=\"de\">");
        w.Line("<head>");
        w.Line("<meta charset=\"utf-8\">");
        w.Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        w.Raw("<title>").Text(title).Line("</title>");
        w.Line("<link rel=\"stylesheet\" href=\"bericht.css\">");
        w.Line("<script src=\"bericht.js\" defer></script>");
        w.Line("</head>");
        w.Line("<body>");
        w.Line("<a class=\"sprungmarke\" href=\"#inhalt\">Zum Inhalt springen</a>");
        w.Line("<header class=\"kopf\">");
        w.Raw("<p class=\"bericht\"><a href=\"index.html\">").Text(info.Title).Line("</a></p>");
        w.Raw("<p class=\"stand\">").Text($"Version {info.Version} · Stand {info.Stand}").Line("</p>");
        if (info.Synthetic)
        {
            w.Line("<p class=\"demo\"><strong>Demonstrationsdaten</strong> – Sozialraumwerte synthetisch, keine amtlichen Zahlen</p>");
        }

        if (breadcrumb.Count > 0)
        {
            w.Line("<nav class=\"pfad\" aria-label=\"Sie sind hier\"><ol>");
            foreach (var (text, href) in breadcrumb)
            {
                if (href is null)
                {
                    w.Raw("<li aria-current=\"page\">").Text(text).Line("</li>");
                }
                else
                {
                    w.Raw("<li><a href=\"").Text(href).Raw("\">").Text(text).Line("</a></li>");
                }
            }

            w.Line("</ol></nav>");
        }

        w.Line("</header>");
        w.Line("<main id=\"inhalt\" tabindex=\"-1\">");
        w.Raw(main);
        w.Line("</main>");
        if (previous is not null || next is not null)
        {
            w.Line("<nav class=\"blaettern\" aria-label=\"Blättern\">");
            if (previous is { } p)
            {
                w.Raw("<a rel=\"prev\" href=\"").Text(p.Href).Raw("\"><span class=\"richtung\">Zurück:</span> ").Text(p.Text).Line("</a>");
            }

            if (next is { } n)
            {
                w.Raw("<a rel=\"next\" href=\"").Text(n.Href).Raw("\"><span class=\"richtung\">Weiter:</span> ").Text(n.Text).Line("</a>");
            }

            w.Line("</nav>");
        }

        w.Line("<footer class=\"fuss\">");
        w.Line("<ul>");
        w.Raw("<li><a href=\"../").Text(Uri.EscapeDataString(info.PdfFile)).Raw("\">").Text($"Bericht als PDF (Version {info.Version})").Line("</a></li>");
        w.Raw("<li><a href=\"../").Text(Uri.EscapeDataString(info.CsvFile)).Raw("\">").Text("Indikatortabellen als CSV").Line("</a></li>");
        w.Raw("<li><a href=\"../").Text(Uri.EscapeDataString(info.XlsxFile)).Raw("\">").Text("Indikatortabellen als Excel-Datei (XLSX)").Line("</a></li>");
        if (symbolsHref is not null)
        {
            w.Raw("<li><a href=\"").Text(symbolsHref).Line("\">Zeichenerklärung</a></li>");
        }

        if (imprintHref is not null)
        {
            w.Raw("<li><a href=\"").Text(imprintHref).Line("\">Impressum</a></li>");
        }

        w.Line("</ul>");
        w.Raw("<p>").Text($"{info.Publisher} · Version {info.Version} · Stand {info.Stand}").Line("</p>");
        w.Line("</footer>");
        w.Line("</body>");
        w.Line("</html>");
        return w.ToString();
    }

    /// <summary>Page title: the page's heading, then the report.</summary>
    public static string Title(string heading, WebEditionInfo info) => $"{heading} – {info.Title} (Version {info.Version})";

    internal static string HeadingText(WebPage page, IWebContent content)
    {
        var text = content.Typography(PageSplitter.DocText(page.Heading.Content));
        return content.NumberOf(page.Heading) is { } number ? $"{number} {text}" : text;
    }
}
