using System.Text.Json;
using Haan.Report.Composition.Publishing;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// Suppression across versions: a correction reads what the earlier versions of the report year published (their
/// manifests in the output folder) and keeps the earlier pattern.
/// </summary>
public sealed class VersionConfidentialityTests(CorrectionFixture fixture) : IClassFixture<CorrectionFixture>
{
    private static List<(string Key, string Status)> Values(string folder) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json"))).RootElement.GetProperty("werte").EnumerateArray()
            .Select(v => ($"{v.GetProperty("indikator").GetString()}/{v.GetProperty("gebiet").GetString()}/{v.GetProperty("jahr").GetInt32()}",
                v.GetProperty("status").GetString()!))
            .ToList();

    [Fact]
    public void The_correction_knows_every_cell_the_first_version_showed_or_suppressed()
    {
        var prior = new VersionFolder(fixture.Output, 2023).PriorPublication("1.0.1");
        var first = Values(fixture.Folder("1.0.0"));

        Assert.Equal(first.Count(v => v.Status is "Published" or "LowReliability"), prior.Shown.Count);
        Assert.Equal(first.Count(v => v.Status == "Suppressed"), prior.Suppressed.Count);
        Assert.True(prior.Shown.Count > 1000);

        // The first version's internal record came with it: every shown cell carries its exact counts.
        Assert.All(prior.Shown.Values, cells => Assert.True(Assert.Single(cells).HasExactCounts));

        // The first version has nothing before it.
        Assert.True(new VersionFolder(fixture.Output, 2023).PriorPublication("1.0.0").IsEmpty);
    }

    [Fact]
    public void The_correction_keeps_the_suppression_pattern_of_the_first_version()
    {
        var before = Values(fixture.Folder("1.0.0")).Where(v => v.Status == "Suppressed").Select(v => v.Key).ToHashSet();
        var after = Values(fixture.Folder("1.0.1")).Where(v => v.Status == "Suppressed").Select(v => v.Key).ToHashSet();

        // +10 on one SGB II count creates no small count: the pattern stays exactly the same.
        Assert.Equal(before.Order(StringComparer.Ordinal), after.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_version_has_an_internal_record_outside_its_folder_with_the_audit_list()
    {
        var versions = new VersionFolder(fixture.Output, 2023);
        foreach (var version in new[] { "1.0.0", "1.0.1" })
        {
            var path = versions.RecordPath(version);
            Assert.Equal(Path.Combine(fixture.Output, "2023", "intern", $"v{version}-geheimhaltung.json"), path);
            var record = ConfidentialityRecord.Read(path)!;
            Assert.Equal(version, record.Version);

            // Audit list: every suppressed count cell of the manifest's pattern has an entry with its kind and interval.
            Assert.Contains(record.Suppressions, e => e.Kind == "primär" && e.Lower == 0 && e.Upper >= e.RequiredWidth);
            Assert.All(record.Suppressions.Where(e => e.Kind != "abgeleitet" && e.RequiredWidth is not null),
                e => Assert.True(e.Upper is null || e.Upper - e.Lower >= e.RequiredWidth, $"{e.Subject}/{e.Area}/{e.Year}"));

            // The version folder never holds the record or the kind of a suppression.
            var folder = fixture.Folder(version);
            Assert.DoesNotContain(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories), f => f.Contains("geheimhaltung", StringComparison.Ordinal));
            foreach (var file in Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)))
            {
                var text = File.ReadAllText(file);
                Assert.DoesNotContain("primär", text, StringComparison.Ordinal);
                Assert.DoesNotContain("sekundär", text, StringComparison.Ordinal);
            }
        }

        Assert.True(File.Exists(Path.Combine(versions.InternalPath, "LIESMICH.txt")));
    }

    [Fact]
    public void Without_the_internal_record_the_correction_decides_from_the_display_texts()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("output");
        RepositoryPaths.CopyDirectory(fixture.Output, output);
        var versions = new VersionFolder(output, 2023);
        File.Delete(versions.RecordPath("1.0.0"));

        var prior = versions.PriorPublication("1.0.1");
        Assert.True(prior.Shown.Count > 1000);
        Assert.All(prior.Shown.Values, cells => Assert.False(Assert.Single(cells).HasExactCounts));
    }
}
