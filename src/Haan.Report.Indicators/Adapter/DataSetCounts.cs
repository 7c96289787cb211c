using Haan.Report.Data;
using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Counts;
using Haan.Report.Indicators.Spatial;
using NetTopologySuite.Geometries;

namespace Haan.Report.Indicators.Adapter;

/// <summary>
/// Resolves the catalogue's count keys from the <see cref="DataSet"/>. The variables, their breakdowns and input files
/// are listed once in <see cref="CountVariables"/>.
/// <para>
/// Facility points carry no validity period in the data model (the manifest dates the stock to the latest year), so
/// facility-based counts (<c>spielplaetze</c>, <c>ladepunkte</c>, the <c>raster_…m</c> reach counts) are only given for
/// the latest year of the data set; earlier years are "nicht verfügbar" (no stock is carried into the past).
/// </para>
/// </summary>
public sealed class DataSetCounts : ICountSource
{
    private readonly DataSet data;
    private readonly Dictionary<(int Year, string Area), int[]> population = [];
    private readonly HashSet<int> gridYears;
    private readonly int facilityYear;
    private readonly Dictionary<(string Key, int Year), IReadOnlyDictionary<string, Reach>> reachCache = [];
    private readonly Dictionary<object, Dictionary<(int Year, string Area), object>> rowIndexes = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates the adapter.</summary>
    /// <param name="townName">Name of the town as a whole (e.g. „Stadt Hilden“); null: „Stadt“ and the name in the data.</param>
    public DataSetCounts(DataSet data, string? townName = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        this.data = data;
        TownName = townName ?? $"Stadt {data.TownName}";
        Areas = data.Areas.Select(a => new Area(a.Key, a.Name)).ToList();
        foreach (var p in data.Population)
        {
            if (!population.TryGetValue((p.Year, p.AreaKey), out var cells))
            {
                cells = new int[(PopulationCount.TopAge + 1) * 4];
                population[(p.Year, p.AreaKey)] = cells;
            }

            cells[PopulationIndex(p.Age, p.Sex, p.Nationality)] += p.Count;
        }

        gridYears = data.PopulationGrid.Select(c => c.Year).ToHashSet();
        facilityYear = data.LatestYear;

        // Leistungsberechtigte = ELB + NEF + sonstige Leistungsberechtigte (BA). Where the data have no sonstige LB
        // the identity without remainder holds and a reader may assume it; otherwise the sonstige LB are an
        // unpublished remainder — an identity that does not hold would give the attacker's program false equations.
        Relations = data.SgbII.All(r => r.Recipients == r.Elb + r.Nef)
            ? KnownRelations
            : [.. KnownRelations.Select(r => r.Parent == K("sgb2_lb") ? r with { HasRemainder = true } : r)];
    }

    /// <summary>
    /// Relations that hold in the data set and that a reader may know: elb = elb[m] + elb[w]; sgb2_lb = elb + nef (holds
    /// in the bundled <c>sgb2.csv</c>; with sonstige Leistungsberechtigte in the data it gets a remainder, see the
    /// constructor); nef = nef[0-15] + NEF ab 15 (the remainder is not published).
    /// </summary>
    public static IReadOnlyList<CountRelation> KnownRelations { get; } =
    [
        new(K("elb"), [K("elb[m]"), K("elb[w]")], false),
        new(K("sgb2_lb"), [K("elb"), K("nef")], false),
        new(K("nef"), [K("nef[0-15]")], true),
    ];

    /// <inheritdoc/>
    public IReadOnlyList<Area> Areas { get; }

    /// <inheritdoc />
    public string TownName { get; }

    /// <summary>See <see cref="KnownRelations"/>.</summary>
    public IReadOnlyList<CountRelation> Relations { get; }

    /// <inheritdoc/>
    public double? Get(CountKey key, string areaId, int year)
    {
        ArgumentNullException.ThrowIfNull(key);
        var filter = (key.AgeFromInYear(year), key.AgeToInYear(year), key.Sex, key.Nationality);
        return key.Variable switch
        {
            "bev" => Population(areaId, year, key),
            "hh" => Row(data.Households, areaId, year, key, r => r.Households),
            "hh_kinder" => Row(data.Households, areaId, year, key, r => r.HouseholdsWithChildren),
            "hh_alleinerziehend" => Row(data.Households, areaId, year, key, r => r.SingleParentHouseholds),
            "sgb2_lb" => Row(data.SgbII, areaId, year, key, r => r.Recipients),
            "elb" => filter switch
            {
                (null, null, null, null) => Row(data.SgbII, areaId, year, key, r => r.Elb),
                (null, null, "m", null) => Row(data.SgbII, areaId, year, null, r => r.ElbMen),
                (null, null, "w", null) => Row(data.SgbII, areaId, year, null, r => r.ElbWomen),
                _ => throw Unsupported(key),
            },
            "nef" => filter switch
            {
                (null, null, null, null) => Row(data.SgbII, areaId, year, key, r => r.Nef),
                (0, 15, null, null) => Row(data.SgbII, areaId, year, null, r => r.NefUnder15),
                _ => throw Unsupported(key),
            },
            "al_sgb2" => Row(data.Unemployment, areaId, year, key, r => r.UnemployedSgbII),
            "al_sgb3" => Row(data.Unemployment, areaId, year, key, r => r.UnemployedSgbIII),
            "gsi_alter" => Row(data.SocialAssistance, areaId, year, key, r => r.OldAgeBasicIncome),
            "gsi_em" => Row(data.SocialAssistance, areaId, year, key, r => r.ReducedEarningCapacityBasicIncome),
            "hlu" => Row(data.SocialAssistance, areaId, year, key, r => r.SubsistenceAssistance),
            "asylblg" => Row(data.SocialAssistance, areaId, year, key, r => r.AsylumSeekerBenefits),
            "wohngeld_hh" => Row(data.HousingBenefit, areaId, year, key, r => r.Households),
            "kita_plaetze" => filter switch
            {
                (0, 3, null, null) => Row(data.Childcare, areaId, year, null, r => r.PlacesUnder3),
                (3, 6, null, null) => Row(data.Childcare, areaId, year, null, r => r.Places3To6),
                _ => throw Unsupported(key),
            },
            "kita_betreut" => filter switch
            {
                (0, 3, null, null) => Row(data.Childcare, areaId, year, null, r => r.CaredUnder3),
                (3, 6, null, null) => Row(data.Childcare, areaId, year, null, r => r.Cared3To6),
                _ => throw Unsupported(key),
            },
            "zuzuege" => Row(data.Movements, areaId, year, key, r => r.InTotal),
            "fortzuege" => Row(data.Movements, areaId, year, key, r => r.OutTotal),
            "versiegelt_ha" => Row(data.LandCover, areaId, year, key, r => (double)r.SealedHectares),
            "flaeche_ha" => NoFilter(key, data.Areas.Single(a => a.Key == areaId).AreaHectares),
            "spielplaetze" => year == facilityYear ? NoFilter(key, FacilitiesIn(areaId, FacilityKind.Playground).Count()) : null,
            "ladepunkte" => year == facilityYear ? ChargingPoints(key, areaId) : null,
            "raster_bev" => Grid(areaId, year, key, null, 0),
            "raster_spielplatz_400m" => Grid(areaId, year, key, FacilityKind.Playground, 400),
            "raster_bus_500m" => Grid(areaId, year, key, FacilityKind.BusStop, 500),
            "raster_beratung_500m" => Grid(areaId, year, key, FacilityKind.Counselling, 500),
            _ => throw new KeyNotFoundException($"Zählgröße „{key}“ ist im Datenbestand nicht vorhanden."),
        };
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> InputFiles(CountKey key) => key is not null && CountVariables.Find(key.Variable) is { } variable ? variable.InputFiles : [];

    /// <summary>Checks that every key of the catalogue can be resolved; returns German messages for those that cannot.</summary>
    public IReadOnlyList<string> Unresolvable(IndicatorCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var problems = new List<string>();
        var keys = catalogue.Indicators
            .SelectMany(i => new[] { i.Numerator, i.Denominator })
            .OfType<CountExpression>()
            .SelectMany(e => e.Terms.Select(t => t.Key))
            .Distinct();
        foreach (var key in keys)
        {
            try
            {
                Get(key, Areas[0].Id, data.LatestYear);
            }
            catch (KeyNotFoundException ex)
            {
                problems.Add(ex.Message);
            }
            catch (NotSupportedException ex)
            {
                problems.Add(ex.Message);
            }
        }

        return problems;
    }

    private static CountKey K(string text) => CountKey.TryParse(text, out var error) ?? throw new InvalidOperationException(error);

    private static int PopulationIndex(int age, Sex sex, Nationality nationality) =>
        (age * 4) + (sex == Sex.Male ? 0 : 2) + (nationality == Nationality.German ? 0 : 1);

    private double? Population(string areaId, int year, CountKey key)
    {
        if (!population.TryGetValue((year, areaId), out var cells))
        {
            return null;
        }

        var from = key.AgeFromInYear(year) ?? 0;
        var to = Math.Min(key.AgeToInYear(year) ?? int.MaxValue, PopulationCount.TopAge + 1);
        if (key.AgeToInYear(year) is > PopulationCount.TopAge)
        {
            throw Unsupported(key); // the top age class is "95 and older"
        }

        var sum = 0;
        for (var age = from; age < to; age++)
        {
            foreach (var sex in new[] { Sex.Male, Sex.Female })
            {
                if (key.Sex is not null && (key.Sex == "m") != (sex == Sex.Male))
                {
                    continue;
                }

                foreach (var nationality in new[] { Nationality.German, Nationality.Foreign })
                {
                    if (key.Nationality is not null && (key.Nationality == "dt") != (nationality == Nationality.German))
                    {
                        continue;
                    }

                    sum += cells[PopulationIndex(age, sex, nationality)];
                }
            }
        }

        return sum;
    }

    /// <summary>The value of the row for area and year, looked up in a per-table index (built once per table).</summary>
    private double? Row<T>(IReadOnlyList<T> rows, string areaId, int year, CountKey? key, Func<T, double> select)
        where T : notnull
    {
        if (key is { HasFilter: true })
        {
            throw Unsupported(key);
        }

        if (!rowIndexes.TryGetValue(rows, out var index))
        {
            index = rows.ToDictionary(row => RowKey(row), row => (object)row);
            rowIndexes[rows] = index;
        }

        return index.TryGetValue((year, areaId), out var found) ? select((T)found) : null;
    }

    private static (int Year, string Area) RowKey<T>(T row)
        where T : notnull => row switch
    {
        HouseholdCount r => (r.Year, r.AreaKey),
        SgbIICount r => (r.Year, r.AreaKey),
        UnemploymentCount r => (r.Year, r.AreaKey),
        SocialAssistanceCount r => (r.Year, r.AreaKey),
        HousingBenefitCount r => (r.Year, r.AreaKey),
        ChildcareCount r => (r.Year, r.AreaKey),
        PopulationMovementCount r => (r.Year, r.AreaKey),
        LandCover r => (r.Year, r.AreaKey),
        _ => throw new NotSupportedException(typeof(T).Name),
    };

    private static double NoFilter(CountKey key, double value) => key.HasFilter ? throw Unsupported(key) : value;

    /// <summary>Sum of charging points of the charging sites in the area; not available when a site lacks the number.</summary>
    private double? ChargingPoints(CountKey key, string areaId)
    {
        var sites = FacilitiesIn(areaId, FacilityKind.ChargingPoint).ToList();
        return sites.Any(f => f.ChargingPoints is null) ? null : NoFilter(key, sites.Sum(f => f.ChargingPoints!.Value));
    }

    private IEnumerable<Facility> FacilitiesIn(string areaId, FacilityKind kind) =>
        data.Facilities.Where(f => f.Kind == kind && f.AreaKey == areaId);

    private double? Grid(string areaId, int year, CountKey key, FacilityKind? kind, double radius)
    {
        if (!gridYears.Contains(year) || (kind is not null && year != facilityYear))
        {
            return null;
        }

        Func<PopulationGridCell, double> persons = (key.AgeFromInYear(year), key.AgeToInYear(year), key.Sex, key.Nationality) switch
        {
            (0, 18, null, null) => c => c.Age0To5 + c.Age6To17,
            (0, 6, null, null) => c => c.Age0To5,
            (65, null, null, null) => c => c.Age65Plus,
            (null, null, null, null) => c => c.Total,
            _ => throw Unsupported(key),
        };

        var cacheKey = (key.ToString(), year);
        if (!reachCache.TryGetValue(cacheKey, out var reach))
        {
            var cells = data.PopulationGrid.Where(c => c.Year == year).Select(c => new GridPopulation(c.AreaKey, c.Centre, persons(c)));
            IReadOnlyList<Coordinate> points = kind is { } k
                ? data.Facilities.Where(f => f.Kind == k).Select(f => f.Location.Coordinate).ToList()
                : [];
            reach = GridAccessibility.Compute(cells, points, radius);
            reachCache[cacheKey] = reach;
        }

        if (!reach.TryGetValue(areaId, out var r))
        {
            return 0;
        }

        return kind is null ? r.Total : r.WithinRadius;
    }

    private static NotSupportedException Unsupported(CountKey key) =>
        new($"Zählgröße „{key}“: diese Aufgliederung gibt der Datenbestand nicht her.");
}
