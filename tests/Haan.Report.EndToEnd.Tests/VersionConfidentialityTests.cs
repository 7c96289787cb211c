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
}
