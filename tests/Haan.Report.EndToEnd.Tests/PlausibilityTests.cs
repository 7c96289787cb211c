using Haan.Report.Composition;
using Haan.Report.Indicators;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// Plausibility of the synthetic demonstration data (issue 14, item 10; what remains is documented in docs/DATA.md).
/// </summary>
public sealed class PlausibilityTests
{
    private static readonly Lazy<FilledReport> Demo = new(() => ReportBuilder.Fill(RepositoryPaths.Data, RepositoryPaths.Templates));

    [Theory]
    [InlineData("kita_versorgung_u3", 30, 90)]
    [InlineData("kita_versorgung_3_6", 60, 140)]
    public void Kita_places_follow_the_children_of_each_Sozialraum(string indicator, double lowest, double highest)
    {
        var results = Demo.Value.Results;
        var values = Demo.Value.Data.Areas
            .SelectMany(a => results.Years.Select(y => results.Get(indicator, a.Key, y)))
            .Where(c => c.Status.HasValue())
            .Select(c => (c.AreaName, c.Year, Value: c.Value!.Value))
            .ToList();

        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.True(v.Value >= lowest && v.Value <= highest, $"{indicator} {v.AreaName} {v.Year}: {v.Value:0.0} %"));
    }
}
