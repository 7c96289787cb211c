using Haan.Report.Diagnostics;
using Haan.Report.Templates.Markdown;
using Haan.Report.Templates.Scripting;

namespace Haan.Report.Templates.Tests;

public sealed class MarkdownReaderTests
{
    [Fact]
    public void Reads_headings_with_ids_paragraph_spans_and_links()
    {
        var blocks = MarkdownReader.Read("k.md", "# Armut {#armut}\n\nDie Quote liegt **deutlich** über dem *Stadtwert*, siehe [Abbildung](#abb-sgb2).\n");

        var heading = Assert.IsType<DocHeading>(blocks[0]);
        Assert.Equal(1, heading.Level);
        Assert.Equal("armut", heading.Id);
        Assert.Equal(new DocText("Armut"), Assert.Single(heading.Content));

        var paragraph = Assert.IsType<DocParagraph>(blocks[1]);
        Assert.Equal(3, paragraph.Line);
        Assert.IsType<DocStrong>(paragraph.Content[1]);
        Assert.IsType<DocEmphasis>(paragraph.Content[3]);
        var link = Assert.IsType<DocLink>(paragraph.Content[5]);
        Assert.Equal("#abb-sgb2", link.Target);
    }

    [Fact]
    public void Reads_directives_with_arguments_and_caption()
    {
        var blocks = MarkdownReader.Read("k.md", "::: abbildung typ=balken indikator=sgb2_quote titel=\"SGB II, 2023\"\nSGB II-Quote nach Sozialraum\n:::\n");

        var directive = Assert.IsType<DocDirective>(Assert.Single(blocks));
        Assert.Equal("abbildung", directive.Name);
        Assert.Equal("balken", directive.Arguments["typ"]);
        Assert.Equal("SGB II, 2023", directive.Arguments["titel"]);
        Assert.IsType<DocParagraph>(Assert.Single(directive.Content));
    }

    [Fact]
    public void Garbled_directive_arguments_are_reported_with_line()
    {
        var exception = Assert.Throws<ProblemException>(() =>
            MarkdownReader.Read("k.md", "Text\n\n::: abbildung typ=balken ??\n:::\n"));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal(3, problem.Location!.Line);
        Assert.Contains("??", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_pipe_tables_with_alignment()
    {
        var blocks = MarkdownReader.Read("k.md", "| Gebiet | Quote |\n|:--|--:|\n| Gruiten | 5,1 % |\n");

        var table = Assert.IsType<DocTable>(Assert.Single(blocks));
        Assert.Equal([DocAlignment.Left, DocAlignment.Right], table.Alignments);
        Assert.Equal(new DocText("Gruiten"), Assert.Single(table.Rows[0][0]));
    }

    [Fact]
    public void Raw_html_is_rejected()
    {
        var exception = Assert.Throws<ProblemException>(() => MarkdownReader.Read("k.md", "<script>x</script>\n"));

        Assert.Contains("HTML", Assert.Single(exception.Problems).Message, StringComparison.Ordinal);
    }
}
