using Haan.Report.Diagnostics;
using Haan.Report.Templates.Markdown;
using Haan.Report.Templates.Scripting;
using Scriban.Runtime;

namespace Haan.Report.Templates.Tests;

/// <summary>
/// Issue 20, classes 3 and 4: data never becomes markup, link targets are restricted, and templates are
/// deterministic and total (no randomness, no „Infinity“ or „NaN“).
/// </summary>
public sealed class HostileTemplateInputTests
{
    private const string Hostile = "# Haan *Süd* [mehr](javascript:alert(1)) &amp; <b>x</b> | a_b _c_ {#id} `code` \\";

    private static string Render(string text, ScriptObject? model = null)
    {
        var template = TemplateEngine.Parse("kapitel/test.md", text);
        return new TemplateEngine().Render("kapitel/test.md", template, model ?? new ScriptObject());
    }

    private static Problem SingleProblem(Action action) =>
        Assert.Single(Assert.Throws<ProblemException>(action).Problems);

    [Theory]
    [InlineData("Vorher {{ name }} nachher.")]
    [InlineData("{{ name }} am Zeilenanfang.")]
    [InlineData("- {{ name }}")]
    [InlineData("## {{ name }} {#profil}")]
    [InlineData("| Gebiet | Wert |\n|---|---|\n| {{ name }} | 1 |")]
    public void Data_values_arrive_as_text_never_as_markup(string template)
    {
        var model = new ScriptObject { ["name"] = Hostile };

        var blocks = MarkdownReader.Read("kapitel/test.md", Render(template, model));

        var inlines = Flatten(blocks).ToList();
        Assert.DoesNotContain(inlines, i => i is DocLink or DocStrong or DocEmphasis);
        Assert.Contains(Hostile, string.Concat(inlines.OfType<DocText>().Select(t => t.Text)), StringComparison.Ordinal);
        Assert.Single(blocks);
        if (blocks[0] is DocHeading heading)
        {
            Assert.Equal("profil", heading.Id);
        }
    }

    [Theory]
    [InlineData("1. Nord")]
    [InlineData("- Nord")]
    [InlineData("+ Nord")]
    [InlineData("=====")]
    [InlineData("::: abbildung typ=balken")]
    [InlineData("Zeile 1\n# Zeile 2")]
    public void A_value_at_the_start_of_a_line_never_starts_a_block(string value)
    {
        var model = new ScriptObject { ["name"] = value };

        var blocks = MarkdownReader.Read("kapitel/test.md", Render("Text davor.\n{{ name }}\n\n- {{ name }}", model));

        Assert.Equal(2, blocks.Count);
        var paragraph = Assert.IsType<DocParagraph>(blocks[0]);
        Assert.Equal("Text davor. " + value.Replace('\n', ' '), string.Concat(paragraph.Content.OfType<DocText>().Select(t => t.Text)));
        var list = Assert.IsType<DocList>(blocks[1]);
        var item = Assert.IsType<DocParagraph>(Assert.Single(Assert.Single(list.Items)));
        Assert.Equal(value.Replace('\n', ' '), string.Concat(item.Content.OfType<DocText>().Select(t => t.Text)));
    }

    [Fact]
    public void Markdown_written_by_the_program_is_inserted_as_it_is()
    {
        var model = new ScriptObject { ["methoden"] = new MarkdownFragment("- **eins**\n- zwei") };

        Assert.Equal("- **eins**\n- zwei", Render("{{ methoden }}", model));
    }

    [Theory]
    [InlineData("[hier](javascript:alert(1))", "javascript:alert(1)")]
    [InlineData("[Datei](file:///etc/passwd)", "file:///etc/passwd")]
    [InlineData("[x](data:text/html,hallo)", "data:text/html,hallo")]
    [InlineData("[relativ](../fremd.md)", "../fremd.md")]
    public void Only_web_mail_and_anchor_links_are_allowed(string markdown, string target)
    {
        var exception = Assert.Throws<ProblemException>(() => MarkdownReader.Read("kapitel/test.md", "Text\n\nMehr " + markdown + ".\n"));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal("kapitel/test.md", problem.Location!.File);
        Assert.Equal(3, problem.Location!.Line);
        Assert.Contains($"Das Linkziel „{target}“ ist nicht erlaubt", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Web_mail_and_anchor_links_are_kept()
    {
        var blocks = MarkdownReader.Read("k.md", "[a](https://www.haan.de) [b](http://x.de) [c](mailto:sozialplanung@haan.de) [d](#armut) <https://www.haan.de>\n");

        var targets = Flatten(blocks).OfType<DocLink>().Select(l => l.Target).ToList();
        Assert.Equal(["https://www.haan.de", "http://x.de", "mailto:sozialplanung@haan.de", "#armut", "https://www.haan.de"], targets);
    }

    [Theory]
    [InlineData("{{ math.random 1 7 }}", "math.random")]
    [InlineData("{{ math.uuid }}", "math.uuid")]
    public void Nothing_non_deterministic_is_available(string template, string name)
    {
        var problem = SingleProblem(() => Render("Text\n" + template));

        Assert.Equal(2, problem.Location!.Line);
        Assert.Contains($"„{name}“ ist in Berichtsvorlagen nicht verfügbar", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ 1/0 }}", "1/0")]
    [InlineData("{{ 0/0 }}", "0/0")]
    [InlineData("{{ 1.5 / 0 }}", "1.5/0")]
    [InlineData("{{ x = 0; 10 / x }}", "10/x")]
    public void A_non_finite_number_is_an_error_with_line(string template, string expression)
    {
        var problem = SingleProblem(() => Render("Text\nDie Quote ist " + template + " Prozent."));

        Assert.Equal(2, problem.Location!.Line);
        Assert.Contains($"„{expression}“ ergibt keinen endlichen Wert", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Finite_arithmetic_still_works()
    {
        Assert.Equal("2.5 3", Render("{{ 5 / 2 }} {{ 6 / 2 }}"));
    }

    private static IEnumerable<DocInline> Flatten(IEnumerable<DocBlock> blocks) => blocks.SelectMany(block => block switch
    {
        DocParagraph p => Flatten(p.Content),
        DocHeading h => Flatten(h.Content),
        DocList l => Flatten(l.Items.SelectMany(i => i)),
        DocQuote q => Flatten(q.Content),
        DocTable t => t.Header.Concat(t.Rows.SelectMany(r => r)).SelectMany(Flatten),
        _ => [],
    });

    private static IEnumerable<DocInline> Flatten(IEnumerable<DocInline> inlines) => inlines.SelectMany(inline => inline switch
    {
        DocStrong s => Flatten(s.Content).Prepend(s),
        DocEmphasis e => Flatten(e.Content).Prepend(e),
        DocLink l => Flatten(l.Content).Prepend(l),
        _ => [inline],
    });
}
