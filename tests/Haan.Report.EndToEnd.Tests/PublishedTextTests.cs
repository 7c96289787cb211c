using System.Text.RegularExpressions;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// The published text reads like an official publication: no file names, indicator ids, count expressions, repository
/// paths or program names in the PDF or the filled Markdown, and every source line names the office that calculated.
/// </summary>
public sealed partial class PublishedTextTests(ReportBuildFixture report) : IClassFixture<ReportBuildFixture>
{
    /// <summary>The pattern of the review (issue 14) plus the technical keys it named.</summary>
    [GeneratedRegex(@"\.csv|\.geojson|\bbev\[|Indikator: [a-z_]+|docs/|Haan\.Report\.|HHGen|\bhlu\b|\basylblg\b|\bsgb2_lb\b|\bgsi_alter\b")]
    private static partial Regex DeveloperVocabulary();

    [Fact]
    public void No_developer_vocabulary_in_the_pdf()
    {
        Assert.True(report.Result.ExitCode == 0, report.Result.Error);
        var hits = report.PageTexts
            .Select((text, index) => (Page: index + 1, Matches: DeveloperVocabulary().Matches(text).Select(m => Context(text, m)).ToList()))
            .Where(p => p.Matches.Count > 0)
            .Select(p => $"Seite {p.Page}: {string.Join(" | ", p.Matches)}")
            .ToList();

        Assert.True(hits.Count == 0, string.Join("\n", hits));
    }

    /// <summary>Age ranges written „a–b“ with an inclusive upper end (18–64, 65–79 …), against the convention „a–b = a bis unter b“.</summary>
    [GeneratedRegex(@"\b(0–5|6–9|6–17|10–17|18–24|25–44|45–64|18–64|65–79)\b")]
    private static partial Regex InclusiveAgeRange();

    [Fact]
    public void Age_ranges_follow_the_convention_a_bis_unter_b_in_text_charts_and_tables()
    {
        Assert.True(report.Result.ExitCode == 0, report.Result.Error);
        var hits = report.PageTexts
            .Select((text, index) => (Page: index + 1, Matches: InclusiveAgeRange().Matches(text).Select(m => Context(text, m)).ToList()))
            .Where(p => p.Matches.Count > 0)
            .Select(p => $"Seite {p.Page}: {string.Join(" | ", p.Matches)}")
            .ToList();

        Assert.True(hits.Count == 0, string.Join("\n", hits));
        Assert.Contains(report.PageTexts, t => t.Contains("18 bis unter 65", StringComparison.Ordinal));
    }

    [Fact]
    public void No_developer_vocabulary_in_the_filled_markdown()
    {
        var markdown = File.ReadAllText(Directory.GetFiles(report.OutputFolder, "*.md", SearchOption.AllDirectories).Single());
        var text = Regex.Replace(markdown, @"^(<!--.*-->|:::.*)$", string.Empty, RegexOptions.Multiline); // chapter markers and directive lines are markup

        var hits = DeveloperVocabulary().Matches(text).Select(m => Context(text, m)).ToList();

        Assert.True(hits.Count == 0, string.Join("\n", hits));
    }

    [Fact]
    public void Source_lines_name_the_source_and_the_calculating_office()
    {
        // every source line of a figure or table built from data: from „Quelle:“ to the next one (at most 400 characters)
        var lines = report.PageTexts
            .SelectMany(p => p.Split("Quelle: ").Skip(1).Select(s => "Quelle: " + s[..Math.Min(s.Length, 400)]))
            .Where(l => l.Contains("(Demonstrationsdaten)", StringComparison.Ordinal) && !l.StartsWith("Quelle: Verzeichnis", StringComparison.Ordinal))
            .ToList();

        Assert.Contains(lines, l => l.StartsWith("Quelle: Melderegister der Stadt Haan (Demonstrationsdaten); Berechnung: Sozialplanung.", StringComparison.Ordinal));
        Assert.True(lines.Count > 30, $"only {lines.Count} source lines");
        // two figures side by side interleave their words in the extracted text, so count instead of pairing lines
        var calculated = report.PageTexts.Sum(p => Regex.Matches(p, "Berechnung: Sozialplanung").Count);
        Assert.True(calculated >= lines.Count, $"{lines.Count} source lines of data figures, but only {calculated} name „Berechnung: Sozialplanung“");
    }

    [Fact]
    public void Values_of_limited_reliability_are_bracketed_in_charts_too()
    {
        // the demo data have a bar of limited reliability in the Versorgungsquote unter 3 Jahren (small denominator)
        var results = Haan.Report.Composition.ReportBuilder.Fill(RepositoryPaths.Data, RepositoryPaths.Templates).Results;
        var low = results.Table("kita_versorgung_u3", results.Years[^1])
            .Where(c => !c.IsTown && c.Status == Haan.Report.Indicators.CellStatus.LowReliability)
            .ToList();
        var page = report.PageTexts.First(p => p.Contains("Versorgungsquote unter 3 Jahren (Plätze je 100 Kinder) nach Sozialraum", StringComparison.Ordinal));

        Assert.NotEmpty(low);
        foreach (var cell in low)
        {
            var number = Haan.Report.Formatting.GermanFormat.Number(cell.Value!.Value, cell.Definition.Decimals);
            Assert.Matches($@"\({Regex.Escape(number)}[\s\u202F]*%\)", page); // the extracted text splits at the narrow space
        }
    }

    [Fact]
    public void The_Kreis_table_names_the_Kreis_in_full_and_states_the_missing_reference_date_once()
    {
        var text = string.Join("\n", report.PageTexts);

        Assert.Matches(@"Kreis Mettmann 10,1 8,6 8,2 9,0 15,8", text);
        Assert.DoesNotMatch(@"(?<!Kreis )Mettmann 10,1", text);
        Assert.Single(Regex.Matches(text, "Stand nicht angegeben"));
        Assert.DoesNotMatch("nennt keinen Stichtag", text);
    }

    private static string Context(string text, Match match)
    {
        var start = Math.Max(0, match.Index - 40);
        return text[start..Math.Min(text.Length, match.Index + match.Length + 40)];
    }
}
