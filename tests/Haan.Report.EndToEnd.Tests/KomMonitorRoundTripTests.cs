using System.Globalization;
using System.Text.Json;
using Haan.Report.Data.KomMonitor;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// The KomMonitor export of the demo version read back through the KomMonitor input (Data/KomMonitor): every cell is
/// exactly the published value, every value the report does not show (suppressed, missing) comes back empty.
/// </summary>
public sealed class KomMonitorRoundTripTests(ReportBuildFixture report) : IClassFixture<ReportBuildFixture>
{
    private string Version => Path.GetDirectoryName(Assert.Single(report.PdfFiles))!;

    [Fact]
    public void The_export_read_back_gives_exactly_the_published_values_and_no_suppressed_one()
    {
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Version, "manifest.json"))).RootElement;
        var published = manifest.GetProperty("werte").EnumerateArray().ToDictionary(
            v => (v.GetProperty("indikator").GetString()!, v.GetProperty("gebiet").GetString()!, v.GetProperty("jahr").GetInt32()),
            v => (Display: v.GetProperty("wert").GetString()!, Status: v.GetProperty("status").GetString()!));
        var files = Directory.GetFiles(Path.Combine(Version, "kommonitor"), "*_sozialraeume.csv").Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 20, files.Count.ToString(CultureInfo.InvariantCulture));

        int shown = 0, hidden = 0;
        foreach (var file in files)
        {
            var (records, problems) = KomMonitorDownload.Read(file);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            var indicator = Path.GetFileName(file)[..^"_sozialraeume.csv".Length];
            var cells = records!.SelectMany(r => r.Values).ToList();
            var areas = records!.Select(r => r.AreaId).ToHashSet(StringComparer.Ordinal);
            Assert.Equal(7, areas.Count); // the Sozialräume; the town as a whole is not a KomMonitor area of this level
            Assert.Equal(published.Keys.Count(k => k.Item1 == indicator && areas.Contains(k.Item2)), cells.Count);
            foreach (var cell in cells)
            {
                var (display, status) = published[(indicator, cell.AreaId, cell.Date.Year)];
                if (status is "Published" or "LowReliability")
                {
                    var expected = display == "–" ? 0m : decimal.Parse(display.Trim('(', ')').Replace(".", "", StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture);
                    Assert.Equal(expected, cell.Value);
                    shown++;
                }
                else
                {
                    Assert.Null(cell.Value);
                    hidden++;
                }
            }
        }

        Assert.True(shown > 500 && hidden > 0, $"{shown.ToString(CultureInfo.InvariantCulture)} gezeigt, {hidden.ToString(CultureInfo.InvariantCulture)} nicht gezeigt");
    }
}
