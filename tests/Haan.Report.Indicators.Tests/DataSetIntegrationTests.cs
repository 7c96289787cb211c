using Haan.Report.Data;
using Haan.Report.Indicators.Adapter;
using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Confidentiality;
using Haan.Report.Indicators.Counts;
using Xunit;

namespace Haan.Report.Indicators.Tests;

/// <summary>The engine on the project's data directory (loaded with the data colleague's loader).</summary>
public sealed class DataSetIntegrationTests
{
    private static readonly Lazy<(DataSet Data, IndicatorReport Report)> Loaded = new(() =>
    {
        var load = DataSetLoader.Load(Path.GetDirectoryName(FixtureCounts.CataloguePath)!);
        Assert.True(load.Data is not null, string.Join("\n", load.Errors.Select(e => e.ToString())));
        return (load.Data!, IndicatorReport.Build(load.Data!, IndicatorCatalogue.Load(FixtureCounts.CataloguePath)));
    });

    [Fact]
    public void Every_indicator_is_computed_for_seven_areas_the_town_and_five_years()
    {
        var results = Loaded.Value.Report.Results;
        Assert.Equal(7, results.Areas.Count);
        Assert.Equal([2019, 2020, 2021, 2022, 2023], results.Years);
        Assert.Equal(results.Catalogue.Indicators.Count * 8 * 5, results.Values.Count);
        Assert.All(results.Values.Where(v => v.Year == 2023), v => Assert.NotEqual(CellStatus.NotAvailable, v.Status));
    }

    [Fact]
    public void Town_sgb2_quote_is_recomputed_from_the_data_set_and_matches_the_kreis_table()
    {
        var (data, report) = Loaded.Value;
        var town = report.Results.Get("sgb2_quote", Area.TownId, 2023);
        var recipients = data.TownSgbII.Single(r => r.Year == 2023).Recipients;
        var population = data.PopulationSum(2023, null, 0, Haan.Report.Data.AgeLimits.RetirementAge(2023));
        Assert.Equal(recipients, town.Numerator);
        Assert.Equal(population, town.Denominator);
        Assert.Equal((double)recipients / population * 100, town.Value!.Value, 12);
        Assert.Equal("7,9", town.Display);
        Assert.Equal("11,3", report.Results.Get("nef_quote_u15", Area.TownId, 2023).Display);
        Assert.Equal("6,5", report.Results.Get("elb_quote_m", Area.TownId, 2023).Display);
        Assert.Equal("7,4", report.Results.Get("elb_quote_w", Area.TownId, 2023).Display);
    }

    [Fact]
    public void Sozialraum_value_is_recomputed_from_the_data_set()
    {
        var (data, report) = Loaded.Value;
        var area = data.Areas[1].Key;
        var row = data.Childcare.Single(r => r.Year == 2021 && r.AreaKey == area);
        var children = data.PopulationSum(2021, area, 3, 6);
        Assert.Equal((double)row.Cared3To6 / children * 100, report.Results.Get("kita_betreuung_3_6", area, 2021).Value!.Value, 12);

        var moves = data.Movements.Single(r => r.Year == 2020 && r.AreaKey == area);
        Assert.Equal((double)(moves.InTotal - moves.OutTotal) / data.PopulationSum(2020, area) * 100,
            report.Results.Get("wanderungssaldo", area, 2020).Value!.Value, 12);
    }

    [Fact]
    public void Data_without_years_are_not_available_instead_of_invented()
    {
        var (data, report) = Loaded.Value;
        var results = report.Results;

        // Land cover: available exactly for the years in flaechennutzung.csv.
        foreach (var year in results.Years)
        {
            var expected = data.LandCover.Any(r => r.Year == year) ? CellStatus.Published : CellStatus.NotAvailable;
            Assert.Equal(expected, results.Get("versiegelung", "SR01", year).Status);
        }

        // Facility stock has no validity period: only the latest year.
        Assert.Equal(CellStatus.NotAvailable, results.Get("kinder_spielplatz_400m", "SR01", 2022).Status);
        Assert.Equal(CellStatus.NotAvailable, results.Get("spielplaetze_je_1000_kinder", "SR02", 2019).Status);
        Assert.NotEqual(CellStatus.NotAvailable, results.Get("spielplaetze_je_1000_kinder", "SR02", 2023).Status);
        Assert.Equal("…", results.Get("ladepunkte_je_1000_hh", Area.TownId, 2020).Display); // „Angabe liegt nicht vor“, not the „.“ of secrecy
    }

    [Fact]
    public void No_published_numerator_is_below_its_minimum_count()
    {
        var results = Loaded.Value.Report.Results;
        foreach (var cell in results.Values.Where(v => v.Definition.MinCount > 0 && v.Status.HasValue()))
        {
            Assert.False(cell.Numerator is >= 1 && cell.Numerator < cell.Definition.MinCount, $"{cell.IndicatorId}/{cell.AreaId}/{cell.Year}");
        }

        Assert.All(results.Audit, e => Assert.DoesNotMatch(@"\b(Wert|Fallzahl) \d+\b", e.Rule.Replace("Mindestfallzahl", string.Empty, StringComparison.Ordinal)));
        Assert.Contains(results.Audit, e => e.Kind == SuppressionKind.Primary); // small hidden components (HLU, AsylbLG) exist
    }

    [Fact]
    public void Sozialindex_and_regional_comparison_are_available()
    {
        var report = Loaded.Value.Report;
        Assert.Equal(35, report.SocialIndex.Count);
        Assert.All(report.SocialIndex.Where(e => e.Year == 2023), e => Assert.NotNull(e.Status));
        Assert.All(report.SocialIndex.Where(e => e.Year >= 2021), e => Assert.NotNull(e.DynamicsClass));
        var sgb2 = report.Regional[0];
        Assert.Equal("SGB II-Quote", sgb2.Column.Name);
        Assert.Equal(7.9, sgb2.TownValue, 9);
        Assert.Equal(9, sgb2.Rank);
        Assert.Equal(-2.2, sgb2.Difference, 9);
    }

    [Fact]
    public void Relations_declared_by_the_adapter_hold_in_the_data()
    {
        var data = Loaded.Value.Data;
        Assert.All(data.SgbII, r => Assert.Equal(r.Recipients, r.ElbMen + r.ElbWomen + r.Nef)); // sgb2_lb = elb + nef
        Assert.All(data.SgbII, r => Assert.True(r.NefUnder15 <= r.Nef));                         // nef = nef[0-15] + rest
        Assert.Equal(3, DataSetCounts.KnownRelations.Count);
    }

    /// <summary>
    /// Real BA data have sonstige Leistungsberechtigte (LB − ELB − NEF &gt; 0). Then sgb2_lb = elb + nef is no identity:
    /// the adapter gives it an unpublished remainder, and suppression around a small count in that table still works
    /// (with the identity the attacker's program would hold a false equation).
    /// </summary>
    [Fact]
    public void Sonstige_Leistungsberechtigte_make_the_recipients_relation_one_with_a_remainder()
    {
        var source = Path.GetDirectoryName(FixtureCounts.CataloguePath)!;
        var dir = Path.Combine(Path.GetTempPath(), "haan-slb-" + Guid.NewGuid().ToString("N"), "data");
        Directory.CreateDirectory(dir);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        }

        try
        {
            var path = Path.Combine(dir, "sgb2.csv");
            var lines = File.ReadAllLines(path);
            var i = Array.FindIndex(lines, l => l.StartsWith("2023;SR02;", StringComparison.Ordinal));
            var f = lines[i].Split(';');
            var (men, nef) = (int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture), int.Parse(f[5], System.Globalization.CultureInfo.InvariantCulture));
            f[4] = "2";                                                                                  // ELB Frauen: a small count
            f[2] = (men + 2 + nef + 10).ToString(System.Globalization.CultureInfo.InvariantCulture);    // 10 sonstige LB
            lines[i] = string.Join(';', f);
            File.WriteAllLines(path, lines);

            var load = DataSetLoader.Load(dir);
            Assert.True(load.Data is not null, string.Join("\n", load.Errors.Select(e => e.ToString())));
            var counts = new DataSetCounts(load.Data!);
            Assert.True(Assert.Single(counts.Relations, r => r.Parent.Variable == "sgb2_lb").HasRemainder);
            Assert.False(Assert.Single(new DataSetCounts(Loaded.Value.Data).Relations, r => r.Parent.Variable == "sgb2_lb").HasRemainder);

            var results = IndicatorReport.Build(load.Data!, IndicatorCatalogue.Load(Path.Combine(dir, "indikatoren.csv"))).Results;
            Assert.True(results.Get("elb_quote_w", "SR02", 2023).Status.IsSuppressed());

            // Every suppressed count of that year keeps the promised interval in the audit.
            Assert.All(results.Audit.Where(e => e.Year == 2023 && e.RequiredWidth is not null),
                e => Assert.True(e.Interval!.Width >= e.RequiredWidth, e.ToString()));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(dir)!, recursive: true);
        }
    }
}
