using System.Text.RegularExpressions;
using Haan.Report.Composition;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// The report answers the seven questions of the town's presentation with verdicts, says what the data cannot answer,
/// summarises them after the Vorwort, and names Schwerpunkte only by the stated rule.
/// </summary>
public sealed class AnswersTests
{
    private static readonly Lazy<FilledReport> Demo = new(() => ReportBuilder.Fill(RepositoryPaths.Data, RepositoryPaths.Templates));

    private static string Section(string anchor)
    {
        var markdown = Demo.Value.Markdown;
        var start = markdown.IndexOf($"{{#{anchor}", StringComparison.Ordinal);
        Assert.True(start >= 0, $"section #{anchor} not found");
        var next = Regex.Match(markdown[(start + 1)..], @"\n#{1,2} |\n<!--");
        return next.Success ? markdown.Substring(start, next.Index + 1) : markdown[start..];
    }

    [Theory]
    [InlineData("armut", "Ja|Nein")]
    [InlineData("erreichbarkeit", "Ja|Teilweise")]
    [InlineData("spielflaechen", "Vorrang|Nach den Daten")]
    [InlineData("bedarfsgerecht", "Ja|Teilweise")]
    [InlineData("ladepunkte", "Mit diesen Daten nicht zu beantworten")]
    [InlineData("hitze", "Ja|Nein")]
    public void Every_answer_starts_with_a_verdict_and_says_what_the_data_cannot_answer(string anchor, string verdicts)
    {
        var section = anchor == "armut" ? Demo.Value.Markdown[Demo.Value.Markdown.IndexOf("## Antwort: Wo besteht", StringComparison.Ordinal)..] : Section(anchor);

        Assert.Matches($@"\*\*(Antwort: )?({verdicts})", section);
        Assert.Matches(@"zeigen (diese|sie) (Daten )?nicht|zeigen sie nicht|nicht zu beantworten|verwendet der Bericht nicht|enthält der Bericht nicht", section);
    }

    [Fact]
    public void The_population_answer_discusses_the_areas()
    {
        var answer = Demo.Value.Markdown[Demo.Value.Markdown.IndexOf("## Antwort: Wie hat sich die Bevölkerung", StringComparison.Ordinal)..];
        answer = answer[..answer.IndexOf("<!--", StringComparison.Ordinal)];

        Assert.Contains("In den Sozialräumen verlief die Entwicklung unterschiedlich", answer, StringComparison.Ordinal);
        Assert.Matches("Einwohnerzahl ist in .+ am stärksten (gestiegen|gesunken)", answer);
    }

    [Fact]
    public void The_charging_point_answer_derives_no_retrofit_areas_and_the_data_are_labelled_2019()
    {
        var section = Section("ladepunkte");
        var definition = Demo.Value.Results.Catalogue.Indicators.Single(d => d.Id == "ladepunkte_je_1000_hh");

        Assert.DoesNotContain("nachgerüstet werden muss", section, StringComparison.Ordinal);
        Assert.Contains("19.07.2019", section, StringComparison.Ordinal);
        Assert.Contains("2019", definition.Name, StringComparison.Ordinal); // tables, CSV/XLSX column „Indikator“
        Assert.Contains("2019", definition.ShortName, StringComparison.Ordinal); // chart and map legends
    }

    [Fact]
    public void The_summary_follows_the_Vorwort_with_one_line_per_question_and_where_it_is_treated()
    {
        var markdown = Demo.Value.Markdown;
        var vorwort = markdown.IndexOf("# Vorwort", StringComparison.Ordinal);
        var summary = markdown.IndexOf("# Das Wichtigste in Kürze", StringComparison.Ordinal);
        var introduction = markdown.IndexOf("# Einleitung", StringComparison.Ordinal);
        Assert.True(vorwort < summary && summary < introduction, "the summary belongs between Vorwort and Einleitung");

        var lines = markdown[summary..introduction].Split('\n').Where(l => l.StartsWith("- **", StringComparison.Ordinal)).ToList();
        foreach (var anchor in new[] { "bevoelkerung", "armut", "kinderarmut", "erreichbarkeit", "spielflaechen", "bedarfsgerecht", "ladepunkte", "hitze", "handlungsbedarfe" })
        {
            Assert.Contains($"[](#{anchor})", markdown[summary..introduction], StringComparison.Ordinal);
        }

        Assert.Equal(9, lines.Count); // seven questions, the Schwerpunkt Kinderarmut, the Schwerpunkte
    }

    [Fact]
    public void Schwerpunkte_are_named_only_by_the_stated_rule()
    {
        var report = Demo.Value;
        var year = report.Results.Years[^1];
        var byRule = report.Data.Areas.Where(a =>
        {
            var now = report.Results.Get("sozialindex", a.Key, year);
            var before = report.Results.Get("sozialindex", a.Key, year - 2);
            return now.RoundedValue >= 120 || now.Value - before.Value >= 5;
        }).Select(a => a.Name).ToList();
        var section = Section("handlungsbedarfe");
        var rule = Regex.Match(section, @"Nach dieser Regel[^\n]*").Value;

        Assert.NotEmpty(rule);
        foreach (var area in report.Data.Areas)
        {
            Assert.True(rule.Contains(area.Name, StringComparison.Ordinal) == byRule.Contains(area.Name),
                $"{area.Name}: {(byRule.Contains(area.Name) ? "fehlt" : "ist ohne Regel genannt")} in „{rule}“");
        }

        Assert.Contains("Fachplanungskonferenzen", section, StringComparison.Ordinal);
        Assert.Contains("| Handlungsfeld | Befund", section, StringComparison.Ordinal);
    }
}
