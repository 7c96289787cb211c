namespace Haan.Report.Layout.Tests;

/// <summary>Page flow: floating figures, figures that shrink to stay on the page, keep-with-next, widows and orphans.</summary>
public sealed class FlowTests
{
    private static readonly PageTemplate Small = new() { Size = new SkiaSharp.SKSize(300, 360), Margins = Margins.All(20), Footer = PageTemplate.PageNumberFooter };

    // Body height of the small page: 360 - 2 * 20 margin - 9.53 footer - 6 spacing = 304.47 pt; a 10 pt line is 13.62 pt.
    private const float Body = 304.47f;
    private const float Line = 13.62f;

    private static string[] Dump(Element content) => LayoutDump.Render(TestDocuments.Single(content, Small)).Split('\n');

    private static int PageOf(string[] dump, string quotedName)
        => int.Parse(dump.Single(l => l.EndsWith($"\"{quotedName}\"", StringComparison.Ordinal) && !l.Contains(" anchor ", StringComparison.Ordinal)).Split(' ')[0][1..],
            System.Globalization.CultureInfo.InvariantCulture);

    private static float TopOf(string[] dump, string quotedName)
        => float.Parse(dump.Single(l => l.EndsWith($"\"{quotedName}\"", StringComparison.Ordinal) && !l.Contains(" anchor ", StringComparison.Ordinal)).Split(' ')[3],
            System.Globalization.CultureInfo.InvariantCulture);

    private static Float Figure(string name, float height)
        => new(new Anchor(name, new KeepTogether(new Column(new CanvasElement(height, (_, _) => { }) { Name = name }, new Paragraph($"Bild {name}")) { Spacing = 3 })));

    [Fact]
    public void A_figure_that_does_not_fit_waits_for_the_next_page_while_the_text_continues()
    {
        var dump = Dump(new Column(new Spacer(Body - 100), new Paragraph("davor"), Figure("F", 150), new Paragraph("danach")) { Spacing = 6 });

        Assert.Equal(1, PageOf(dump, "davor"));
        Assert.Equal(1, PageOf(dump, "danach"));
        Assert.True(TopOf(dump, "danach") > TopOf(dump, "davor"));
        Assert.Equal(2, PageOf(dump, "F"));
        Assert.Equal(20f, TopOf(dump, "F")); // top of the next page's body
        Assert.Contains(dump, l => l.StartsWith("p2 anchor 20.00 20.00", StringComparison.Ordinal) && l.EndsWith("\"F\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Waiting_figures_keep_their_order_and_do_not_pass_a_heading()
    {
        var dump = Dump(new Column(new Spacer(Body - 100), new Paragraph("davor"), Figure("A", 150), new Paragraph("zwischen"), Figure("B", 20),
                new Paragraph("danach"), new Heading(2, "Neuer Abschnitt"), new Paragraph("im Abschnitt")) { Spacing = 6 });

        Assert.Equal(1, PageOf(dump, "zwischen"));
        Assert.Equal(1, PageOf(dump, "danach"));       // text continues …
        Assert.Equal(2, PageOf(dump, "A"));            // … the figure waits …
        Assert.Equal(2, PageOf(dump, "B"));            // … and the small figure after it waits behind it, though it would fit
        Assert.True(TopOf(dump, "B") > TopOf(dump, "A"));
        Assert.Equal(2, PageOf(dump, "Neuer Abschnitt"));
        Assert.True(TopOf(dump, "Neuer Abschnitt") > TopOf(dump, "B")); // the section starts after its figures
    }

    [Fact]
    public void A_heading_stays_with_its_text_when_the_figure_after_it_waits()
    {
        var dump = Dump(new Column(new Spacer(Body - 120), new Heading(2, "Titel"), Figure("F", 200), new Paragraph("Text zum Titel")) { Spacing = 6 });

        Assert.Equal(1, PageOf(dump, "Titel"));
        Assert.Equal(1, PageOf(dump, "Text zum Titel"));
        Assert.Equal(2, PageOf(dump, "F"));
    }

    [Fact]
    public void A_figure_fits_when_nothing_is_on_the_page_yet_and_is_never_dropped()
    {
        var dump = Dump(new Column(Figure("A", 250), Figure("B", 250), Figure("C", 250)) { Spacing = 6 });
        Assert.Equal(1, PageOf(dump, "A"));
        Assert.Equal(2, PageOf(dump, "B"));
        Assert.Equal(3, PageOf(dump, "C"));
    }

    [Fact]
    public void A_figure_block_shrinks_its_drawing_down_to_its_minimum_to_stay_on_the_page()
    {
        static Element Block(float minHeight) => new Column(
            new Spacer(Body - 200),
            new KeepTogether(new FigureBlock(new CanvasElement(200, (_, _) => { }) { Name = "F", MinHeight = minHeight }, new Paragraph("Bildunterschrift"))))
        {
            Spacing = 6,
        };

        var shrunk = Dump(Block(150));
        var canvas = shrunk.Single(l => l.EndsWith("\"F\"", StringComparison.Ordinal)).Split(' ');
        Assert.Equal("p1", canvas[0]);
        var height = float.Parse(canvas[5], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(height, 150f, 200f - Line);             // lower than set …
        Assert.Equal(1, PageOf(shrunk, "Bildunterschrift"));    // … so the caption stays with it

        var tooSmall = Dump(Block(195));
        Assert.Equal(2, PageOf(tooSmall, "F"));                 // not below its minimum: it moves instead
        Assert.Contains(tooSmall, l => l.StartsWith("p2 canvas", StringComparison.Ordinal) && l.Contains(" 200.00 \"F\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_lines_of_a_three_line_paragraph_never_leave_its_last_line_alone()
    {
        // Room for two lines: splitting 2 + 1 would leave a widow, 1 + 2 an orphan, so the whole paragraph moves.
        var text = "Die Stadt Haan legt mit diesem Bericht eine umfassende Übersicht über die soziale Lage vor. Die Kennzahlen beschreiben Bevölkerung.";
        Assert.Equal(3, Dump(new Paragraph(text)).Count(l => l.StartsWith("p1 text 20.00", StringComparison.Ordinal)));
        var three = Dump(new Column { new Spacer(Body - (2 * Line) - 1), new Paragraph(text) });
        Assert.Equal(3, three.Count(l => l.StartsWith("p2 text 20.00", StringComparison.Ordinal)));
        Assert.DoesNotContain(three, l => l.StartsWith("p1 text 20.00", StringComparison.Ordinal));
    }
}
