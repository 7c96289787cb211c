using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Regional;
using Haan.Report.Indicators.Spatial;
using NetTopologySuite.Geometries;
using Xunit;

namespace Haan.Report.Indicators.Tests;

public sealed class RegionalAndSpatialTests
{
    [Fact]
    public void Haan_rank_and_difference_in_the_kreis_table()
    {
        // Rows from the town's presentation (SGB II-Quote and NEF-Quote u15).
        (string Region, string Ags, double Sgb2, double Nef)[] table =
        [
            ("Mettmann", "05158000", 10.1, 15.8), ("Erkrath, Stadt", "05158004", 12.7, 19.7), ("Haan, Stadt", "05158008", 7.9, 11.3),
            ("Heiligenhaus, Stadt", "05158012", 11.6, 17.4), ("Hilden, Stadt", "05158016", 9.0, 14.1),
            ("Langenfeld (Rhld.), Stadt", "05158020", 6.4, 9.6), ("Mettmann, Stadt", "05158024", 8.6, 13.0),
            ("Monheim am Rhein, Stadt", "05158026", 14.3, 22.8), ("Ratingen, Stadt", "05158028", 10.0, 15.0),
            ("Velbert, Stadt", "05158032", 12.3, 19.1), ("Wülfrath, Stadt", "05158036", 8.1, 12.5),
        ];
        var result = RegionalComparison.Compute(
            [new RegionalColumn("SGB II-Quote", "%", 1, Polarity.HigherIsMoreNeed), new RegionalColumn("NEF-Quote", "%", 1, Polarity.HigherIsMoreNeed)],
            table.Select(r => new RegionalRow(r.Region, r.Ags, [r.Sgb2, r.Nef])).ToList(), "05158008", "05158000");

        Assert.Equal(7.9, result[0].TownValue);
        Assert.Equal(10.1, result[0].KreisValue);
        Assert.Equal(-2.2, result[0].Difference, 9);
        Assert.Equal(9, result[0].Rank); // only Langenfeld is lower
        Assert.Equal(10, result[0].MunicipalityCount);
        Assert.Equal("-2,2\u202FPp.", result[0].DifferenceText);
        Assert.Equal("Rang 9 von 10 (1 = höchster Wert)", result[0].RankText);
        Assert.Equal(-4.5, result[1].Difference, 9);
        Assert.Equal(9, result[1].Rank);
    }

    [Fact]
    public void Grid_reach_counts_persons_of_cells_whose_centre_is_within_the_radius()
    {
        GridPopulation[] cells =
        [
            new("SR01", new Coordinate(350050, 5670050), 10), // 400 m east of the facility: included (boundary)
            new("SR01", new Coordinate(350150, 5670050), 7),  // 500 m: excluded
            new("SR02", new Coordinate(349650, 5670050), 4),  // 0 m
            new("SR02", new Coordinate(349650, 5670450), 3),  // 400 m north
            new("SR02", new Coordinate(349950, 5670350), 5),  // 300/300 → 424 m: excluded
        ];
        var reach = GridAccessibility.Compute(cells, [new Coordinate(349650, 5670050)], 400);
        Assert.Equal(new Reach(10, 17), reach["SR01"]);
        Assert.Equal(new Reach(7, 12), reach["SR02"]);
        Assert.Equal(new Reach(0, 17), GridAccessibility.Compute(cells.Take(2), [], 400)["SR01"]);
    }
}
