using NetTopologySuite.Geometries;

namespace Haan.Report.Data;

/// <summary>
/// The validated data set of one town. All geometries are in EPSG:25832 (ETRS89 / UTM 32N, metres). Every table keyed by
/// Sozialraum and year holds exactly one row per Sozialraum × year in <see cref="Years"/>; the <c>Town…</c>
/// members give the town totals (sums over the Sozialräume) with <see cref="TownKey"/> as area key.
/// </summary>
public sealed class DataSet
{
    /// <summary>
    /// Area key used for town totals (the whole town = sum over all Sozialräume). Neutral on purpose: the town itself
    /// (name, AGS) comes from the data and the configuration, never from code.
    /// </summary>
    public const string TownKey = "STADT";

    /// <summary>EPSG code of all geometries.</summary>
    public const int Srid = 25832;

    /// <summary>Creates the data set; used by <see cref="DataSetLoader"/> (and by tests).</summary>
    public DataSet(
        IReadOnlyList<DataSetInfo> sources,
        Geometry townBoundary,
        IReadOnlyList<Municipality> municipalities,
        IReadOnlyList<SocialArea> areas,
        IReadOnlyList<int> years,
        IReadOnlyList<PopulationCount> population,
        IReadOnlyList<HouseholdCount> households,
        IReadOnlyList<SgbIICount> sgbII,
        IReadOnlyList<UnemploymentCount> unemployment,
        IReadOnlyList<SocialAssistanceCount> socialAssistance,
        IReadOnlyList<HousingBenefitCount> housingBenefit,
        IReadOnlyList<ChildcareCount> childcare,
        IReadOnlyList<PopulationMovementCount> movements,
        IReadOnlyList<LandCover> landCover,
        IReadOnlyList<PopulationGridCell> populationGrid,
        IReadOnlyList<Facility> facilities,
        IReadOnlyList<MunicipalityPopulation> municipalityPopulation,
        IReadOnlyList<KreisSgbIIRates> kreisSgbII,
        IReadOnlyList<KitaPlanningAreaChildren>? kitaPlanningAreas2012 = null,
        IReadOnlyList<TownPopulationBenchmark>? townPopulationBenchmarks = null)
    {
        Sources = sources;
        TownBoundary = townBoundary;
        Municipalities = municipalities;
        Areas = areas;
        Years = years;
        Population = population;
        Households = households;
        SgbII = sgbII;
        Unemployment = unemployment;
        SocialAssistance = socialAssistance;
        HousingBenefit = housingBenefit;
        Childcare = childcare;
        Movements = movements;
        LandCover = landCover;
        PopulationGrid = populationGrid;
        Facilities = facilities;
        MunicipalityPopulation = municipalityPopulation;
        KreisSgbII = kreisSgbII;
        KitaPlanningAreas2012 = kitaPlanningAreas2012 ?? [];
        TownPopulationBenchmarks = townPopulationBenchmarks ?? [];

        TownPopulation = population
            .GroupBy(p => (p.Year, p.Age, p.Sex, p.Nationality))
            .Select(g => new PopulationCount(g.Key.Year, TownKey, g.Key.Age, g.Key.Sex, g.Key.Nationality, g.Sum(p => p.Count)))
            .OrderBy(p => p.Year).ThenBy(p => p.Age).ThenBy(p => p.Sex).ThenBy(p => p.Nationality)
            .ToList();
        TownHouseholds = Sum(households, (y, rs) => new HouseholdCount(y, TownKey, rs.Sum(r => r.Households), rs.Sum(r => r.HouseholdsWithChildren), rs.Sum(r => r.SingleParentHouseholds)));
        TownSgbII = Sum(sgbII, (y, rs) => new SgbIICount(y, TownKey, rs.Sum(r => r.Recipients), rs.Sum(r => r.ElbMen), rs.Sum(r => r.ElbWomen), rs.Sum(r => r.Nef), rs.Sum(r => r.NefUnder15)));
        TownUnemployment = Sum(unemployment, (y, rs) => new UnemploymentCount(y, TownKey, rs.Sum(r => r.UnemployedSgbII), rs.Sum(r => r.UnemployedSgbIII)));
        TownSocialAssistance = Sum(socialAssistance, (y, rs) => new SocialAssistanceCount(y, TownKey, rs.Sum(r => r.OldAgeBasicIncome), rs.Sum(r => r.ReducedEarningCapacityBasicIncome), rs.Sum(r => r.SubsistenceAssistance), rs.Sum(r => r.AsylumSeekerBenefits)));
        TownHousingBenefit = Sum(housingBenefit, (y, rs) => new HousingBenefitCount(y, TownKey, rs.Sum(r => r.Households)));
        TownChildcare = Sum(childcare, (y, rs) => new ChildcareCount(y, TownKey, rs.Sum(r => r.PlacesUnder3), rs.Sum(r => r.Places3To6), rs.Sum(r => r.CaredUnder3), rs.Sum(r => r.Cared3To6)));
        TownMovements = Sum(movements, (y, rs) => new PopulationMovementCount(y, TownKey, rs.Sum(r => r.Births), rs.Sum(r => r.Deaths), rs.Sum(r => r.InFromOutside), rs.Sum(r => r.OutToOutside), rs.Sum(r => r.InFromOtherAreas), rs.Sum(r => r.OutToOtherAreas)));
        TownLandCover = Sum(landCover, (y, rs) => new LandCover(y, TownKey, rs.Sum(r => r.SealedHectares), rs.Sum(r => r.GreenHectares)));
    }

    /// <summary>Metadata of every data file (manifest <c>datensaetze.csv</c>).</summary>
    public IReadOnlyList<DataSetInfo> Sources { get; }

    /// <summary>True if any file of the data set is synthetic (the report then labels pages „Demonstrationsdaten“).</summary>
    public bool ContainsSyntheticData => Sources.Any(s => s.IsSynthetic);

    /// <summary>Boundary of the reporting town (from <c>gemeinden_kreis_mettmann.geojson</c>: the municipality of the Sozialräume).</summary>
    public Geometry TownBoundary { get; }

    /// <summary>AGS of the reporting town: the municipality that contains the Sozialräume (set by <see cref="DataSetLoader"/>).</summary>
    public string TownAgs { get; init; } = string.Empty;

    /// <summary>Name of the reporting town as in <c>gemeinden_kreis_mettmann.geojson</c> (set by <see cref="DataSetLoader"/>).</summary>
    public string TownName { get; init; } = string.Empty;

    /// <summary>AGS of the town's Kreis: the first five digits of <see cref="TownAgs"/> followed by 000.</summary>
    public string KreisAgs => TownAgs.Length == 8 ? TownAgs[..5] + "000" : string.Empty;

    /// <summary>The 10 municipalities of the Kreis Mettmann with boundaries (real, IT.NRW DVG2).</summary>
    public IReadOnlyList<Municipality> Municipalities { get; }

    /// <summary>The Sozialräume, ordered by key.</summary>
    public IReadOnlyList<SocialArea> Areas { get; }

    /// <summary>Reference years (31.12.) of the Sozialraum tables, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>Latest reference year.</summary>
    public int LatestYear => Years[^1];

    /// <summary>Population by Sozialraum × year × single age × sex × nationality (<c>bevoelkerung.csv</c>).</summary>
    public IReadOnlyList<PopulationCount> Population { get; }

    /// <summary>Households (<c>haushalte.csv</c>).</summary>
    public IReadOnlyList<HouseholdCount> Households { get; }

    /// <summary>SGB II recipients (<c>sgb2.csv</c>).</summary>
    public IReadOnlyList<SgbIICount> SgbII { get; }

    /// <summary>Unemployed SGB II / SGB III (<c>arbeitslose.csv</c>).</summary>
    public IReadOnlyList<UnemploymentCount> Unemployment { get; }

    /// <summary>Social assistance recipients (<c>sozialhilfe.csv</c>).</summary>
    public IReadOnlyList<SocialAssistanceCount> SocialAssistance { get; }

    /// <summary>Wohngeld households (<c>wohngeld.csv</c>).</summary>
    public IReadOnlyList<HousingBenefitCount> HousingBenefit { get; }

    /// <summary>Kita places and children in care (<c>kita.csv</c>).</summary>
    public IReadOnlyList<ChildcareCount> Childcare { get; }

    /// <summary>Births, deaths, moves (<c>bevoelkerungsbewegung.csv</c>).</summary>
    public IReadOnlyList<PopulationMovementCount> Movements { get; }

    /// <summary>Sealed and green surface (<c>flaechennutzung.csv</c>).</summary>
    public IReadOnlyList<LandCover> LandCover { get; }

    /// <summary>100 m population grid (<c>bevoelkerung_raster.csv</c>).</summary>
    public IReadOnlyList<PopulationGridCell> PopulationGrid { get; }

    /// <summary>All point facilities: <c>einrichtungen.csv</c> (synthetic), <c>schulen.csv</c> and <c>ladepunkte.csv</c> (real).</summary>
    public IReadOnlyList<Facility> Facilities { get; }

    /// <summary>Official population of the Kreis Mettmann towns (<c>gemeinden_bevoelkerung.csv</c>, real).</summary>
    public IReadOnlyList<MunicipalityPopulation> MunicipalityPopulation { get; }

    /// <summary>SGB II quotas of the Kreis Mettmann towns as published by the town (<c>kreis_mettmann_sgb2_quoten.csv</c>, real).</summary>
    public IReadOnlyList<KreisSgbIIRates> KreisSgbII { get; }

    /// <summary>Children per cohort in the Kita planning areas 2012/13 (<c>kita_ortsbereiche_2012_13.csv</c>, real).</summary>
    public IReadOnlyList<KitaPlanningAreaChildren> KitaPlanningAreas2012 { get; }

    /// <summary>Published population figures of Haan: official, Zensus and register (<c>haan_einwohner_eckwerte.csv</c>, real).</summary>
    public IReadOnlyList<TownPopulationBenchmark> TownPopulationBenchmarks { get; }

    /// <summary>Town totals of <see cref="Population"/> by year × age × sex × nationality (area key <see cref="TownKey"/>).</summary>
    public IReadOnlyList<PopulationCount> TownPopulation { get; }

    /// <summary>Town totals of <see cref="Households"/> per year.</summary>
    public IReadOnlyList<HouseholdCount> TownHouseholds { get; }

    /// <summary>Town totals of <see cref="SgbII"/> per year.</summary>
    public IReadOnlyList<SgbIICount> TownSgbII { get; }

    /// <summary>Town totals of <see cref="Unemployment"/> per year.</summary>
    public IReadOnlyList<UnemploymentCount> TownUnemployment { get; }

    /// <summary>Town totals of <see cref="SocialAssistance"/> per year.</summary>
    public IReadOnlyList<SocialAssistanceCount> TownSocialAssistance { get; }

    /// <summary>Town totals of <see cref="HousingBenefit"/> per year.</summary>
    public IReadOnlyList<HousingBenefitCount> TownHousingBenefit { get; }

    /// <summary>Town totals of <see cref="Childcare"/> per year.</summary>
    public IReadOnlyList<ChildcareCount> TownChildcare { get; }

    /// <summary>Town totals of <see cref="Movements"/> per year (moves between Sozialräume cancel: in = out).</summary>
    public IReadOnlyList<PopulationMovementCount> TownMovements { get; }

    /// <summary>Town totals of <see cref="LandCover"/> per year.</summary>
    public IReadOnlyList<LandCover> TownLandCover { get; }

    /// <summary>Metadata of a data file by file name (e.g. <c>sgb2.csv</c>); throws if the file is not in the manifest.</summary>
    public DataSetInfo InfoFor(string file) =>
        Sources.FirstOrDefault(s => string.Equals(s.File, file, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"Datei {file} ist nicht im Manifest datensaetze.csv.");

    /// <summary>
    /// Sum of persons for a year and area (Sozialraum key, or <see cref="TownKey"/> / null for the town) with
    /// <paramref name="minAge"/> ≤ age &lt; <paramref name="maxAgeExclusive"/>, optionally filtered by sex and nationality.
    /// Use <c>int.MaxValue</c> as upper bound for „and older“.
    /// </summary>
    public int PopulationSum(int year, string? areaKey, int minAge = 0, int maxAgeExclusive = int.MaxValue, Sex? sex = null, Nationality? nationality = null)
    {
        // Indexed by (year, area) on first use: a scan of all rows per call made the Sozialraum profiles quadratic.
        var index = LazyInitializer.EnsureInitialized(ref populationIndex, BuildPopulationIndex);
        var town = areaKey is null || string.Equals(areaKey, TownKey, StringComparison.Ordinal);
        if (!index.TryGetValue((year, town ? TownKey : areaKey!), out var cells))
        {
            return 0;
        }

        var sum = 0;
        var to = Math.Min(maxAgeExclusive, cells.Length / 4);
        for (var age = Math.Max(minAge, 0); age < to; age++)
        {
            for (var s = 0; s < 2; s++)
            {
                for (var n = 0; n < 2; n++)
                {
                    if ((sex is null || (int)sex == s) && (nationality is null || (int)nationality == n))
                    {
                        sum += cells[(age * 4) + (s * 2) + n];
                    }
                }
            }
        }

        return sum;
    }

    private Dictionary<(int Year, string Area), int[]>? populationIndex;

    /// <summary>Counts per (year, area) and per (year, <see cref="TownKey"/>) as [age × 4 + sex × 2 + nationality].</summary>
    private Dictionary<(int Year, string Area), int[]> BuildPopulationIndex()
    {
        var ages = Population.Count == 0 ? 0 : Population.Max(p => p.Age) + 1;
        var index = new Dictionary<(int Year, string Area), int[]>();
        foreach (var p in Population)
        {
            if (p.Age < 0)
            {
                continue;
            }

            var cell = (p.Age * 4) + ((int)p.Sex * 2) + (int)p.Nationality;
            foreach (var key in string.Equals(p.AreaKey, TownKey, StringComparison.Ordinal) ? [TownKey] : new[] { p.AreaKey, TownKey })
            {
                if (!index.TryGetValue((p.Year, key), out var cells))
                {
                    cells = new int[ages * 4];
                    index[(p.Year, key)] = cells;
                }

                cells[cell] += p.Count;
            }
        }

        return index;
    }

    private static List<T> Sum<T>(IReadOnlyList<T> rows, Func<int, IReadOnlyList<T>, T> combine)
        where T : notnull
    {
        return rows
            .GroupBy(YearOf)
            .OrderBy(g => g.Key)
            .Select(g => combine(g.Key, g.ToList()))
            .ToList();

        static int YearOf(T row) => row switch
        {
            HouseholdCount r => r.Year,
            SgbIICount r => r.Year,
            UnemploymentCount r => r.Year,
            SocialAssistanceCount r => r.Year,
            HousingBenefitCount r => r.Year,
            ChildcareCount r => r.Year,
            PopulationMovementCount r => r.Year,
            LandCover r => r.Year,
            _ => throw new ArgumentException("Unbekannter Tabellentyp.", nameof(rows)),
        };
    }
}
