using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Counts;
using Haan.Report.Indicators.Engine;
using Xunit;

namespace Haan.Report.Indicators.Tests;

public sealed class IndicatorEngineTests
{
    private static readonly Lazy<IndicatorResults> Results = new(() =>
        IndicatorEngine.Compute(IndicatorCatalogue.Load(FixtureCounts.CataloguePath), FixtureCounts.Standard(), FixtureCounts.Years));

    // Expected values computed by hand from the fixture rows (SR01, 2023).
    [Theory]
    [InlineData("bev", 4000)]
    [InlineData("anteil_u3", 3.0)] // 120 / 4000
    [InlineData("anteil_3_6", 2.5)] // 100 / 4000
    [InlineData("anteil_u6", 5.5)] // 220 / 4000
    [InlineData("anteil_6_10", 4.0)] // 160 / 4000
    [InlineData("anteil_10_18", 8.0)] // 320 / 4000
    [InlineData("anteil_18_65", 55.0)] // 2200 / 4000
    [InlineData("anteil_65plus", 27.5)] // 1100 / 4000
    [InlineData("anteil_80plus", 7.5)] // 300 / 4000
    [InlineData("jugendquotient", 40.0)] // 800 / 2000 × 100
    [InlineData("altenquotient", 55.0)] // 1100 / 2000 × 100
    [InlineData("auslaenderanteil", 10.0)] // 400 / 4000
    [InlineData("alleinerziehende", 10.0)] // 40 / 400
    [InlineData("wanderungssaldo", 0.5)] // (200 − 180) / 4000
    [InlineData("sgb2_quote", 10.0)] // 300 / 3000
    [InlineData("elb_quote", 8.0)] // 200 / 2500
    [InlineData("elb_quote_m", 7.2)] // 90 / 1250
    [InlineData("elb_quote_w", 8.8)] // 110 / 1250
    [InlineData("nef_quote_u15", 12.0)] // 60 / 500
    [InlineData("gsi_alter_quote", 3.0)] // 33 / 1100
    [InlineData("mindestsicherung", 9.0)] // (300 + 33 + 10 + 5 + 12) / 4000
    [InlineData("al_dichte_sgb2", 2.5)] // 60 / 2400
    [InlineData("al_dichte_sgb3", 1.6666666666666667)] // 40 / 2400
    [InlineData("al_dichte", 4.166666666666667)] // 100 / 2400
    [InlineData("wohngeld_quote", 2.0)] // 40 / 2000
    [InlineData("ladepunkte_je_1000_hh", 2.0)] // 4 / 2000 × 1000
    [InlineData("kita_betreuung_u3", 30.0)] // 36 / 120
    [InlineData("kita_betreuung_3_6", 95.0)] // 95 / 100
    [InlineData("kita_versorgung_u3", 33.333333333333336)] // 40 / 120
    [InlineData("kita_versorgung_3_6", 100.0)] // 100 / 100
    [InlineData("spielplaetze_je_1000_kinder", 10.0)] // 8 / 800 × 1000
    [InlineData("kinder_spielplatz_400m", 80.0)] // 640 / 800
    [InlineData("senioren_bus_500m", 90.0)] // 990 / 1100
    [InlineData("senioren_beratung_500m", 50.0)] // 550 / 1100
    [InlineData("versiegelung", 40.0)] // 80 / 200
    [InlineData("hitze_vulnerabilitaet", 116.5356633641648)] // (40/26.667 + 27.5/26.817 + 5.5/5.667) / 3 × 100
    [InlineData("sozialindex", 95.05379136745047)] // (10/10.467 + 12/13.881 + 2.5/2.549 + 3/2.996) / 4 × 100
    public void Sozialraum_value_matches_hand_computation(string indicator, double expected)
    {
        var cell = Results.Value.Get(indicator, "SR01", 2023);
        Assert.Equal(CellStatus.Published, cell.Status);
        Assert.Equal(expected, cell.Value!.Value, 9);
    }

    // Town values: sums of the seven fixture rows (2023) and earlier years via the yearly step.
    [Theory]
    [InlineData("bev", 2023, 30000)]
    [InlineData("bev", 2019, 29440)] // 30000 − 4 × 7 × 20
    [InlineData("anteil_u3", 2023, 2.8166666666666667)] // 845 / 30000
    [InlineData("al_dichte", 2023, 4.145658263305322)] // (455 + 285) / 17850
    [InlineData("sgb2_quote", 2019, 9.222222222222221)] // (2355 − 4 × 7 × 10) / 22500
    [InlineData("mindestsicherung", 2023, 9.363333333333333)] // (2355 + 241 + 67 + 41 + 105) / 30000
    [InlineData("ladepunkte_je_1000_hh", 2023, 2.2666666666666666)] // 34 / 15000 × 1000
    public void Town_value_matches_hand_computation(string indicator, int year, double expected)
    {
        var cell = Results.Value.Get(indicator, Area.TownId, year);
        Assert.Equal(expected, cell.Value!.Value, 9);
    }

    [Fact]
    public void Every_catalogue_indicator_has_seven_areas_and_the_town_for_five_years()
    {
        var results = Results.Value;
        Assert.Equal(results.Catalogue.Indicators.Count * 8 * 5, results.Values.Count);
        Assert.All(results.Values, v => Assert.Equal(CellStatus.Published, v.Status));
        Assert.Contains(results.Catalogue.Indicators, i => i.Id == "sozialindex");
    }

    [Fact]
    public void Town_value_is_computed_from_summed_counts()
    {
        var town = Results.Value.Get("sgb2_quote", Area.TownId, 2023);
        Assert.Equal(2355, town.Numerator);
        Assert.Equal(22500, town.Denominator);
        Assert.Equal(2355.0 / 22500 * 100, town.Value!.Value, 12);
        Assert.Equal("Stadt Haan", town.AreaName);
        Assert.Null(town.Rank);
        Assert.Equal(100, town.Index!.Value, 12);
    }

    [Fact]
    public void Changes_are_percentage_points_for_rates()
    {
        var cell = Results.Value.Get("sgb2_quote", "SR01", 2023);
        Assert.Equal((300.0 / 3000 * 100) - (290.0 / 3000 * 100), cell.Change1!.Value, 12); // 0,33 Pp.
        Assert.Equal((300.0 / 3000 * 100) - (260.0 / 3000 * 100), cell.Change4!.Value, 12); // 1,33 Pp.
        Assert.Null(cell.ChangePercent1);
        Assert.Null(Results.Value.Get("sgb2_quote", "SR01", 2019).Change1);
        Assert.Null(Results.Value.Get("sgb2_quote", "SR01", 2022).Change4);
    }

    [Fact]
    public void Population_change_is_absolute_and_relative()
    {
        var cell = Results.Value.Get("bev", "SR01", 2023);
        Assert.Equal(20, cell.Change1!.Value, 12);
        Assert.Equal(80, cell.Change4!.Value, 12);
        Assert.Equal(0.5025125628140614, cell.ChangePercent1!.Value, 12); // 4000 / 3980 − 1
        Assert.Equal(140, Results.Value.Get("bev", Area.TownId, 2023).Change1!.Value, 12);
        Assert.Null(cell.Rank); // neutral indicator
    }

    [Fact]
    public void Deviation_and_index_are_relative_to_the_town()
    {
        var cell = Results.Value.Get("sgb2_quote", "SR01", 2023);
        var town = 2355.0 / 22500 * 100;
        Assert.Equal(10 - town, cell.DeviationFromTown!.Value, 12);
        Assert.Equal(10 / town * 100, cell.Index!.Value, 12); // 95,5
        Assert.Equal("96", cell.DisplayIndex);
    }

    [Fact]
    public void Rank_one_is_highest_need_for_positive_polarity()
    {
        // 2023 SGB II-Quote: SR04 15,65; SR02 15,38; SR01 10,0; SR05 7,94; SR06 7,0; SR07 6,90; SR03 4,09.
        var ranks = FixtureCounts.SevenAreas.Select(a => Results.Value.Get("sgb2_quote", a.Id, 2023).Rank).ToArray();
        Assert.Equal(new int?[] { 3, 2, 7, 1, 4, 5, 6 }, ranks);
        Assert.Equal(7, Results.Value.Get("sgb2_quote", "SR01", 2023).RankCount);
    }

    [Fact]
    public void Rank_one_is_lowest_value_for_negative_polarity_and_ties_share_a_rank()
    {
        // Versorgungsquote u3, rounded: 33,3; 20,0; 33,3; 37,5; 33,3; 20,0; 25,0.
        var ranks = FixtureCounts.SevenAreas.Select(a => Results.Value.Get("kita_versorgung_u3", a.Id, 2023).Rank).ToArray();
        Assert.Equal(new int?[] { 4, 1, 4, 7, 4, 1, 3 }, ranks);
    }

    [Fact]
    public void Composite_is_one_hundred_for_the_town()
    {
        Assert.Equal(100, Results.Value.Get("sozialindex", Area.TownId, 2023).Value!.Value, 12);
        Assert.Equal(100, Results.Value.Get("hitze_vulnerabilitaet", Area.TownId, 2021).Value!.Value, 12);
    }

    [Fact]
    public void Every_value_knows_its_indicator_and_input_files()
    {
        var cell = Results.Value.Get("mindestsicherung", "SR02", 2021);
        Assert.Equal("mindestsicherung", cell.IndicatorId);
        Assert.Equal(
            ["indikatoren.csv", "fixture-sgb2_lb.csv", "fixture-gsi_alter.csv", "fixture-gsi_em.csv", "fixture-hlu.csv", "fixture-asylblg.csv", "fixture-bev.csv"],
            cell.Inputs);
        Assert.Contains("fixture-nef.csv", Results.Value.Get("sozialindex", "SR02", 2021).Inputs);
    }

    [Fact]
    public void Small_denominator_is_flagged_as_low_reliability()
    {
        var source = new FixtureCounts()
            .Row("nef[0-15]", 0, 6, 12, 15, 15, 45, 35, 40)
            .Row("bev[0-15]", 0, 40, 600, 300, 750, 450, 350, 400);
        var catalogue = IndicatorCatalogue.Parse(
            CatalogueTests.Header + "\n" + CatalogueTests.Line("nef_quote_u15", "Quote", "%", "nef[0-15]", "bev[0-15]", minCount: 3, minDenominator: 50),
            "test.csv");
        var results = IndicatorEngine.Compute(catalogue, source, [2023]);
        var cell = results.Get("nef_quote_u15", "SR01", 2023);
        Assert.Equal(CellStatus.LowReliability, cell.Status);
        Assert.Equal(15.0, cell.Value!.Value, 12);
        Assert.Equal("(15,0)", cell.Display);
        Assert.Equal(CellStatus.Published, results.Get("nef_quote_u15", "SR02", 2023).Status);
    }

    [Fact]
    public void Zero_denominator_is_not_meaningful_and_missing_data_not_available()
    {
        var source = new FixtureCounts()
            .Row("ladepunkte", 0, 1, 2, 3, 4, 5, 6, 7)
            .Row("hh", 0, 0, 100, 100, 100, 100, 100, 100);
        var catalogue = IndicatorCatalogue.Parse(
            CatalogueTests.Header + "\n" +
            CatalogueTests.Line("lp", "Quote", "je 1.000", "ladepunkte", "hh") + "\n" +
            CatalogueTests.Line("wg", "Quote", "%", "wohngeld_hh", "hh"),
            "test.csv");
        var results = IndicatorEngine.Compute(catalogue, source, [2023]);
        Assert.Equal(CellStatus.NotMeaningful, results.Get("lp", "SR01", 2023).Status);
        Assert.Equal("x", results.Get("lp", "SR01", 2023).Display);
        Assert.Equal(CellStatus.NotAvailable, results.Get("wg", "SR02", 2023).Status);
        Assert.Equal(CellStatus.NotAvailable, results.Get("wg", Area.TownId, 2023).Status);
    }
}
