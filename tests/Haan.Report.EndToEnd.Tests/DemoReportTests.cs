using System.Security.Cryptography;
using UglyToad.PdfPig;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>The demo report built from the repository's data and templates, read back from the PDF.</summary>
public sealed class DemoReportTests(ReportBuildFixture report) : IClassFixture<ReportBuildFixture>
{
    [Fact]
    public void Build_succeeds_and_names_the_pdf()
    {
        Assert.True(report.Result.ExitCode == 0, report.Result.Error);
        var pdf = Assert.Single(report.PdfFiles);
        Assert.Contains("Bericht erstellt:", report.Result.Output, StringComparison.Ordinal);
        Assert.EndsWith(Path.Combine("2023", "v1.0.0", "sozialbericht-haan-2023-v1.0.0.pdf"), pdf, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_page_shows_title_version_and_demonstration_notice()
    {
        var title = report.PageTexts[0];

        Assert.Contains("Sozial- und Armutsbericht der Stadt Haan", title, StringComparison.Ordinal);
        Assert.Contains("Version 1.0.0", title, StringComparison.Ordinal);
        Assert.Contains("Demonstrationsdaten", title, StringComparison.Ordinal);
        Assert.Contains("Herausgeber: Stadt Haan – Die Bürgermeisterin", title, StringComparison.Ordinal);
    }

    [Fact]
    public void Impressum_names_the_publisher_and_the_Vorwort_is_signed_by_the_office_only()
    {
        var impressum = report.PageTexts.Last(p => p.Contains("Impressum", StringComparison.Ordinal));
        var vorwort = report.PageTexts.First(p => p.Contains("Sehr geehrte Damen und Herren", StringComparison.Ordinal));
        var foreword = vorwort[vorwort.IndexOf("Sehr geehrte", StringComparison.Ordinal)..];

        Assert.Contains("Herausgeber: Stadt Haan – Die Bürgermeisterin, Alter Markt 1, 42781 Haan", impressum, StringComparison.Ordinal);
        Assert.Contains("Bearbeitung: Sozialplanung", impressum, StringComparison.Ordinal);
        Assert.Matches(@"Haan, 30\.06\.2025 Die Bürgermeisterin der Stadt Haan", foreword);
    }

    [Fact]
    public void Every_content_page_is_labelled_as_demonstration_data()
    {
        var unlabelled = report.PageTexts
            .Select((text, index) => (text, page: index + 1))
            .Skip(1)
            .Where(p => !p.text.Contains("Demonstrationsdaten", StringComparison.Ordinal))
            .Select(p => p.page)
            .ToList();

        Assert.True(report.PageTexts.Count > 20, $"only {report.PageTexts.Count} pages");
        Assert.Empty(unlabelled);
    }

    [Fact]
    public void Footer_counts_pages()
    {
        var count = report.PageTexts.Count;

        Assert.Contains($"Seite 2 von {count}", report.PageTexts[1], StringComparison.Ordinal);
        Assert.Contains($"Seite {count} von {count}", report.PageTexts[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_are_formatted_the_German_way()
    {
        var text = string.Join("\n", report.PageTexts);

        // The town's published SGB II-Quote 2023 (7,9 %) is reproduced by the data and printed with a decimal comma.
        Assert.Contains("7,9", text, StringComparison.Ordinal);
        Assert.DoesNotContain("7.9 %", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_has_bookmarks_and_metadata()
    {
        using var document = PdfDocument.Open(report.PdfBytes);

        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Contains(bookmarks.Roots, b => b.Title.Contains("Armut", StringComparison.Ordinal));
        Assert.Equal("Stadt Haan – Die Bürgermeisterin", document.Information.Author);
    }

    [Fact]
    public void Same_inputs_give_identical_bytes()
    {
        using var second = new TempFolder();

        var result = CommandLineRunner.Run("build", "--data", RepositoryPaths.Data, "--templates", RepositoryPaths.Templates, "--out", second.Path);

        Assert.Equal(0, result.ExitCode);
        var again = File.ReadAllBytes(Directory.GetFiles(second.Path, "*.pdf", SearchOption.AllDirectories).Single());
        Assert.Equal(Convert.ToHexString(SHA256.HashData(report.PdfBytes)), Convert.ToHexString(SHA256.HashData(again)));
    }
}
