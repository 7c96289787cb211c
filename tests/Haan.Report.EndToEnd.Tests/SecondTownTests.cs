using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Haan.Report.Testing;
using UglyToad.PdfPig;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// Any town of the Kreis: a complete report for Hilden (AGS 05158016, real boundary from the bundled
/// <c>gemeinden_kreis_mettmann.geojson</c>) with five generated Sozialräume, built from a data folder and a bericht.json
/// alone – the bundled chapter templates unchanged. Its text names Hilden, never Haan (except where the Kreis comparison
/// lists every town of the Kreis with its real figures, and the product name „Haan.Report“).
/// </summary>
public sealed partial class SecondTownTests(SecondTownTests.HildenReport report) : IClassFixture<SecondTownTests.HildenReport>
{
    public const string Publisher = "Stadt Hilden – Der Bürgermeister";

    [Fact]
    public void The_build_succeeds_and_names_its_files_after_the_town()
    {
        Assert.True(report.Result.ExitCode == 0, report.Result.Error + report.Result.Output);
        var pdf = Assert.Single(report.PdfFiles);
        Assert.EndsWith(Path.Combine("2023", "v1.0.0", "sozialbericht-hilden-2023-v1.0.0.pdf"), pdf, StringComparison.Ordinal);
        Assert.True(report.PageTexts.Count > 40, $"nur {report.PageTexts.Count} Seiten");
    }

    [Fact]
    public void The_title_page_and_every_running_header_carry_the_configured_town_and_publisher()
    {
        var title = report.PageTexts[0];
        Assert.Contains("STADT HILDEN · SOZIALPLANUNG", title, StringComparison.Ordinal);
        Assert.Contains("Sozial- und Armutsbericht der Stadt Hilden", title, StringComparison.Ordinal);
        Assert.Contains("Herausgeber: " + Publisher, title, StringComparison.Ordinal);
        Assert.Contains("Die Grenzen der fünf Sozialräume", title, StringComparison.Ordinal);

        var chapterPages = report.PageTexts.Skip(1).ToList();
        var withHeader = chapterPages.Count(p => p.Contains("Sozial- und Armutsbericht Hilden 2023", StringComparison.Ordinal));
        Assert.True(withHeader >= chapterPages.Count - 2, $"Kopfzeile auf {withHeader} von {chapterPages.Count} Seiten");

        var impressum = report.PageTexts.Last(p => p.Contains("Impressum", StringComparison.Ordinal));
        Assert.Contains($"Herausgeber: {Publisher}, Am Rathaus 1, 40721 Hilden", impressum, StringComparison.Ordinal);
        using var document = PdfDocument.Open(report.PdfBytes);
        Assert.Equal(Publisher, document.Information.Author);
    }

    [Fact]
    public void The_report_has_the_five_generated_Sozialraeume_and_their_town_total()
    {
        var text = string.Join(" ", report.PageTexts);
        foreach (var key in new[] { "01", "02", "03", "04", "05" })
        {
            Assert.Contains("Sozialraum " + key, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Sozialraum 06", text, StringComparison.Ordinal);
        Assert.Contains("die fünf Sozialräume", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sieben Sozialr", text, StringComparison.Ordinal);

        var csv = Assert.Single(Directory.GetFiles(report.OutputFolder, "sozialbericht-hilden-2023-v1.0.0*.csv", SearchOption.AllDirectories));
        var areas = File.ReadAllLines(csv).Skip(1).Select(l => l.Split(';')[4]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["SR01", "SR02", "SR03", "SR04", "SR05", "STADT"], areas);
        Assert.Contains(File.ReadAllLines(csv), l => l.Contains(";STADT;Stadt Hilden;", StringComparison.Ordinal));
    }

    [Fact]
    public void The_text_names_Hilden_and_never_Haan()
    {
        var offences = new List<string>();
        for (var page = 0; page < report.PageTexts.Count; page++)
        {
            var text = report.PageTexts[page];
            // The Kreis comparison lists every town of the Kreis with its real published figures (table rows
            // „Haan, Stadt“, map labels); that is the one place where another town is named on purpose.
            var kreisComparison = text.Contains("Städten des Kreises Mettmann", StringComparison.Ordinal);
            var rest = text.Replace("Haan.Report", string.Empty, StringComparison.Ordinal).Replace("Haan, Stadt", string.Empty, StringComparison.Ordinal);
            foreach (Match match in HaanWord().Matches(rest))
            {
                if (!kreisComparison)
                {
                    var start = Math.Max(0, match.Index - 60);
                    offences.Add($"Seite {page + 1}: …{rest[start..Math.Min(rest.Length, match.Index + 60)]}…");
                }
            }
        }

        Assert.True(offences.Count == 0, string.Join("\n", offences));
        var all = string.Join(" ", report.PageTexts);
        Assert.True(Regex.Count(all, @"\bHilden\b") > 40, "Hilden wird kaum genannt");
        Assert.Contains("Kennzahlen", all, StringComparison.Ordinal);
        Assert.Contains("Stadt Hilden", report.PageTexts.First(p => p.Contains("Kennzahlen Sozialraum 01", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\bHaan\b|\bHAAN\b|\bHaaner\b")]
    private static partial Regex HaanWord();

    /// <summary>Writes the Hilden data folder and bericht.json once and builds the report with the command line.</summary>
    public sealed class HildenReport : IDisposable
    {
        private readonly TempFolder folder = new();

        public HildenReport()
        {
            var data = Path.Combine(folder.Path, "data");
            var templates = Path.Combine(folder.Path, "templates");
            SyntheticTown.Write(RepositoryPaths.Data, data, areaCount: 5, seed: 16, ags: "05158016");
            RepositoryPaths.CopyDirectory(RepositoryPaths.Templates, templates);
            var configuration = JsonNode.Parse(File.ReadAllText(Path.Combine(templates, "bericht.json")))!.AsObject();
            configuration["titel"] = "Sozial- und Armutsbericht der Stadt Hilden";
            configuration["untertitel"] = "Berichtsjahr 2023 – Lebenslagen in den Sozialräumen";
            configuration["herausgeber"] = Publisher;
            configuration["unterschrift"] = new JsonObject { ["amt"] = "Der Bürgermeister der Stadt Hilden" };
            configuration["schlagworte"] = new JsonArray("Sozialbericht", "Sozialraum", "Hilden", "Kreis Mettmann");
            configuration["stadt"] = new JsonObject
            {
                ["name"] = "Hilden", ["bezeichnung"] = "Stadt Hilden", ["ags"] = "05158016", ["anschrift"] = "Am Rathaus 1, 40721 Hilden",
            };
            // kopfzeile, titelzeile, dateiname and stadt.adjektiv are left out: their defaults come from the town.
            configuration.Remove("kopfzeile");
            configuration.Remove("titelzeile");
            configuration.Remove("dateiname");
            File.WriteAllText(Path.Combine(templates, "bericht.json"), configuration.ToJsonString());

            var output = Path.Combine(folder.Path, "output");
            Result = CommandLineRunner.Run("build", "--data", data, "--templates", templates, "--out", output);
            OutputFolder = output;
            PdfFiles = Directory.Exists(output) ? Directory.GetFiles(output, "*.pdf", SearchOption.AllDirectories) : [];
            if (PdfFiles.Length == 1)
            {
                PdfBytes = File.ReadAllBytes(PdfFiles[0]);
                using var document = PdfDocument.Open(PdfBytes);
                PageTexts = document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
            }
        }

        internal CommandLineRunner.Result Result { get; }

        public string OutputFolder { get; }

        public string[] PdfFiles { get; }

        public byte[] PdfBytes { get; } = [];

        public IReadOnlyList<string> PageTexts { get; } = [];

        public void Dispose() => folder.Dispose();
    }
}
