using System.Globalization;
using System.Text;
using System.Text.Json;
using Haan.Report.Composition.Content;
using Haan.Report.Data;
using Haan.Report.Formatting;
using Haan.Report.Indicators;
using Haan.Report.Indicators.Adapter;
using Haan.Report.Indicators.Catalogue;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// What the demo report publishes about suppression: one status „gesperrt“ (never the kind) in CSV and manifest, and
/// figures drawn from exactly the published display values.
/// </summary>
public sealed class ConfidentialityOutputTests(ReportBuildFixture report) : IClassFixture<ReportBuildFixture>
{
    private string Folder => Path.GetDirectoryName(Assert.Single(report.PdfFiles))!;

    [Fact]
    public void Csv_and_manifest_publish_one_status_for_every_kind_of_suppression()
    {
        var csv = Encoding.UTF8.GetString(File.ReadAllBytes(Directory.GetFiles(Folder, "*-indikatoren.csv").Single()));
        var manifest = File.ReadAllText(Path.Combine(Folder, "manifest.json"));
        foreach (var text in new[] { csv, manifest })
        {
            Assert.DoesNotContain("primär", text, StringComparison.Ordinal);
            Assert.DoesNotContain("sekundär", text, StringComparison.Ordinal);
            Assert.DoesNotContain("SuppressedPrimary", text, StringComparison.Ordinal);
            Assert.DoesNotContain("SuppressedSecondary", text, StringComparison.Ordinal);
        }

        var statuses = JsonDocument.Parse(manifest).RootElement.GetProperty("werte").EnumerateArray()
            .Select(v => v.GetProperty("status").GetString()).ToHashSet();
        Assert.Subset(new HashSet<string?> { "Published", "LowReliability", "Suppressed", "NotMeaningful", "NotAvailable" }, statuses);

        // The internal audit list (with the kind and the intervals) is not part of the version folder.
        Assert.DoesNotContain(Directory.GetFiles(Folder, "*", SearchOption.AllDirectories),
            f => Path.GetFileName(f).Contains("pruef", StringComparison.OrdinalIgnoreCase) || Path.GetFileName(f).Contains("audit", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_figure_value_is_the_published_display_value_and_suppressed_cells_have_none()
    {
        var data = DataSetLoader.Load(RepositoryPaths.Data).Data!;
        var catalogue = IndicatorCatalogue.Load(Path.Combine(RepositoryPaths.Data, "indikatoren.csv"));
        var results = IndicatorReport.Build(data, catalogue).Results;
        var rounded = 0;
        foreach (var cell in results.Values)
        {
            var drawn = DisplayValues.Of(cell);
            if (!cell.Status.HasValue())
            {
                Assert.Null(drawn);
                continue;
            }

            // The drawn number printed with the indicator's decimals is the published display text, and it has no
            // more digits than that text.
            // („–“ is the Zeichenerklärung's exactly zero.)
            var shown = cell.Display.Trim('(', ')');
            Assert.Equal(shown == "–" ? "0" : shown, shown == "–" ? GermanFormat.Number(drawn!.Value, 0) : GermanFormat.Number(drawn!.Value, cell.Definition.Decimals));
            Assert.NotNull(drawn);
            Assert.Equal(drawn.Value, Math.Round(drawn.Value, cell.Definition.Decimals));
            if (cell.Value != drawn)
            {
                rounded++;
            }
        }

        Assert.True(rounded > 100, $"only {rounded.ToString(CultureInfo.InvariantCulture)} cells differ from their unrounded value");
    }
}
