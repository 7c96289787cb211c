using Haan.Report.Data.Reading;
using Haan.Report.Data.Schema;
using Haan.Report.Data.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Haan.Report.Data.Readers;

/// <summary>
/// What the readers of one load run share: the data directory, the problem log, and what earlier files established
/// (the town boundary, the Sozialräume, the years and the population cube), so that a later file's keys and parts
/// can be checked against them.
/// </summary>
internal sealed class LoadContext(string directory, ProblemLog log)
{
    public static readonly GeometryFactory Factory = new(new PrecisionModel(), DataSet.Srid);

    private readonly Dictionary<(int Year, string Key), int[,,]> population = new();

    public string Directory { get; } = directory;

    public ProblemLog Log { get; } = log;

    /// <summary>The town boundary from the municipalities file, or null when it is missing.</summary>
    public Geometry? Town { get; private set; }

    public IPreparedGeometry? PreparedTown { get; private set; }

    /// <summary>The Sozialräume in key order.</summary>
    public IReadOnlyList<SocialArea> Areas { get; private set; } = [];

    public IReadOnlyList<string> AreaKeys { get; private set; } = [];

    public IReadOnlyDictionary<string, IPreparedGeometry> PreparedAreas { get; private set; } = new Dictionary<string, IPreparedGeometry>();

    /// <summary>True when the Sozialraum file had errors: unknown keys elsewhere are then follow-ups, not reported.</summary>
    public bool AreasIncomplete { get; private set; }

    /// <summary>The years of the population file, ascending.</summary>
    public IReadOnlyList<int> Years { get; set; } = [];

    /// <summary>True when a population count was unreadable: part-of-whole checks against the population are skipped.</summary>
    public bool PopulationIncomplete { get; set; }

    private HashSet<string> areaKeySet = new(StringComparer.Ordinal);

    /// <summary>Cells supplied by KomMonitor downloads (file, column, year, Sozialraum → value), see <see cref="KomMonitor.KomMonitorInput"/>.</summary>
    public IReadOnlyDictionary<(string File, string Column, string Year, string Area), string> KomMonitorCells { get; set; } =
        new Dictionary<(string, string, string, string), string>();

    /// <summary>
    /// Reads the rows of a CSV input file checked against the schema, or null when it cannot be read; cells supplied
    /// by KomMonitor downloads replace the file's cells.
    /// </summary>
    public List<CsvRow>? ReadCsv(string file)
    {
        var rows = CsvFile.Read(Directory, DataSchema.Of(file), Log);
        if (rows is null || KomMonitorCells.Count == 0)
        {
            return rows;
        }

        var columns = KomMonitorCells.Keys.Where(k => k.File == file).Select(k => k.Column).Distinct(StringComparer.Ordinal).ToList();
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                if (KomMonitorCells.TryGetValue((file, column, row.Text("jahr"), row.Text("sozialraum")), out var value))
                {
                    row.Replace(column, value);
                }
            }
        }

        return rows;
    }

    /// <summary>The municipalities of the Kreis as read (the town is chosen among them by <see cref="TownSelection"/>).</summary>
    public IReadOnlyList<Municipality> Municipalities { get; set; } = [];

    /// <summary>The reporting town: the municipality that contains the Sozialräume, or null before or without it.</summary>
    public Municipality? TownMunicipality { get; private set; }

    /// <summary>The town as named in messages: „der Stadt Hilden“.</summary>
    public string TownLabel => TownMunicipality is null ? "der Stadt" : "der Stadt " + TownMunicipality.Name;

    public void SetTown(Municipality town)
    {
        TownMunicipality = town;
        Town = town.Geometry;
        PreparedTown = PreparedGeometryFactory.Prepare(town.Geometry);
    }

    public void SetAreas(IReadOnlyList<SocialArea> areas, bool incomplete)
    {
        Areas = areas;
        AreaKeys = areas.Select(a => a.Key).ToList();
        areaKeySet = AreaKeys.ToHashSet(StringComparer.Ordinal);
        PreparedAreas = areas.ToDictionary(a => a.Key, a => PreparedGeometryFactory.Prepare(a.Geometry), StringComparer.Ordinal);
        AreasIncomplete = incomplete;
    }

    /// <summary>Records one population cell (age, sex 0 = m, nationality 0 = deutsch).</summary>
    public void SetPopulation(int year, string key, int age, int sex, int nationality, int count)
    {
        if (!population.TryGetValue((year, key), out var cells))
        {
            cells = new int[PopulationCount.TopAge + 1, 2, 2];
            population[(year, key)] = cells;
        }

        cells[age, sex, nationality] = count;
    }

    public bool HasPopulation(int year, string key) => population.ContainsKey((year, key));

    /// <summary>Population of an area and year, ages <paramref name="minAge"/> to below <paramref name="maxAgeExclusive"/>, optionally one sex.</summary>
    public int Population(int year, string key, int minAge, int maxAgeExclusive, int? sex = null)
    {
        if (!population.TryGetValue((year, key), out var a))
        {
            return 0;
        }

        var sum = 0;
        for (var age = minAge; age < Math.Min(maxAgeExclusive, PopulationCount.TopAge + 1); age++)
        {
            for (var s = 0; s < 2; s++)
            {
                if (sex is null || sex == s)
                {
                    sum += a[age, s, 0] + a[age, s, 1];
                }
            }
        }

        return sum;
    }

    /// <summary>The population for a part-of-whole check, or null when the population file had errors (no follow-up errors).</summary>
    public int? PopulationOrUnknown(int year, string key, int minAge, int maxAgeExclusive, int? sex = null) =>
        PopulationIncomplete ? null : Population(year, key, minAge, maxAgeExclusive, sex);

    /// <summary>The row's Sozialraum key, reported when unknown; null when unknown or empty.</summary>
    public string? AreaKey(CsvRow row)
    {
        var v = row.Text("sozialraum");
        if (AreasIncomplete && !areaKeySet.Contains(v))
        {
            // Follow-up of an error already reported in sozialraeume.geojson (e.g. an invalid geometry): the key
            // may well be right. One cause, one message.
            return null;
        }

        if (Areas.Count > 0 && !areaKeySet.Contains(v))
        {
            row.Report(DataMessages.UnknownArea(row.At("sozialraum"), v, AreaKeys, DataFiles.Areas));
            return null;
        }

        return v.Length == 0 ? null : v;
    }

    /// <summary>Reports a part larger than its whole (either may be unknown: then nothing is checked).</summary>
    public static void PartOfWhole(CsvRow row, string partLabel, int? part, string wholeLabel, int? whole, string? column = null)
    {
        if (part is int p && whole is int w && p > w)
        {
            row.Report(DataMessages.PartGreaterThanWhole(row.At(column ?? partLabel), partLabel, p, wholeLabel, w));
        }
    }

    /// <summary>The years as „2019–2023“ for messages.</summary>
    public string YearRange() => Years.Count == 0 ? "–" : DataMessages.N(Years[0]) + "–" + DataMessages.N(Years[^1]);

    /// <summary>Line where a missing (year, key) row belongs: the first later row in year/key order, else after the last line.</summary>
    public static int InsertionLine(IReadOnlyDictionary<(int Year, string Key), int> seen, int year, string key, int lastLine) =>
        seen.Where(kv => kv.Key.Year > year || (kv.Key.Year == year && string.CompareOrdinal(kv.Key.Key, key) > 0))
            .Select(kv => kv.Value)
            .DefaultIfEmpty(lastLine + 1)
            .Min();

    /// <summary>A decimal as written in messages: up to two places, decimal comma.</summary>
    public static string Output(decimal d) => d.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',');
}
