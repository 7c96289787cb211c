using Haan.Report.Composition.Publishing;
using Haan.Report.Templates.Markdown;

namespace Haan.Report.Composition.Tests;

/// <summary>Sentence units for the version comparison and the Markdown of the Änderungsprotokoll.</summary>
public sealed class ComparisonTextTests
{
    [Fact]
    public void Sentences_split_at_sentence_ends_but_not_at_abbreviations_dates_or_ordinals()
    {
        var markdown = """
            <!-- kapitel/05-armut.md -->
            # Armut {#armut}

            Die Quote liegt bei 7,9 %. Das sind z. B. mehr als am 31.12. des Vorjahres.
            Sie steigt im 4. Jahr in Folge! **Wichtig:** vorläufig.

            - Erster Punkt. Zweiter Satz.

            | Sozialraum | Quote |
            |---|---:|
            | Mitte | 7,9 |

            ::: abbildung typ=balken indikator=sgb2_quote
            SGB II-Quote 2023
            :::
            """;

        var units = Sentences.Split(markdown);

        Assert.Equal(
        [
            "Armut",
            "Die Quote liegt bei 7,9 %.",
            "Das sind z. B. mehr als am 31.12. des Vorjahres.",
            "Sie steigt im 4. Jahr in Folge!",
            "Wichtig: vorläufig.",
            "Erster Punkt.",
            "Zweiter Satz.",
            "Sozialraum · Quote",
            "Mitte · 7,9",
            "SGB II-Quote 2023",
        ], units);
    }

    [Fact]
    public void Sentences_stop_at_the_generated_change_log()
    {
        var units = Sentences.Split($"Text.\n\n{Sentences.ChangeLogMarker}\n# Änderungsprotokoll\n\nAlt.\n");

        Assert.Equal(["Text."], units);
    }

    [Fact]
    public void Change_log_markdown_is_read_as_one_heading_a_value_table_and_a_text_table_with_markup_escaped()
    {
        var comparison = new ReportComparison("1.0.0", "1.0.1", ["data/sgb2.csv"],
            [new ValueChange("sgb2_quote", "SGB II-Quote", "SR02", "Ober|haan", 2021, "16,6", ".", "Published", "Suppressed")],
            [new SentenceChange(["Die Quote (siehe [Tabelle 3](#tab-3)) ist *hoch* | 16,6 %."], ["Die Quote ist 16,9 %."])]);

        var markdown = ChangeLogChapter.Markdown(comparison);
        var blocks = MarkdownReader.Read(ChangeLogChapter.File, markdown);

        var heading = Assert.IsType<DocHeading>(blocks[0]);
        Assert.Contains("ohne-nummer", heading.Classes);
        var tables = blocks.OfType<DocTable>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(5, tables[0].Header.Count);
        var valueRow = tables[0].Rows.Single();
        Assert.Equal("Ober|haan", Text(valueRow[1]));
        Assert.Equal("16,6 (veröffentlicht)", Text(valueRow[3]));
        Assert.Equal(". (gesperrt)", Text(valueRow[4]));
        var textRow = tables[1].Rows.Single();
        Assert.Equal("Die Quote (siehe Tabelle 3) ist hoch | 16,6 %.", Text(textRow[0])); // no link to an anchor that may be gone
        Assert.Contains("Diese Version 1.0.1 ersetzt die Version 1.0.0.", markdown, StringComparison.Ordinal);
    }

    private static string Text(IReadOnlyList<DocInline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        DocText t => t.Text,
        DocStrong s => Text(s.Content),
        DocEmphasis e => Text(e.Content),
        DocLink l => Text(l.Content),
        _ => string.Empty,
    }));
}
