namespace Haan.Report.Layout.Tests;

/// <summary>German hyphenation with the bundled LibreOffice patterns (templates/hyphenation) and the report's exceptions.</summary>
public sealed class HyphenationTests
{
    private static readonly Lazy<Hyphenator> German = new(() =>
    {
        var folder = Path.GetDirectoryName(TestDocuments.FontPath("Regular"))!;
        var hyphenation = Path.Combine(folder, "..", "hyphenation");
        var hyphenator = Hyphenator.FromFile(Path.Combine(hyphenation, "hyph_de_DE.dic"));
        Assert.Empty(hyphenator.AddExceptions(File.ReadAllLines(Path.Combine(hyphenation, "ausnahmen.txt")), "ausnahmen.txt"));
        return hyphenator;
    });

    /// <summary>Every break a correct German hyphenation allows (Duden, new spelling); the hyphenator may use fewer, never others.</summary>
    public static TheoryData<string> LongWords => new()
    {
        "Sta-tus-in-dex",
        "So-zi-al-in-dex",
        "Schul-so-zi-al-in-dex",
        "De-mons-tra-ti-ons-da-ten",
        "Ar-muts-ge-fähr-dungs-quo-te",
        "Min-dest-si-che-rungs-quo-te",
        "Be-völ-ke-rungs-fort-schrei-bung",
        "Be-völ-ke-rungs-ent-wick-lung",
        "Ein-woh-ne-rin-nen",
        "Be-treu-ungs-quo-te",
        "Ver-än-de-rung",
        "Al-lein-er-zie-hen-de",
        "Ar-beits-lo-sen-quo-te",
        "La-de-säu-len-re-gis-ter",
        "Er-reich-bar-keit",
        "Hit-ze-vul-ne-ra-bi-li-tät",
        "Ge-heim-hal-tung",
        "Grund-si-che-rung",
        "Kin-der-ta-ges-ein-rich-tung",
        "Wohn-be-rech-ti-gungs-schein",
        "Ta-bel-len-an-hang",
        "Staats-an-ge-hö-rig-keit",
        "Spiel-flä-chen-be-darfs-pla-nung",
        "Leit-in-di-ka-tor",
        "Ge-samt-stadt",
        "Wei-ter-ent-wick-lung",
        "kreis-an-ge-hö-ri-gen",
        "dau-er-haf-ter",
    };

    [Theory]
    [MemberData(nameof(LongWords))]
    public void Long_words_break_only_at_allowed_points(string allowed)
    {
        var word = allowed.Replace("-", string.Empty, StringComparison.Ordinal);
        var allowedPoints = new HashSet<int>();
        var letters = 0;
        foreach (var c in allowed)
        {
            if (c == '-')
            {
                allowedPoints.Add(letters);
            }
            else
            {
                letters++;
            }
        }

        var points = German.Value.Points(word);
        Assert.NotEmpty(points);
        var wrong = points.Where(p => !allowedPoints.Contains(p)).ToList();
        Assert.True(wrong.Count == 0, $"{German.Value.Hyphenate(word, "-")}: falsche Trennstelle(n) in „{word}“, erlaubt ist „{allowed}“.");
        Assert.True(points.Count * 2 >= allowedPoints.Count(p => p >= 2 && p <= word.Length - 3), $"zu wenige Trennstellen: {German.Value.Hyphenate(word, "-")} statt {allowed}");
    }

    [Fact]
    public void Short_words_numbers_and_mixed_tokens_are_not_hyphenated()
    {
        Assert.Empty(German.Value.Points("Haus"));
        Assert.Empty(German.Value.Points("SGB2"));
        Assert.Empty(German.Value.Points("12345678"));
    }

    private static readonly PageTemplate Narrow = new() { Size = new SkiaSharp.SKSize(110, 400), Margins = Margins.All(10) };

    private static List<string> Lines(Paragraph paragraph, Hyphenator? hyphenator, float pageWidth = 110)
    {
        var document = new Document { Fonts = TestDocuments.Fonts, Hyphenation = hyphenator };
        document.Add(pageWidth == 110 ? Narrow : new PageTemplate { Size = new SkiaSharp.SKSize(pageWidth, 800), Margins = Margins.All(10) }, paragraph);
        return [.. LayoutDump.Render(document).Split('\n').Where(l => l.Contains(" text ", StringComparison.Ordinal)).Select(l => l[(l.IndexOf('"', StringComparison.Ordinal) + 1)..^1])];
    }

    [Theory]
    [InlineData("Statusindex Mindestsicherungsquote Betreuungsquote Einwohnerinnen")]
    [InlineData("Veränderung Bevölkerungsentwicklung Alleinerziehende")]
    public void Narrow_column_headers_break_at_hyphenation_points_instead_of_anywhere(string header)
    {
        var lines = Lines(new Paragraph(header) { FontSize = 9, Bold = true }, German.Value);
        Assert.True(lines.Count > 2);
        var broken = string.Concat(lines.Select(l => l.TrimEnd()).Select(l => l.EndsWith('-') ? l : l + " ")).Trim();
        var expected = string.Join(" ", header.Split(' ').Select(w => German.Value.Hyphenate(w, "-")));
        foreach (var line in lines)
        {
            var last = line.TrimEnd().Split(' ')[^1];
            if (last.EndsWith('-'))
            {
                // A line that ends inside a word ends at one of the word's hyphenation points.
                var stem = last.TrimEnd('-');
                Assert.Contains(expected.Split(' '), w => w.Replace("-", "", StringComparison.Ordinal).Length > stem.Length && w.Contains(stem + "-", StringComparison.Ordinal) || w.Split('-').Any(part => stem.EndsWith(part, StringComparison.Ordinal)));
            }
        }

        Assert.Equal(header.Replace(" ", string.Empty, StringComparison.Ordinal), broken.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimEnd().EndsWith('-'));
    }

    [Fact]
    public void Without_patterns_an_over_long_word_breaks_anywhere_with_them_at_a_syllable()
    {
        var without = Lines(new Paragraph("Mindestsicherungsquote") { FontSize = 14 }, null);
        var with = Lines(new Paragraph("Mindestsicherungsquote") { FontSize = 14 }, German.Value);
        Assert.DoesNotContain(without, l => l.EndsWith('-'));            // emergency break, no hyphen
        Assert.All(with.SkipLast(1), l => Assert.EndsWith("-", l, StringComparison.Ordinal));
        Assert.Equal("Mindestsicherungsquote", string.Concat(with.Select(l => l.TrimEnd('-'))));
        var points = German.Value.Points("Mindestsicherungsquote");
        var position = 0;
        foreach (var line in with.SkipLast(1))
        {
            position += line.TrimEnd('-').Length;
            Assert.Contains(position, points);
        }
    }

    [Fact]
    public void A_soft_hyphen_from_the_author_wins_over_the_patterns()
    {
        // Greedy with the patterns alone would fill the line up to „Mindestsicherungs-“; the author's break comes first.
        static List<string> Wide(string text, Hyphenator hyphenator)
        {
            var document = new Document { Fonts = TestDocuments.Fonts, Hyphenation = hyphenator };
            document.Add(new PageTemplate { Size = new SkiaSharp.SKSize(140, 400), Margins = Margins.All(10) }, new Paragraph(text));
            return [.. LayoutDump.Render(document).Split('\n').Where(l => l.Contains(" text ", StringComparison.Ordinal)).Select(l => l[(l.IndexOf('"', StringComparison.Ordinal) + 1)..^1])];
        }

        Assert.Equal(["Die Mindestsicherungs-", "quote"], Wide("Die Mindestsicherungsquote", German.Value));
        Assert.Equal(["Die Mindest-", "sicherungsquote"], Wide("Die Mindest\u00ADsicherungsquote", German.Value));
    }

    [Fact]
    public void Identifiers_break_after_an_underscore_without_a_hyphen()
    {
        var lines = Lines(new Paragraph("spielplaetze_je_1000_kinder") { FontSize = 9 }, German.Value);
        Assert.True(lines.Count >= 2);
        Assert.Equal("spielplaetze_je_1000_kinder", string.Concat(lines).Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.All(lines.SkipLast(1), l => Assert.True(l.EndsWith('_') || l.EndsWith('-'), l));
    }

    [Fact]
    public void Malformed_exceptions_are_reported_in_german_with_the_line()
    {
        var hyphenator = Hyphenator.Parse(["NEXTLEVEL", "1ba"]);
        var problems = hyphenator.AddExceptions(["# Kommentar", "Sta-tus-in-dex", "-falsch", "zwei Wörter"], "ausnahmen.txt");
        Assert.Equal(2, problems.Count);
        Assert.StartsWith("ausnahmen.txt, Zeile 3:", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("ausnahmen.txt, Zeile 4:", problems[1], StringComparison.Ordinal);
        Assert.Equal([3, 6, 8], hyphenator.Points("Statusindex"));
    }

    [Fact]
    public void Ragged_text_hyphenates_only_lines_that_would_stay_short_justified_text_wherever_it_helps()
    {
        const string text = "Die Stadt hat die Lage der Menschen in den Quartieren genau betrachtet und dabei die Einwohnerinnen " +
            "gezählt, weil die Zahlen sonst fehlen und man die Entwicklung nicht sieht. Wo die Armut wächst, hilft " +
            "die Verwaltung mit Beratung, und die Betreuungsquote zeigt, wo Plätze fehlen oder die Versorgung reicht.";
        static int Hyphenated(List<string> lines) => lines.Count(l => l.EndsWith('-') && !l.EndsWith(" -", StringComparison.Ordinal));
        int ragged = 0, justified = 0;
        for (var width = 200; width <= 400; width += 10)
        {
            ragged += Hyphenated(Lines(new Paragraph(text) { FontSize = 9 }, German.Value, width));
            justified += Hyphenated(Lines(new Paragraph(text) { FontSize = 9, Alignment = TextAlignment.Justify }, German.Value, width));
        }

        Assert.True(justified > ragged, $"Flattersatz {ragged}, Blocksatz {justified} Trennungen");
        Assert.True(ragged > 0);
    }
}
