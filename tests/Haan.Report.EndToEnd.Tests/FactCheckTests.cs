using Haan.Report.Composition;
using Haan.Report.Templates.Model;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// The fact check of the whole filled demo report (see <see cref="FactCheck"/>): every comparative or superlative
/// statement is re-derived from the published values, and none is typed into a template.
/// </summary>
public sealed class FactCheckTests
{
    private static readonly Lazy<FilledReport> Demo = new(() => ReportBuilder.Fill(RepositoryPaths.Data, RepositoryPaths.Templates));

    [Fact]
    public void Every_statement_of_the_demo_report_holds_against_the_published_values()
    {
        var report = Demo.Value;

        Assert.True(report.Claims.Count > 100, $"only {report.Claims.Count} claims");
        foreach (var kind in new[] { ClaimKind.TownComparison, ClaimKind.Development, ClaimKind.Rank, ClaimKind.Highest, ClaimKind.Lowest,
                     ClaimKind.LargestIncrease, ClaimKind.LargestDecrease, ClaimKind.StandingOut, ClaimKind.PairComparison,
                     ClaimKind.RegionalComparison, ClaimKind.RegionalRank, ClaimKind.RegionalRange, ClaimKind.SchoolHighest, ClaimKind.NeedSupplyMismatch, ClaimKind.FocusAreas })
        {
            Assert.Contains(report.Claims, c => c.Kind == kind); // the check runs over every kind the report uses
        }

        var problems = FactCheck.Problems(report);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_population_answer_names_the_area_with_the_largest_rise_of_the_65plus_share()
    {
        var report = Demo.Value;
        var results = report.Results;
        var rises = report.Data.Areas
            .Select(a => (a.Name, Rise: results.Get("anteil_65plus", a.Key, results.Years[^1]).RoundedValue!.Value - results.Get("anteil_65plus", a.Key, results.Years[0]).RoundedValue!.Value))
            .OrderByDescending(r => r.Rise)
            .ToList();
        var answer = report.Markdown[report.Markdown.IndexOf("## Antwort: Wie hat sich die Bevölkerung", StringComparison.Ordinal)..];
        answer = answer[..answer.IndexOf("<!--", StringComparison.Ordinal)];

        Assert.Contains($"in {rises[0].Name} am stärksten gestiegen", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_in_a_sentence_about_change_is_found()
    {
        using var templates = CopyOfTemplates();
        var chapter = Path.Combine(templates.Path, "kapitel", "04-bevoelkerung.md");
        File.AppendAllText(chapter, "\nAm stärksten gealtert ist die Bevölkerung {{ am_hoechsten \"anteil_65plus\" }}.\n");

        var problems = FactCheck.Problems(ReportBuilder.Fill(RepositoryPaths.Data, templates.Path));

        var problem = Assert.Single(problems);
        Assert.StartsWith("Satz über eine Veränderung trägt nur eine Aussage über ein Niveau", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comparison_typed_into_a_template_is_found()
    {
        using var templates = CopyOfTemplates();
        var chapter = Path.Combine(templates.Path, "kapitel", "05-armut.md");
        File.AppendAllText(chapter, "\nBei Frauen ({{ wert \"elb_quote_m\" \"STADT\" }}) ist sie höher als bei Männern ({{ wert \"elb_quote_w\" \"STADT\" }}).\n");

        var problems = FactCheck.Problems(ReportBuilder.Fill(RepositoryPaths.Data, templates.Path));

        var problem = Assert.Single(problems);
        Assert.StartsWith("Satz mit Vergleich ohne Vorlagenfunktion", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_that_does_not_follow_from_the_values_is_found()
    {
        var report = Demo.Value;
        var comparison = report.Claims.First(c => c.Kind == ClaimKind.TownComparison && c.Outcome == "deutlich über");
        var highest = report.Claims.First(c => c.Kind == ClaimKind.Highest);
        var wrongArea = report.Data.Areas.First(a => !highest.Areas.Contains(a.Key)).Key;

        Assert.NotEmpty(FactCheck.Rederive(report, comparison with { Outcome = "leicht über" }));
        Assert.NotEmpty(FactCheck.Rederive(report, highest with { Areas = [wrongArea] }));
        Assert.NotEmpty(FactCheck.MissingTexts(report with { Claims = [comparison with { Text = "liegt mit 99,9 % deutlich über" }] }));
    }

    private static TempFolder CopyOfTemplates()
    {
        var folder = new TempFolder();
        RepositoryPaths.CopyDirectory(RepositoryPaths.Templates, folder.Path);
        return folder;
    }
}
