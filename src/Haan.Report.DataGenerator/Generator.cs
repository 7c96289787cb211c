using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Haan.Report.Data;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Precision;
using NetTopologySuite.Triangulate;

namespace Haan.Report.DataGenerator;

/// <summary>
/// Writes the complete <c>data/</c> directory: real files (transformed from the embedded raw copies in
/// <c>Rohdaten/</c>) and synthetic Sozialraum statistics. Deterministic: same bytes on every run and machine.
/// </summary>
public static class Generator
{
    /// <summary>AGS of Haan, the town whose demonstration data this generator writes.</summary>
    public const string HaanAgs = "05158008";

    /// <summary>First and last reference year of the synthetic Sozialraum tables.</summary>
    public const int FirstYear = 2019;

    /// <summary>Last reference year.</summary>
    public const int LastYear = 2023;

    private const ulong Seed = 0x4841414E_32303233UL; // "HAAN2023"

    internal static readonly string[] Keys = ["SR01", "SR02", "SR03", "SR04", "SR05", "SR06", "SR07"];

    internal static readonly string[] Names =
    [
        "Gruiten-Mitte und Gruiten-Nord", "Oberhaan und Nachbarsberg", "Haan Süd", "Haan Mitte", "Haan Nord", "Haan West", "Unterhaan",
    ];

    internal static readonly string[] ShortNames = ["Gruiten", "Oberhaan", "Süd", "Mitte", "Nord", "West", "Unterhaan"];

    // Voronoi anchors (lon, lat), placed by the real school locations: GS Gruiten north, GS Bollenberg east,
    // GS Unterhaan south-west, GS Mittelhaan centre.
    private static readonly (double Lon, double Lat)[] Anchors =
    [
        (7.012, 51.225), (7.035, 51.203), (7.015, 51.188), (7.008, 51.195), (7.006, 51.207), (6.985, 51.196), (6.993, 51.181),
    ];

    // Social gradient (relative risk of benefit receipt); Bollenberg/Oberhaan highest, Gruiten and Mitte low.
    private static readonly double[] Gradient = [0.72, 2.1, 0.92, 0.62, 1.18, 0.85, 1.12];

    private static readonly double[] AreaShare = [0.185, 0.145, 0.12, 0.16, 0.13, 0.12, 0.14];
    private static readonly double[] ForeignShare = [0.08, 0.19, 0.09, 0.11, 0.12, 0.08, 0.10];
    private static readonly double[] Fertility = [1.1, 1.25, 0.95, 0.85, 1.0, 0.95, 1.0];
    private static readonly double[] Attraction = [1.0, 1.2, 0.95, 1.05, 1.0, 0.9, 0.95];

    // Settlement cores (lon, lat, sigma m, strength) shaping the 100 m grid and facility locations.
    private static readonly (double Lon, double Lat, double Sigma, double Strength)[] Settlements =
    [
        (7.010, 51.222, 450, 1.0), (7.004, 51.230, 350, 0.6), (7.010, 51.193, 700, 1.2), (7.024, 51.201, 400, 1.0),
        (7.036, 51.205, 400, 0.7), (6.995, 51.183, 500, 1.0), (6.985, 51.196, 450, 0.8), (7.004, 51.206, 450, 0.8),
        (7.015, 51.187, 500, 0.9),
    ];

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), DataSet.Srid);

    /// <summary>Generates all files into <paramref name="directory"/> (created if needed); returns the file names written.</summary>
    public static IReadOnlyList<string> Run(string directory)
    {
        Directory.CreateDirectory(directory);
        var rng = new Prng(Seed);
        var written = new List<string>();
        string P(string file)
        {
            written.Add(file);
            return Path.Combine(directory, file);
        }

        // Real: municipalities and the Haan boundary.
        var municipalities = ReadMunicipalities();
        Output.WriteGeoJson(P("gemeinden_kreis_mettmann.geojson"), "gemeinden_kreis_mettmann", municipalities.Select(m =>
            ((IReadOnlyList<(string, string)>)[("ags", Output.JsonString(m.Ags)), ("name", Output.JsonString(m.Name)), ("stand", Output.JsonString("2023-06-12"))], m.Geometry)));
        var town = municipalities.Single(m => m.Ags == HaanAgs).Geometry;

        // Synthetic Sozialräume.
        var areas = BuildAreas(town);
        Output.WriteGeoJson(P("sozialraeume.geojson"), "sozialraeume", areas.Select((g, i) =>
            ((IReadOnlyList<(string, string)>)[("sozialraum", Output.JsonString(Keys[i])), ("name", Output.JsonString(Names[i])), ("kurzname", Output.JsonString(ShortNames[i]))], g)));
        var prepared = areas.Select(PreparedGeometryFactory.Prepare).ToArray();
        var preparedTown = PreparedGeometryFactory.Prepare(town);

        // Population (cohort-component simulation).
        var sim = new PopulationSimulation(rng, AreaShare, ForeignShare, Fertility, Attraction);
        sim.Run(FirstYear, LastYear);
        WritePopulation(P("bevoelkerung.csv"), sim);
        WriteMovements(P("bevoelkerungsbewegung.csv"), sim);

        var tables = new SocialTables(rng, sim, Gradient);
        tables.Write(P);

        // Grid and facilities.
        var grid = BuildGrid(town, prepared, rng);
        WriteGrid(P("bevoelkerung_raster.csv"), grid, sim, rng);
        var kitaPlaces = WriteFacilities(P("einrichtungen.csv"), grid, areas, preparedTown, sim.Stocks[LastYear], rng);
        tables.WriteChildcare(P("kita.csv"), kitaPlaces);
        WriteLandCover(P("flaechennutzung.csv"), areas, rng);

        // Real tables.
        WriteSchools(P("schulen.csv"));
        WriteChargingPoints(P("ladepunkte.csv"));
        WriteMunicipalityPopulation(P("gemeinden_bevoelkerung.csv"));
        WriteKreisTable(P("kreis_mettmann_sgb2_quoten.csv"));
        WriteKitaPlanningAreas(P("kita_ortsbereiche_2012_13.csv"));
        WriteBenchmarks(P("haan_einwohner_eckwerte.csv"));

        Manifest.Write(P(Manifest.FileName), written.Where(f => f != Manifest.FileName).ToList());
        return written;
    }

    private static string Raw(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Rohdaten/" + name)
            ?? throw new InvalidOperationException("Rohdatei fehlt: " + name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static List<Dictionary<string, string>> RawCsv(string name, char separator)
    {
        using var csv = CsvReader.FromText(Raw(name), new CsvReaderOptions { Separator = separator });
        var header = csv.Headers;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                row[header[i]] = csv.GetString(i) ?? "";
            }

            rows.Add(row);
        }

        return rows;
    }

    private static List<Municipality> ReadMunicipalities()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(Factory));
        using var doc = JsonDocument.Parse(Raw("kreis_mettmann_gemeinden_dvg2_2023_epsg25832.geojson"));
        var list = new List<Municipality>();
        foreach (var f in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var props = f.GetProperty("properties");
            var geometry = JsonSerializer.Deserialize<Geometry>(f.GetProperty("geometry").GetRawText(), options)
                ?? throw new InvalidOperationException("Geometrie fehlt.");
            geometry.SRID = DataSet.Srid;
            list.Add(new Municipality(props.GetProperty("AGS").GetString()!, props.GetProperty("GN").GetString()!, geometry));
        }

        return list.OrderBy(m => m.Ags, StringComparer.Ordinal).ToList();
    }

    internal static Coordinate Utm(double lon, double lat)
    {
        var (e, n) = CoordinateTransform.ToUtm32(lon, lat);
        return new Coordinate(Math.Round(e), Math.Round(n));
    }

    private static List<Geometry> BuildAreas(Geometry town)
    {
        var sites = Anchors.Select(a => Utm(a.Lon, a.Lat)).ToList();
        var builder = new VoronoiDiagramBuilder();
        builder.SetSites(sites);
        var env = new Envelope(town.EnvelopeInternal);
        env.ExpandBy(2_000);
        builder.ClipEnvelope = env;
        var cells = builder.GetDiagram(Factory);
        var fixedPm = new PrecisionModel(100); // centimetres, the precision of the DVG2 coordinates
        var result = new List<Geometry>();
        foreach (var site in sites)
        {
            var point = Factory.CreatePoint(site);
            var cell = Enumerable.Range(0, cells.NumGeometries).Select(cells.GetGeometryN).Single(c => c.Contains(point));
            var clipped = NetTopologySuite.Operation.OverlayNG.OverlayNG.Overlay(cell, town, NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection, fixedPm);
            clipped = GeometryPrecisionReducer.Reduce(clipped, fixedPm);
            clipped.Normalize();
            clipped.SRID = DataSet.Srid;
            if (clipped is not (Polygon or MultiPolygon))
            {
                throw new InvalidOperationException("Sozialraum ist kein Polygon: " + clipped.GeometryType);
            }

            result.Add(clipped);
        }

        return result;
    }

    private sealed record GridCell(int East, int North, int Area, double Weight);

    private static List<GridCell> BuildGrid(Geometry town, IPreparedGeometry[] areas, Prng rng)
    {
        var env = town.EnvelopeInternal;
        var cores = Settlements.Select(s => (C: Utm(s.Lon, s.Lat), s.Sigma, s.Strength)).ToArray();
        var cells = new List<GridCell>();
        for (var e = (int)Math.Floor(env.MinX / 100) * 100; e < env.MaxX; e += 100)
        {
            for (var n = (int)Math.Floor(env.MinY / 100) * 100; n < env.MaxY; n += 100)
            {
                var centre = Factory.CreatePoint(new Coordinate(e + 50, n + 50));
                var area = Array.FindIndex(areas, a => a.Contains(centre));
                var noise = rng.Range(0.6, 1.4);
                if (area < 0)
                {
                    continue;
                }

                var k = 0.0;
                foreach (var (c, sigma, strength) in cores)
                {
                    var dx = centre.X - c.X;
                    var dy = centre.Y - c.Y;
                    k += strength * Math.Exp(-((dx * dx) + (dy * dy)) / (2 * sigma * sigma));
                }

                var w = Math.Max(0, k - 0.18) * noise;
                cells.Add(new GridCell(e, n, area, w));
            }
        }

        for (var a = 0; a < Keys.Length; a++)
        {
            if (!cells.Any(c => c.Area == a && c.Weight > 0))
            {
                throw new InvalidOperationException($"Sozialraum {Keys[a]} hat keine besiedelten Rasterzellen.");
            }
        }

        return cells;
    }

    private static readonly (string Column, int Min, int Max)[] GridGroups = [("alter_0_5", 0, 6), ("alter_6_17", 6, 18), ("alter_18_64", 18, 65), ("alter_65_plus", 65, 200)];

    /// <summary>
    /// Population grid for every year: each Sozialraum's age-group totals are split over its cells with weights that
    /// stay fixed across years (settlement kernel × noise), so cells change smoothly from year to year.
    /// </summary>
    private static void WriteGrid(string path, List<GridCell> grid, PopulationSimulation sim, Prng rng)
    {
        var rows = new List<IReadOnlyList<string>>();
        var cellsByArea = Enumerable.Range(0, Keys.Length).Select(a => grid.Where(c => c.Area == a).ToList()).ToArray();
        // Older people a little more in the dense centre cells.
        var weights = cellsByArea.Select(cells => GridGroups.Select((_, g) =>
            cells.Select(c => c.Weight * (g == 3 ? Math.Sqrt(c.Weight + 0.01) : 1.0) * rng.Range(0.9, 1.1)).ToList()).ToArray()).ToArray();
        foreach (var (year, stock) in sim.Stocks)
        {
            var values = new Dictionary<GridCell, int[]>();
            for (var a = 0; a < Keys.Length; a++)
            {
                var cells = cellsByArea[a];
                foreach (var cell in cells)
                {
                    values[cell] = new int[GridGroups.Length];
                }

                for (var g = 0; g < GridGroups.Length; g++)
                {
                    var split = Apportion.Split(PopulationSimulation.Sum(stock, a, GridGroups[g].Min, GridGroups[g].Max), weights[a][g]);
                    for (var i = 0; i < cells.Count; i++)
                    {
                        values[cells[i]][g] = split[i];
                    }
                }
            }

            rows.AddRange(grid.Where(c => values[c].Sum() > 0)
                .OrderBy(c => c.North).ThenBy(c => c.East)
                .Select(c => (IReadOnlyList<string>)[Output.Int(year), Keys[c.Area], Output.Int(c.East), Output.Int(c.North), .. values[c].Select(Output.Int)]));
        }

        Output.WriteCsv(path, rows);
    }

    private static void WritePopulation(string path, PopulationSimulation sim)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (year, s) in sim.Stocks)
        {
            for (var a = 0; a < Keys.Length; a++)
            {
                for (var age = 0; age < PopulationSimulation.Ages; age++)
                {
                    for (var sex = 0; sex < 2; sex++)
                    {
                        for (var nat = 0; nat < 2; nat++)
                        {
                            rows.Add([Output.Int(year), Keys[a], age == PopulationCount.TopAge ? "95+" : Output.Int(age), sex == 0 ? "m" : "w", nat == 0 ? "deutsch" : "nichtdeutsch", Output.Int(s[a, age, sex, nat])]);
                        }
                    }
                }
            }
        }

        Output.WriteCsv(path, rows);
    }

    private static void WriteMovements(string path, PopulationSimulation sim)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (year, flows) in sim.Flows)
        {
            for (var a = 0; a < Keys.Length; a++)
            {
                var f = flows[a];
                rows.Add([Output.Int(year), Keys[a], Output.Int(f.Births), Output.Int(f.Deaths), Output.Int(f.InFromOutside), Output.Int(f.OutToOutside), Output.Int(f.InFromOtherAreas), Output.Int(f.OutToOtherAreas)]);
            }
        }

        Output.WriteCsv(path, rows);
    }

    /// <summary>Writes einrichtungen.csv; returns Kita places (total, under 3) per Sozialraum in the last year.</summary>
    private static (int Total, int Under3)[] WriteFacilities(string path, List<GridCell> grid, List<Geometry> areas, IPreparedGeometry town, int[,,,] stock, Prng rng)
    {
        var rows = new List<IReadOnlyList<string>>();
        Coordinate Place(int area, double sharpen)
        {
            var cells = grid.Where(c => c.Area == area && c.Weight > 0).ToList();
            var weights = cells.Select(c => Math.Pow(c.Weight, sharpen)).ToList();
            while (true)
            {
                var cell = cells[rng.Pick(weights)];
                var p = new Coordinate(cell.East + Math.Round(rng.Range(5, 95), 1), cell.North + Math.Round(rng.Range(5, 95), 1));
                var point = Factory.CreatePoint(p);
                if (town.Contains(point) && areas[area].Contains(point))
                {
                    return p;
                }
            }
        }

        string X(Coordinate c) => Output.Dec((decimal)c.X, 1);
        string Y(Coordinate c) => Output.Dec((decimal)c.Y, 1);

        // Kitas: 18 facilities, 67 groups, 1 213 places (2023), 360 of them (assumed) for children under 3.
        var children = Enumerable.Range(0, Keys.Length).Select(a => (double)PopulationSimulation.Sum(stock, a, 0, 6)).ToList();
        var kitasPerArea = Apportion.Split(18, children, Enumerable.Repeat(5, Keys.Length).ToList());
        var kitaAreas = Enumerable.Range(0, Keys.Length).SelectMany(a => Enumerable.Repeat(a, kitasPerArea[a])).ToList();
        // Groups follow the children of the Sozialraum (each Kita ±10 %), so that places per child do not differ by a factor
        // of two between Sozialräume (issue 14, item 10). One draw per Kita as before, so later draws are unchanged.
        var groups = Apportion.Split(67,
            kitaAreas.Select(a => children[a] / kitasPerArea[a] * (0.9 + 0.05 * (rng.Range(2.0, 6.0) - 2.0))).ToList(),
            kitaAreas.Select(_ => 6).ToList());
        for (var i = 0; i < groups.Length; i++)
        {
            if (groups[i] == 0)
            {
                throw new InvalidOperationException("Kita ohne Gruppe.");
            }
        }

        var places = Apportion.Split(1213, groups.Select(g => (double)g).ToList());
        var under3 = Apportion.Split(360, groups.Select(g => g * rng.Range(0.8, 1.2)).ToList(), places.Select(p => p / 2).ToList());
        var perArea = new (int Total, int Under3)[Keys.Length];
        var counter = new int[Keys.Length];
        for (var i = 0; i < kitaAreas.Count; i++)
        {
            var a = kitaAreas[i];
            counter[a]++;
            var c = Place(a, 1.0);
            rows.Add([$"KITA{i + 1:00}", "kita", $"Demo-Kita {ShortNames[a]} {counter[a]}", X(c), Y(c), Output.Int(places[i]), Output.Int(under3[i]), Output.Int(groups[i])]);
            perArea[a] = (perArea[a].Total + places[i], perArea[a].Under3 + under3[i]);
        }

        // 56 public play areas (Spielflächenleitplan 2016: Gruiten 13, Oberhaan 11, Haan-Mitte/Nord 9, Haan-West 5; rest assumed).
        int[] playgrounds = [13, 11, 9, 5, 4, 5, 9];
        var n = 0;
        for (var a = 0; a < Keys.Length; a++)
        {
            for (var k = 1; k <= playgrounds[a]; k++)
            {
                var c = Place(a, 0.5);
                rows.Add([$"SP{++n:00}", "spielplatz", $"Demo-Spielplatz {ShortNames[a]} {k}", X(c), Y(c), "", "", ""]);
            }
        }

        // Counselling services: mostly in the centre.
        string[] services = ["Schuldnerberatung", "Familienberatung", "Seniorenberatung", "Migrationsberatung", "Suchtberatung", "Erziehungsberatung", "Pflegeberatung", "Jugendberatung", "Wohnungsnotfallhilfe", "Allgemeine Sozialberatung", "Familienzentrum Beratung"];
        int[] serviceAreas = [3, 3, 3, 1, 3, 2, 0, 1, 3, 6, 0];
        for (var i = 0; i < services.Length; i++)
        {
            var c = Place(serviceAreas[i], 2.0);
            rows.Add([$"BER{i + 1:00}", "beratung", $"Demo-{services[i]}", X(c), Y(c), "", "", ""]);
        }

        // Bus stops by population.
        var pops = Enumerable.Range(0, Keys.Length).Select(a => (double)PopulationSimulation.AreaTotal(stock, a)).ToList();
        var stops = Apportion.Split(64, pops);
        n = 0;
        for (var a = 0; a < Keys.Length; a++)
        {
            for (var k = 1; k <= stops[a]; k++)
            {
                var c = Place(a, 0.3);
                rows.Add([$"HST{++n:00}", "haltestelle", $"Demo-Haltestelle {ShortNames[a]} {k}", X(c), Y(c), "", "", ""]);
            }
        }

        Output.WriteCsv(path, rows);
        return perArea;
    }

    private static void WriteLandCover(string path, List<Geometry> areas, Prng rng)
    {
        double[] sealedShare = [0.17, 0.27, 0.30, 0.50, 0.33, 0.21, 0.31];
        double[] greenShare = [0.58, 0.46, 0.44, 0.24, 0.41, 0.56, 0.45];
        var rows = new List<IReadOnlyList<string>>();
        for (var a = 0; a < Keys.Length; a++)
        {
            var ha = areas[a].Area / 10_000.0;
            var sealedHa = ha * sealedShare[a] * rng.Range(0.95, 1.05);
            var greenHa = ha * greenShare[a] * rng.Range(0.95, 1.05);
            rows.Add([Output.Int(LastYear), Keys[a], Output.Dec((decimal)sealedHa, 2), Output.Dec((decimal)greenHa, 2)]);
        }

        Output.WriteCsv(path, rows);
    }

    private static void WriteSchools(string path)
    {
        var rows = RawCsv("schulen_kreis_mettmann_2024_25.csv", ',')
            .Where(r => r["AGS"] == HaanAgs)
            .OrderBy(r => r["Schulnummer"], StringComparer.Ordinal)
            .Select(r =>
            {
                var name = r["Amtliche Bezeichnung 1"];
                var second = r["Amtliche Bezeichnung 2"];
                if (second.Length > 0 && !second.StartsWith('-'))
                {
                    name += ", " + second;
                }

                var index = r["Sozialindex"].Length == 0 ? "" : Output.Int((int)decimal.Parse(r["Sozialindex"], CultureInfo.InvariantCulture));
                return (IReadOnlyList<string>)[r["Schulnummer"], name, r["Schulform"], r["Straße und Hausnummer"], r["Anzahl"], index, r["Startchancen-Schule"] == "1" ? "ja" : "nein", LonLat(r["latitude"]), LonLat(r["longitude"])];
            });
        Output.WriteCsv(path, rows);
    }

    private static string LonLat(string invariant) => Output.Dec(decimal.Parse(invariant, NumberStyles.Float, CultureInfo.InvariantCulture), 6);

    private static void WriteChargingPoints(string path)
    {
        var n = 0;
        var rows = RawCsv("ladesaeulen_kreis_mettmann_bnetza_2019-07-19.csv", ',')
            .Where(r => r["AGS"] == HaanAgs)
            .Select(r => (IReadOnlyList<string>)[$"LP{++n:00}", r["Betreiber"], r["Adresse"], r["Inbetriebnahmedatum"], Output.Dec(decimal.Parse(r["Anschlussleistung [kW]"], CultureInfo.InvariantCulture), 1), r["Anzahl Ladepunkte"], LonLat(r["Breitengrad [DG]"]), LonLat(r["Längengrad [DG]"])])
            .ToList();
        Output.WriteCsv(path, rows);
    }

    private static void WriteMunicipalityPopulation(string path)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var r in RawCsv("kreis_mettmann_gemeinden_destatis_2018-12-31_via_opendatalab.csv", ','))
        {
            rows.Add([r["AGS"], r["GEN"], "2018-12-31", r["bevoelkerung"], r["maennlich"], r["weiblich"], "Destatis (via BKG VG250/opendatalab)"]);
        }

        foreach (var r in RawCsv("kreis_mettmann_gemeinden_gvisys_2019-12-31.csv", ','))
        {
            rows.Add([r["AGS"], r["gemeindename"], "2019-12-31", r["bevoelkerung"], r["maennlich"], r["weiblich"], "Destatis GV-ISys"]);
        }

        foreach (var r in RawCsv("kreis_mettmann_gemeinden_zensus2022_bevoelkerung.csv", ';'))
        {
            rows.Add([r["AGS"], r["gemeindename"], r["stichtag"], r["bevoelkerung_zensus_2022"], "", "", "Zensus 2022"]);
        }

        Output.WriteCsv(path, rows);
    }

    private static void WriteBenchmarks(string path)
    {
        // Compiled from IT.NRW/Destatis files, Wikipedia and local press quoting the register office (see Rohdaten).
        var rows = RawCsv("haan_bevoelkerung_eckwerte.csv", ';').Select(r =>
        {
            var art = r["art"];
            var kind = art.StartsWith("Melderegister", StringComparison.Ordinal) ? "melderegister" : art.StartsWith("Zensus", StringComparison.Ordinal) ? "zensus" : "amtlich";
            return (IReadOnlyList<string>)[r["stichtag"], r["wert"], kind, art, r["quelle"], r["url_oder_repo"]];
        });
        Output.WriteCsv(path, rows);
    }

    private static void WriteKitaPlanningAreas(string path)
    {
        // Transcribed from Beschlussvorlage 51/060/2012 (see Rohdaten); only the column names are changed (to the schema's).
        var columns = Haan.Report.Data.Schema.DataSchema.Of(Path.GetFileName(path)).ColumnNames;
        var rows = RawCsv("haan_kinder_ortsbereiche_kitajahr_2012_13.csv", ';').Select(r => (IReadOnlyList<string>)columns.Select(c => r[c]).ToList());
        Output.WriteCsv(path, rows);
    }

    private static void WriteKreisTable(string path)
    {
        // Transcribed from the town's presentation (seed: haan-sozialplanung-statusbericht), values exactly as published.
        string[][] rows =
        [
            ["Mettmann", "05158000", "10,1", "8,6", "8,2", "9,0", "15,8"],
            ["Erkrath, Stadt", "05158004", "12,7", "10,8", "10,1", "11,4", "19,7"],
            ["Haan, Stadt", "05158008", "7,9", "6,9", "6,5", "7,4", "11,3"],
            ["Heiligenhaus, Stadt", "05158012", "11,6", "9,9", "9,6", "10,2", "17,4"],
            ["Hilden, Stadt", "05158016", "9,0", "7,7", "7,4", "8,0", "14,1"],
            ["Langenfeld (Rhld.), Stadt", "05158020", "6,4", "5,4", "5,3", "5,5", "9,6"],
            ["Mettmann, Stadt", "05158024", "8,6", "7,3", "6,8", "7,9", "13,0"],
            ["Monheim am Rhein, Stadt", "05158026", "14,3", "11,5", "10,8", "12,1", "22,8"],
            ["Ratingen, Stadt", "05158028", "10,0", "8,7", "8,4", "8,9", "15,0"],
            ["Velbert, Stadt", "05158032", "12,3", "10,4", "9,8", "11,1", "19,1"],
            ["Wülfrath, Stadt", "05158036", "8,1", "6,8", "6,4", "7,2", "12,5"],
        ];
        Output.WriteCsv(path, rows);
    }
}
