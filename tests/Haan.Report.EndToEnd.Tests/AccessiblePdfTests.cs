using System.Diagnostics;
using System.Text.RegularExpressions;
using Haan.Report.Testing;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>The demo report is a tagged PDF (PDF/UA-1): checked with PdfPig and with the external referee <c>pdfua-check.py</c>.</summary>
public sealed partial class AccessiblePdfTests(ReportBuildFixture report) : IClassFixture<ReportBuildFixture>
{
    private static readonly string Checker = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "tools", "pdfua-check.py"));

    [Fact]
    public void External_pdfua_check_passes_every_test()
    {
        Assert.True(File.Exists(Checker), $"Prüfwerkzeug fehlt: {Checker}");
        var pdf = Assert.Single(report.PdfFiles);
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Checker);
        start.ArgumentList.Add(pdf);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var failures = output.Split('\n').Where(l => l.StartsWith("FAIL", StringComparison.Ordinal)).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures) + error);
        Assert.Contains("RESULT: OK", output, StringComparison.Ordinal);
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public void Every_letter_on_every_page_is_tagged_or_an_artifact()
    {
        using var pdf = new TaggedPdf(report.PdfBytes);
        var offenders = pdf.Document.GetPages().Select(p => (p.Number, Unmarked: pdf.UnmarkedLetters(p))).Where(p => p.Unmarked > 0).ToList();
        Assert.True(offenders.Count == 0, string.Join(", ", offenders.Select(o => $"Seite {o.Number}: {o.Unmarked}")));
    }

    [Fact]
    public void Every_figure_has_the_alternative_text_of_the_figure_list()
    {
        using var pdf = new TaggedPdf(report.PdfBytes);
        var figures = pdf.AllElements().Where(e => e.Type == "Figure").ToList();
        var list = File.ReadAllLines(Directory.GetFiles(report.OutputFolder, "abbildungen.csv", SearchOption.AllDirectories).Single()).Skip(1).ToList();

        // The title page's overview map plus every numbered figure.
        Assert.Equal(list.Count + 1, figures.Count);
        Assert.All(figures, f => Assert.False(string.IsNullOrWhiteSpace(f.Alt)));
        var alts = figures.Select(f => f.Alt!).ToHashSet(StringComparer.Ordinal);
        Assert.All(list, line => Assert.Contains(Fields(line)[2], alts));
    }

    [Fact]
    public void Headings_start_with_h1_and_never_skip_a_level()
    {
        using var pdf = new TaggedPdf(report.PdfBytes);
        var levels = pdf.AllElements().Select(e => HeadingLevel().Match(e.Type)).Where(m => m.Success).Select(m => m.Groups[1].Value[0] - '0').ToList();
        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"Ebene {pair.First} → {pair.Second}"));
        Assert.True(levels.Count(l => l == 1) >= 10);
    }

    [Fact]
    public void Every_table_has_column_headers_with_scope_and_area_row_headers()
    {
        using var pdf = new TaggedPdf(report.PdfBytes);
        var tables = pdf.AllElements().Where(e => e.Type == "Table").ToList();
        Assert.True(tables.Count >= 30);
        Assert.All(tables, table =>
        {
            var headers = table.Descendants().Where(e => e.Type == "TH").ToList();
            Assert.NotEmpty(headers);
            Assert.All(headers, th => Assert.Single(th.Scopes));
            var rows = table.Children.Where(c => c.Type is "THead" or "TBody").SelectMany(c => c.Children).ToList();
            Assert.Single(rows.Select(r => r.Children.Count).Distinct());
        });
        Assert.Contains(tables, t => t.Descendants().Any(e => e.Type == "TH" && e.Scopes.SequenceEqual(["Row"])));
    }

    [Fact]
    public void Fonts_are_embedded_once_per_face_as_subsets_with_unicode_maps()
    {
        using var pdf = new TaggedPdf(report.PdfBytes);
        var fonts = pdf.Fonts();
        Assert.Equal(3, fonts.Count); // regular, bold, italic: shared by text and figures
        Assert.All(fonts, f =>
        {
            Assert.Matches("^[A-Z]{6}\\+NotoSans-", f.BaseFont);
            Assert.True(f.Embedded && f.HasToUnicode, f.BaseFont);
        });
    }

    [Fact]
    public void Pdf_is_at_most_one_and_a_half_megabytes()
        => Assert.InRange(report.PdfBytes.Length, 100_000, 1_500_000);

    /// <summary>The fields of one line of the semicolon-separated figure list (quoted fields may contain semicolons).</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                current.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ';' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }

    [GeneratedRegex("^H([1-6])$")]
    private static partial Regex HeadingLevel();
}
