namespace Haan.Report.EndToEnd.Tests;

/// <summary>The per-chapter split of the layout snapshot: chapter pages, relative positions, furniture apart.</summary>
public sealed class LayoutChaptersTests
{
    private const string Dump = """
        p1 page 0.00 0.00 595.28 841.89
        p1 body 70.00 50.00 460.00 700.00
        p1 text 70.00 60.00 100.00 12.00 "Titel"
        p2 page 0.00 0.00 595.28 841.89
        p2 body 70.00 80.00 460.00 680.00
        p2 anchor 70.00 80.00 0.00 0.00 "armut"
        p2 text 70.00 80.00 90.00 24.00 "1 Armut und"
        p2 text 70.00 104.00 90.00 24.00 "Existenzsicherung"
        p2 text 70.00 140.00 300.00 14.00 "Die Quote liegt bei 7,9 %."
        p2 text 434.00 775.00 104.00 10.00 "Seite 2 von 3"
        p3 page 0.00 0.00 595.28 841.89
        p3 body 70.00 80.00 460.00 680.00
        p3 text 70.00 80.00 300.00 14.00 "Fortsetzung des Kapitels."
        p3 text 434.00 775.00 104.00 10.00 "Seite 3 von 3"
        p4 page 0.00 0.00 595.28 841.89
        p4 body 70.00 80.00 460.00 680.00
        p4 text 70.00 80.00 40.00 24.00 "Anhang"
        """;

    private const string Markdown = """
        <!-- kapitel/05-armut.md -->
        # Armut und Existenzsicherung {#armut}

        Text.
        <!-- kapitel/14-anhang.md -->
        # Anhang {#anhang .ohne-nummer}
        """;

    [Fact]
    public void Chapters_get_their_pages_with_positions_relative_to_the_body_and_the_furniture_goes_apart()
    {
        var chapters = LayoutChapters.Chapters(Markdown);
        Assert.Equal([("05-armut", "Armut und Existenzsicherung"), ("14-anhang", "Anhang")], chapters);

        var parts = LayoutChapters.Split(Dump, chapters).ToDictionary(p => p.Name, p => p.Text);

        Assert.Equal(["titelseite", "05-armut", "14-anhang", "seitenrahmen"], LayoutChapters.Split(Dump, chapters).Select(p => p.Name));
        Assert.Equal("S1 text 0.00 10.00 100.00 12.00 \"Titel\"\n", parts["titelseite"]);
        Assert.Equal(
            "S1 anchor 0.00 0.00 0.00 0.00 \"armut\"\n" +
            "S1 text 0.00 0.00 90.00 24.00 \"1 Armut und\"\n" +
            "S1 text 0.00 24.00 90.00 24.00 \"Existenzsicherung\"\n" +
            "S1 text 0.00 60.00 300.00 14.00 \"Die Quote liegt bei 7,9 %.\"\n" +
            "S2 text 0.00 0.00 300.00 14.00 \"Fortsetzung des Kapitels.\"\n",
            parts["05-armut"]);
        Assert.Equal("S1 text 0.00 0.00 40.00 24.00 \"Anhang\"\n", parts["14-anhang"]);
        Assert.Equal("p2 text 434.00 775.00 104.00 10.00 \"Seite 2 von 3\"\np3 text 434.00 775.00 104.00 10.00 \"Seite 3 von 3\"\n", parts["seitenrahmen"]);
    }

    [Fact]
    public void A_chapter_whose_title_is_not_at_the_top_of_a_page_is_an_error()
    {
        var chapters = new[] { ("05-armut", "Armut und Existenzsicherung"), ("07-familie", "Familie") };
        var error = Assert.Throws<InvalidOperationException>(() => LayoutChapters.Split(Dump, chapters));
        Assert.Contains("07-familie", error.Message, StringComparison.Ordinal);
    }
}
