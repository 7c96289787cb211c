using System.Globalization;
using System.Text;
using Haan.Report.Templates.Markdown;
using Haan.Report.WebEdition.Pages;
using Haan.Report.WebEdition.Rendering;
using Haan.Report.WebEdition.Rendering.Blocks;

namespace Haan.Report.WebEdition;

/// <summary>
/// Builds the web edition of a report version from the same document tree as the PDF: <c>index.html</c> (title,
/// Das Wichtigste in Kürze, table of contents), one page per chapter, per Sozialraum profile and per appendix
/// section, the stylesheet, a small script (opens the data tables for printing) and the bundled fonts. Every file
/// depends only on the input, so two builds give the same bytes.
/// </summary>
public static class WebEditionBuilder
{
    public const string FontFolder = "schrift";

    /// <summary>Anchor of the title figure on the start page; the figure's SVG ids must start with it.</summary>
    public const string TitleFigureId = "uebersichtskarte";
    private const string ImprintId = "impressum";

    public static IReadOnlyList<WebFile> Build(WebEditionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (pages, summary) = PageSplitter.Split(input.Chapters);
        var content = input.Content;
        var anchors = new AnchorMap(pages, summary, content);
        var info = input.Info;
        var files = new List<WebFile>();

        var symbolsHref = content.SymbolsAnchor is { } symbols ? anchors.Href(symbols, string.Empty) : null;
        var imprintHref = anchors.Href(ImprintId, string.Empty);
        var first = pages.Count > 0 ? pages[0] : null;
        files.Add(Html("index.html", PageShell.Wrap(info, info.Title, [],
            null, first is null ? null : (PageShell.HeadingText(first, content), first.FileName),
            StartPage(input, pages, summary, anchors), symbolsHref, imprintHref)));

        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var heading = PageShell.HeadingText(page, content);
            var writer = new HtmlWriter();
            var renderer = new HtmlRenderer(writer, page.FileName, page.LevelShift, anchors, content);
            HeadingRenderer.WriteHeading(renderer, page.Heading, 1);
            renderer.WriteBlocks(page.Blocks);
            if (page.Children.Count > 0)
            {
                writer.Raw("<nav class=\"unterseiten\" aria-label=\"").Text($"Seiten in „{heading}“").Line("\"><ul>");
                foreach (var child in page.Children)
                {
                    writer.Raw("<li><a href=\"").Text(child.FileName).Raw("\">").Text(PageShell.HeadingText(child, content)).Line("</a></li>");
                }

                writer.Line("</ul></nav>");
            }

            var breadcrumb = new List<(string, string?)> { ("Start", "index.html") };
            if (page.Parent is { } parent)
            {
                breadcrumb.Add((PageShell.HeadingText(parent, content), parent.FileName));
            }

            breadcrumb.Add((heading, null));
            var previous = i == 0 ? ("Start", "index.html") : (PageShell.HeadingText(pages[i - 1], content), pages[i - 1].FileName);
            (string, string)? next = i + 1 < pages.Count ? (PageShell.HeadingText(pages[i + 1], content), pages[i + 1].FileName) : null;
            files.Add(Html(page.FileName, PageShell.Wrap(info, PageShell.Title(heading, info), breadcrumb, previous, next,
                writer.ToString(), symbolsHref, imprintHref)));
        }

        files.Add(new WebFile("bericht.css", Encoding.UTF8.GetBytes(Stylesheet(input.Fonts))));
        files.Add(new WebFile("bericht.js", Resource("bericht.js")));
        files.AddRange(input.Fonts.Select(f => new WebFile($"{FontFolder}/{f.FileName}", f.Bytes)));
        return files;
    }

    private static string StartPage(WebEditionInput input, IReadOnlyList<WebPage> pages, IReadOnlyList<DocBlock> summary, AnchorMap anchors)
    {
        var info = input.Info;
        var content = input.Content;
        var writer = new HtmlWriter();
        writer.Raw("<h1>").Text(info.Title).Line("</h1>");
        if (info.Subtitle.Length > 0)
        {
            writer.Raw("<p class=\"untertitel\">").Text(info.Subtitle).Line("</p>");
        }

        writer.Raw("<p class=\"herausgeber\">").Text($"Herausgeber: {info.Publisher} · Version {info.Version} · Stand {info.Stand}").Line("</p>");
        if (input.DataNotice is { } notice)
        {
            writer.Raw("<aside class=\"hinweis\" aria-label=\"Demonstrationsdaten\"><p><strong>Demonstrationsdaten</strong></p><p>").Text(notice).Line("</p></aside>");
        }

        var renderer = new HtmlRenderer(writer, "index.html", 1, anchors, content);
        if (input.TitleFigure is { } figure)
        {
            FigureWriter.Write(renderer, figure, TitleFigureId);
        }

        renderer.WriteBlocks(summary);
        writer.Line("<nav class=\"inhaltsverzeichnis\" aria-labelledby=\"inhaltsverzeichnis\">");
        writer.Line("<h2 id=\"inhaltsverzeichnis\">Inhalt</h2>");
        writer.Line("<ul>");
        foreach (var page in pages.Where(p => p.Parent is null))
        {
            writer.Raw("<li><a href=\"").Text(page.FileName).Raw("\">").Text(PageShell.HeadingText(page, content)).Raw("</a>");
            var sections = page.Children.Count > 0
                ? page.Children.Select(c => (Text: PageShell.HeadingText(c, content), Href: c.FileName)).ToList()
                : page.Blocks.OfType<DocHeading>().Where(h => h.Level == 2)
                    .Select(h => (Text: SectionText(h, content), Href: $"{page.FileName}#{anchors.IdOf(h)}")).ToList();
            if (sections.Count > 0)
            {
                writer.Line("<ul>");
                foreach (var (text, href) in sections)
                {
                    writer.Raw("<li><a href=\"").Text(href).Raw("\">").Text(text).Line("</a></li>");
                }

                writer.Raw("</ul>");
            }

            writer.Line("</li>");
        }

        writer.Line("</ul>");
        writer.Line("</nav>");
        return writer.ToString();
    }

    private static string SectionText(DocHeading heading, IWebContent content)
    {
        var text = content.Typography(PageSplitter.DocText(heading.Content));
        return content.NumberOf(heading) is { } number ? $"{number} {text}" : text;
    }

    private static string Stylesheet(IReadOnlyList<WebFont> fonts)
    {
        var builder = new StringBuilder();
        foreach (var font in fonts)
        {
            builder.Append(CultureInfo.InvariantCulture,
                $"@font-face {{ font-family: \"{font.Family}\"; src: url(\"{FontFolder}/{font.FileName}\") format(\"truetype\"); font-weight: {(font.Bold ? "700" : "400")}; font-style: {(font.Italic ? "italic" : "normal")}; font-display: swap; }}\n");
        }

        builder.Append(Encoding.UTF8.GetString(Resource("bericht.css")));
        return builder.ToString();
    }

    private static WebFile Html(string name, string html) => new(name, Encoding.UTF8.GetBytes(html));

    private static byte[] Resource(string name)
    {
        using var stream = typeof(WebEditionBuilder).Assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"Resource {name} is missing.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
