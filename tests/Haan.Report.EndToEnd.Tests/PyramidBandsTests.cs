using Haan.Report.Composition.Content.Figures;
using Haan.Report.Composition.Documents;
using Haan.Report.Data;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// Equal age groups of the pyramids (issue 15, item 6): 5-year groups on the demo data, coarser groups only where a
/// group would hold 1 … minimum − 1 people, and a refusal when even 20-year groups are too small.
/// </summary>
public sealed class PyramidBandsTests
{
    private static readonly DataSet Data = DataSetLoader.Load(RepositoryPaths.Data).Data!;

    [Fact]
    public void Five_year_groups_are_equal_and_labelled_in_the_report_convention()
    {
        var groups = PyramidBands.Groups(5, 85);
        Assert.Equal(18, groups.Count);
        Assert.Equal("0–5", groups[0].Label);
        Assert.Equal("80–85", groups[^2].Label);
        Assert.Equal("85+", groups[^1].Label);
        Assert.All(groups.Take(17), g => Assert.Equal(5, g.To - g.From));
        Assert.Equal("Alter in Jahren; Gruppen zu je 5 Jahren, oberste: 85 und älter", PyramidBands.Note(groups));
    }

    [Fact]
    public void Every_demo_area_gets_five_year_groups()
    {
        var year = Data.Population.Max(p => p.Year);
        foreach (var area in Data.Areas)
        {
            var groups = PyramidBands.For(Data, area.Key, year, PyramidBands.MinimumCount);
            Assert.Equal(5, groups[1].From - groups[0].From);
        }
    }

    [Fact]
    public void Small_groups_make_the_groups_coarser_and_too_small_areas_are_refused()
    {
        var year = Data.Population.Max(p => p.Year);
        var area = Data.Areas[0].Key;

        // The smallest 5-year group of one sex in the area, plus one, as minimum count: the 5-year groups fail.
        var smallest = PyramidBands.Groups(5, 85).SelectMany(g => new[] { Sex.Male, Sex.Female }.Select(s => Data.PopulationSum(year, area, g.From, g.To, s))).Min();
        var coarser = PyramidBands.For(Data, area, year, smallest + 1);
        Assert.True(coarser[1].From - coarser[0].From > 5, $"Gruppenbreite {coarser[1].From - coarser[0].From}");

        var refused = Assert.Throws<ContentException>(() => PyramidBands.For(Data, area, year, int.MaxValue));
        Assert.Contains("zu klein", refused.Message, StringComparison.Ordinal);
    }
}
