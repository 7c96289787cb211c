using System.Text;
using Haan.Report.Templates.Markdown;

namespace Haan.Report.WebEdition.Tests;

public sealed class WebEditionBuilderTests
{
    private const string Markdown = """
        # Inhalt {.ohne-nummer}

        ::: inhaltsverzeichnis
        :::

        # Das Wichtigste in Kürze {#kurzfassung .ohne-nummer}

        - Armut: siehe [](#armut) und [](#tab-quote).

        # Armut {#armut}

        Die SGB II-Quote \<b\>sinkt\</b\>.

        ::: abbildung typ=balken id=abb-quote
        Quote nach Sozialraum
        :::

        ::: tabelle typ=indikator id=tab-quote
        Quote 2023
        :::

        ## Ohne Id

        | Frage | Antwort |
        |:--|--:|
        | Wo? | [](#profil-a) |

        # Profile {#profile}

        Einleitung der Profile.

        ---

        ## Nord {#profil-a}

        :::: reihe
        ::: abbildung typ=lagekarte id=lage-a
        Lage
        :::

        ::: abbildung typ=pyramide id=pyr-a
        Pyramide
        :::
        ::::

        ---

        ## Süd {#profil-b}

        Text über Süd, zurück zu [Armut](#armut).

        # Anhang {#anhang .ohne-nummer}

        ## Zeichen {#zeichen .ohne-nummer}

        ::: tabelle typ=zeichen id=tab-zeichen
        Zeichenerklärung
        :::

        ## Impressum {#impressum .ohne-nummer}

        Herausgeber.
        """;

    private static (IReadOnlyList<WebFile> Files, FakeContent Content) Build(bool synthetic = true)
    {
        var blocks = MarkdownReader.Read("test.md", Markdown);
        var content = new FakeContent(blocks);
        var info = new WebEditionInfo("Bericht", "Untertitel", "Stadt", "1.0.0", "30.06.2025", synthetic, "b.pdf", "b-indikatoren.csv", "b-indikatoren.xlsx");
        var fonts = new[] { new WebFont("Noto Sans", "Regular.ttf", [1, 2, 3], false, false), new WebFont("Noto Sans", "Bold.ttf", [4], true, false) };
        return (WebEditionBuilder.Build(new WebEditionInput(info, [blocks], content, fonts) { DataNotice = "Synthetisch." }), content);
    }

    private static string Page(IReadOnlyList<WebFile> files, string name) =>
        Encoding.UTF8.GetString(files.Single(f => f.Name == name).Bytes);

    [Fact]
    public void Chapters_profiles_and_appendix_sections_get_one_page_each()
    {
        var (files, _) = Build();
        Assert.Equal(
            ["index.html", "armut.html", "profile.html", "profil-a.html", "profil-b.html", "anhang.html", "zeichen.html", "impressum.html",
             "bericht.css", "bericht.js", "schrift/Regular.ttf", "schrift/Bold.ttf"],
            files.Select(f => f.Name));
        Assert.Equal([1, 2, 3], files.Single(f => f.Name == "schrift/Regular.ttf").Bytes);
    }

    [Fact]
    public void The_start_page_has_the_summary_and_a_table_of_contents_with_sub_pages()
    {
        var (files, _) = Build();
        var index = Page(files, "index.html");
        Assert.Contains("<h1>Bericht</h1>", index, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"kurzfassung\">Das Wichtigste in Kürze</h2>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"armut.html#armut\">Kapitel 1</a>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"armut.html#tab-quote\">Tabelle 1</a>", index, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"profil-a.html\">Nord</a></li>", index, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"armut.html#abschnitt-ohne-id\">Ohne Id</a></li>", index, StringComparison.Ordinal);
        Assert.DoesNotContain("Inhalt {", index, StringComparison.Ordinal);
        Assert.Contains("<p><strong>Demonstrationsdaten</strong></p><p>Synthetisch.</p>", index, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sub_page_starts_with_its_own_h1_and_links_back_across_pages()
    {
        var (files, _) = Build();
        var profile = Page(files, "profil-b.html");
        Assert.Contains("<h1 id=\"profil-b\">Süd</h1>", profile, StringComparison.Ordinal);
        Assert.Contains("<a href=\"armut.html#armut\">Armut</a>", profile, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"profile.html\">2 Profile</a></li>", profile, StringComparison.Ordinal);
        Assert.Contains("<a rel=\"prev\" href=\"profil-a.html\">", profile, StringComparison.Ordinal);
        Assert.Contains("<a rel=\"next\" href=\"anhang.html\">", profile, StringComparison.Ordinal);
        var chapter = Page(files, "profile.html");
        Assert.Contains("<h1 id=\"profile\"><span class=\"nummer\">2</span> Profile</h1>", chapter, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"profil-a.html\">Nord</a></li>", chapter, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2", chapter, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_has_the_furniture()
    {
        var (files, _) = Build();
        foreach (var file in files.Where(f => f.Name.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = Encoding.UTF8.GetString(file.Bytes);
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"de\">", html, StringComparison.Ordinal);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<h1[ >]"));
            foreach (var part in new[] { "<title>", "<header class=\"kopf\">", "<main id=\"inhalt\"", "<footer class=\"fuss\">", "href=\"#inhalt\">Zum Inhalt springen</a>",
                         "<strong>Demonstrationsdaten</strong>", "Version 1.0.0 · Stand 30.06.2025", "href=\"../b.pdf\"", "href=\"../b-indikatoren.csv\"", "href=\"../b-indikatoren.xlsx\"",
                         "href=\"zeichen.html#tab-zeichen\">Zeichenerklärung</a>", "<link rel=\"stylesheet\" href=\"bericht.css\">" })
            {
                Assert.Contains(part, html, StringComparison.Ordinal);
            }

            // nothing is loaded from elsewhere
            Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        }

        Assert.DoesNotContain("Demonstrationsdaten", Page(Build(synthetic: false).Files, "armut.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_keep_display_values_with_caption_scopes_and_right_aligned_numbers()
    {
        var (files, _) = Build();
        var page = Page(files, "armut.html");
        Assert.Contains("<caption id=\"tab-quote-titel\"><strong>Tabelle 1:</strong> Quote 2023</caption>", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Sozialraum</th><th scope=\"col\" class=\"zahl\">2023 (%)</th>", page, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Nord</th><td class=\"zahl\">(7,9)</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Süd</th><td class=\"zahl\">.</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"summe\"><th scope=\"row\">Stadt</th><td class=\"zahl\">x</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"fussnote\">Fußnote &lt;1&gt;</p>", page, StringComparison.Ordinal);
        Assert.Contains("Quelle: Test &amp; Co.", page, StringComparison.Ordinal);
        Assert.Contains("class=\"tabelle-rahmen\" role=\"region\" tabindex=\"0\"", page, StringComparison.Ordinal);

        // a pipe table takes the heading of its section as caption; its links work across pages
        Assert.Contains("<caption id=\"tabelle-1\">Ohne Id</caption>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"zahl\"><a href=\"profil-a.html#profil-a\">profil-a</a></td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_escaped_and_gets_the_pdf_typography()
    {
        var (files, _) = Build();
        var page = Page(files, "armut.html");
        Assert.Contains("Die SGB\u00A0II-Quote &lt;b&gt;sinkt&lt;/b&gt;.", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_are_inline_svg_with_title_desc_source_and_data_table()
    {
        var (files, content) = Build();
        var page = Page(files, "armut.html");
        Assert.Contains("<figure class=\"abbildung\" id=\"abb-quote\">", page, StringComparison.Ordinal);
        Assert.Contains("<figure class=\"abbildung\" id=\"abb-quote\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 200 100\" role=\"img\" aria-labelledby=\"abb-quote-t abb-quote-d\" focusable=\"false\">" +
                        "<title id=\"abb-quote-t\">Abbildung 1: Bild</title><desc id=\"abb-quote-d\">Ein Balken je Sozialraum &lt;klein&gt;.</desc>\n<defs><clipPath id=\"abb-quote-1\">", page, StringComparison.Ordinal);
        Assert.Contains("clip-path=\"url(#abb-quote-1)\" d=\"M0 0L10 10\"/><text font-family=\"Noto Sans\">Nord</text></svg>\n<figcaption>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", page, StringComparison.Ordinal);
        Assert.Contains("<figcaption><strong>Abbildung 1:</strong> Bild</figcaption>\n<p class=\"quelle\">Quelle: Test.</p>\n</figure>\n<details class=\"daten\"><summary>Daten zu Abbildung 1</summary>", page, StringComparison.Ordinal);
        Assert.Contains("<caption id=\"abb-quote-daten\">Daten: Abbildung 1: Bild</caption>", page, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Süd</th><td class=\"zahl\">.</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"fussnote\">„.“ = Wert geheim.</p>\n</details>", page, StringComparison.Ordinal);

        // figures side by side are drawn for their share of the width, as in the PDF
        Assert.Equal([1, 2, 2], content.FigureColumns);
        Assert.Contains("<div class=\"reihe\">", Page(files, "profil-a.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_stylesheet_declares_the_bundled_fonts_and_a_print_layout()
    {
        var (files, _) = Build();
        var css = Page(files, "bericht.css");
        Assert.StartsWith("@font-face { font-family: \"Noto Sans\"; src: url(\"schrift/Regular.ttf\") format(\"truetype\"); font-weight: 400; font-style: normal;", css, StringComparison.Ordinal);
        Assert.Contains("src: url(\"schrift/Bold.ttf\") format(\"truetype\"); font-weight: 700;", css, StringComparison.Ordinal);
        Assert.Contains("@media print", css, StringComparison.Ordinal);
        Assert.Contains(".tabelle-rahmen { overflow-x: auto;", css, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_builds_are_byte_identical()
    {
        var first = Build().Files;
        var second = Build().Files;
        Assert.Equal(first.Select(f => f.Name), second.Select(f => f.Name));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
    }
}
