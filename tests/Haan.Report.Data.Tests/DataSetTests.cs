namespace Haan.Report.Data.Tests;

/// <summary>Facts about the committed data set: town totals, published quotas, consistency between tables.</summary>
public sealed class DataSetTests
{
    private static DataSet Data => TestData.Repo.Data ?? throw new InvalidOperationException(TestData.Dump(TestData.Repo));

    private static decimal Quota(int numerator, int denominator) => Math.Round(100m * numerator / denominator, 1, MidpointRounding.AwayFromZero);

    [Fact]
    public void Has_seven_sozialraeume_with_official_names_and_five_years()
    {
        Assert.Equal(["SR01", "SR02", "SR03", "SR04", "SR05", "SR06", "SR07"], Data.Areas.Select(a => a.Key));
        Assert.Equal(["Gruiten-Mitte und Gruiten-Nord", "Oberhaan und Nachbarsberg", "Haan Süd", "Haan Mitte", "Haan Nord", "Haan West", "Unterhaan"], Data.Areas.Select(a => a.Name));
        Assert.Equal([2019, 2020, 2021, 2022, 2023], Data.Years);
    }

    [Fact]
    public void Sozialraeume_partition_the_town()
    {
        var union = NetTopologySuite.Operation.Union.CascadedPolygonUnion.Union(Data.Areas.Select(a => a.Geometry).ToList());
        Assert.True(Data.TownBoundary.SymmetricDifference(union).Area < DataSetLoader.PartitionToleranceSquareMetres);
        Assert.InRange(Data.Areas.Sum(a => a.AreaHectares), 2418.0, 2420.5); // official 24.19 km²
        Assert.All(Data.Areas, a => Assert.Equal(DataSet.Srid, a.Geometry.SRID));
    }

    [Fact]
    public void Town_population_follows_the_official_series()
    {
        int Total(int year) => Data.PopulationSum(year, null);
        Assert.InRange(Total(2019), 30_400, 30_412); // IT.NRW 30 406
        Assert.Equal(30_263, Total(2020));           // IT.NRW 30 263
        Assert.InRange(Total(2022), 29_900, 30_200); // Zensus 2022: 30 000
        Assert.InRange(Data.PopulationSum(2021, null, 65), 7_600, 8_000);  // ~7 800 aged 65+ (Jan 2022)
        Assert.InRange(Data.PopulationSum(2021, null, 80), 2_750, 2_920);  // 2 835 aged 80+
        var gruiten = (double)Data.PopulationSum(2023, "SR01") / Total(2023);
        Assert.InRange(gruiten, 0.165, 0.195);
    }

    [Fact]
    public void Town_totals_2023_reproduce_the_published_quotas()
    {
        var s = Data.TownSgbII.Single(r => r.Year == 2023);
        var limit = AgeLimits.RetirementAge(2023);
        Assert.Equal(7.9m, Quota(s.Recipients, Data.PopulationSum(2023, null, 0, limit)));
        Assert.Equal(6.9m, Quota(s.Elb, Data.PopulationSum(2023, null, 15, limit)));
        Assert.Equal(6.5m, Quota(s.ElbMen, Data.PopulationSum(2023, null, 15, limit, Sex.Male)));
        Assert.Equal(7.4m, Quota(s.ElbWomen, Data.PopulationSum(2023, null, 15, limit, Sex.Female)));
        Assert.Equal(11.3m, Quota(s.NefUnder15, Data.PopulationSum(2023, null, 0, 15)));
        Assert.Equal(("05158008", "Haan", "05158000"), (Data.TownAgs, Data.TownName, Data.KreisAgs)); // the municipality of the Sozialräume
        var haan = Data.KreisSgbII.Single(k => k.Ags == Data.TownAgs);
        Assert.Equal((7.9m, 6.9m, 6.5m, 7.4m, 11.3m), (haan.SgbIIRate, haan.ElbRate, haan.ElbRateMen, haan.ElbRateWomen, haan.NefRateUnder15));
    }

    [Fact]
    public void Sums_over_sozialraeume_equal_town_values_in_every_table_and_year()
    {
        foreach (var year in Data.Years)
        {
            Assert.Equal(Data.Population.Where(p => p.Year == year).Sum(p => p.Count), Data.TownPopulation.Where(p => p.Year == year).Sum(p => p.Count));
            var h = Data.TownHouseholds.Single(r => r.Year == year);
            Assert.Equal(Data.Households.Where(r => r.Year == year).Sum(r => r.Households), h.Households);
            Assert.Equal(Data.Households.Where(r => r.Year == year).Sum(r => r.SingleParentHouseholds), h.SingleParentHouseholds);
            var s = Data.TownSgbII.Single(r => r.Year == year);
            Assert.Equal(Data.SgbII.Where(r => r.Year == year).Sum(r => r.Recipients), s.Recipients);
            Assert.Equal(Data.SgbII.Where(r => r.Year == year).Sum(r => r.NefUnder15), s.NefUnder15);
            Assert.Equal(s.Elb + s.Nef, s.Recipients);
            Assert.Equal(Data.Unemployment.Where(r => r.Year == year).Sum(r => r.Total), Data.TownUnemployment.Single(r => r.Year == year).Total);
            Assert.Equal(Data.SocialAssistance.Where(r => r.Year == year).Sum(r => r.OldAgeBasicIncome), Data.TownSocialAssistance.Single(r => r.Year == year).OldAgeBasicIncome);
            Assert.Equal(Data.HousingBenefit.Where(r => r.Year == year).Sum(r => r.Households), Data.TownHousingBenefit.Single(r => r.Year == year).Households);
            Assert.Equal(Data.Childcare.Where(r => r.Year == year).Sum(r => r.CaredUnder3), Data.TownChildcare.Single(r => r.Year == year).CaredUnder3);
            var m = Data.TownMovements.Single(r => r.Year == year);
            Assert.Equal(m.InFromOtherAreas, m.OutToOtherAreas);
            Assert.Equal(7, Data.Areas.Count(a => Data.SgbII.Any(r => r.Year == year && r.AreaKey == a.Key)));
        }
    }

    [Fact]
    public void Population_balances_with_births_deaths_and_moves()
    {
        foreach (var year in Data.Years.Skip(1))
        {
            foreach (var area in Data.Areas)
            {
                var m = Data.Movements.Single(r => r.Year == year && r.AreaKey == area.Key);
                Assert.Equal(Data.PopulationSum(year - 1, area.Key) + m.Births - m.Deaths + m.InTotal - m.OutTotal, Data.PopulationSum(year, area.Key));
            }
        }

        var m2019 = Data.TownMovements.Single(r => r.Year == 2019);
        var m2023 = Data.TownMovements.Single(r => r.Year == 2023);
        Assert.Equal((146, 350, 1311, 1186), (m2019.Births, m2019.Deaths, m2019.InFromOutside, m2019.OutToOutside));
        Assert.Equal((190, 406, 1684, 1427), (m2023.Births, m2023.Deaths, m2023.InFromOutside, m2023.OutToOutside));
    }

    [Fact]
    public void Grid_cells_sum_to_the_population_of_each_sozialraum()
    {
        Assert.Equal(Data.Years, Data.PopulationGrid.Select(c => c.Year).Distinct().Order());
        foreach (var (year, area) in Data.Years.SelectMany(y => Data.Areas.Select(a => (y, a))))
        {
            var cells = Data.PopulationGrid.Where(c => c.Year == year && c.AreaKey == area.Key).ToList();
            Assert.Equal(Data.PopulationSum(year, area.Key, 0, 6), cells.Sum(c => c.Age0To5));
            Assert.Equal(Data.PopulationSum(year, area.Key, 65), cells.Sum(c => c.Age65Plus));
            Assert.Equal(Data.PopulationSum(year, area.Key), cells.Sum(c => c.Total));
        }
    }

    [Fact]
    public void Facilities_match_the_town_facts_and_lie_in_the_town()
    {
        var kitas = Data.Facilities.Where(f => f.Kind == FacilityKind.Kita).ToList();
        Assert.Equal(18, kitas.Count);
        Assert.Equal(67, kitas.Sum(k => k.Groups));
        Assert.Equal(1213, kitas.Sum(k => k.Places));
        Assert.Equal(56, Data.Facilities.Count(f => f.Kind == FacilityKind.Playground));
        Assert.Equal(8, Data.Facilities.Count(f => f.Kind == FacilityKind.School));
        Assert.Equal(2, Data.Facilities.Count(f => f.Kind == FacilityKind.ChargingPoint));
        var c = Data.TownChildcare.Single(r => r.Year == 2023);
        Assert.Equal(1213, c.PlacesUnder3 + c.Places3To6);
        foreach (var area in Data.Areas)
        {
            var row = Data.Childcare.Single(r => r.Year == 2023 && r.AreaKey == area.Key);
            Assert.Equal(kitas.Where(k => k.AreaKey == area.Key).Sum(k => k.Places), row.PlacesUnder3 + row.Places3To6);
        }

        Assert.All(Data.Facilities, f => Assert.True(Data.TownBoundary.Distance(f.Location) <= DataSetLoader.PointToleranceMetres, f.Name));
    }

    [Fact]
    public void Real_schools_fall_into_the_plausible_sozialraeume_and_carry_the_social_index()
    {
        Facility School(string number) => Data.Facilities.Single(f => f.Kind == FacilityKind.School && f.Id == number);
        Assert.Equal("SR01", School("107153").AreaKey); // GS Gruiten (north)
        Assert.Equal("SR02", School("183891").AreaKey); // GS Bollenberg (east)
        Assert.Equal("SR07", School("106458").AreaKey); // GS Unterhaan (south-west)
        Assert.Equal("SR04", School("106446").AreaKey); // GS Mittelhaan (centre)
        Assert.Equal(6, School("183891").SocialIndex);
        Assert.True(School("183891").Startchancen);
        Assert.Equal("Prälat-Marschall-Str. 65", School("107153").Address);
    }

    [Fact]
    public void Social_gradient_puts_oberhaan_highest_and_mitte_and_gruiten_low()
    {
        var limit = AgeLimits.RetirementAge(2023);
        var quota = Data.Areas.ToDictionary(a => a.Key, a => (double)Data.SgbII.Single(r => r.Year == 2023 && r.AreaKey == a.Key).Recipients / Data.PopulationSum(2023, a.Key, 0, limit));
        Assert.Equal("SR02", quota.MaxBy(q => q.Value).Key);
        Assert.True(quota["SR04"] < quota["SR05"] && quota["SR01"] < quota["SR07"]);
    }

    [Fact]
    public void Some_cells_are_small_enough_for_statistical_confidentiality()
    {
        Assert.Contains(Data.SocialAssistance, r => r.SubsistenceAssistance is >= 1 and <= 2);
        Assert.Contains(Data.SocialAssistance, r => r.AsylumSeekerBenefits is >= 1 and <= 2);
    }

    [Fact]
    public void Every_file_carries_its_kind_and_attribution()
    {
        Assert.True(Data.InfoFor("bevoelkerung.csv").IsSynthetic);
        Assert.True(Data.InfoFor("sozialraeume.geojson").IsSynthetic);
        Assert.False(Data.InfoFor("schulen.csv").IsSynthetic);
        Assert.False(Data.InfoFor("kreis_mettmann_sgb2_quoten.csv").IsSynthetic);
        Assert.Equal("keine Angabe in der Quelle", Data.InfoFor("kreis_mettmann_sgb2_quoten.csv").ReferenceDate);
        Assert.True(Data.ContainsSyntheticData);
        Assert.All(Data.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Attribution)));
        Assert.Equal(DataFiles.All.Count - 1, Data.Sources.Count);
    }

    [Fact]
    public void Kita_planning_areas_2012_are_loaded_as_published()
    {
        var total = Data.KitaPlanningAreas2012.Single(r => r.Row == "Kinder insgesamt");
        Assert.Equal((367, 353, 498, 1218, 305, 1523), (total.HaanOst, total.HaanMitte, total.HaanWest, total.AltHaan, total.Gruiten, total.Total));
        Assert.Equal(11, Data.KitaPlanningAreas2012.Count);
        Assert.False(Data.InfoFor(DataFiles.KitaPlanningAreas2012).IsSynthetic);
    }

    [Fact]
    public void Published_population_figures_keep_register_and_official_apart()
    {
        var d2019 = Data.TownPopulationBenchmarks.Where(b => b.ReferenceDate == new DateOnly(2019, 12, 31)).ToList();
        Assert.Equal(30_406, d2019.Single(b => b.Kind == "amtlich").Population);
        Assert.Equal(31_118, d2019.Single(b => b.Kind == "melderegister").Population);
        Assert.Equal(30_000, Data.TownPopulationBenchmarks.Single(b => b.Kind == "zensus").Population);
    }
}
