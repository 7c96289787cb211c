using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Operation.Union;

namespace Haan.Report.Data;

/// <summary>
/// Loads and validates the data directory (see docs/DATA.md). Every problem is collected (not only the first) and
/// reported in German with file, line, column, value and what is expected. The data set is returned only if there is
/// no error; warnings (e.g. a Windows-1252 file that was read correctly) do not block loading.
/// </summary>
public static class DataSetLoader
{
    /// <summary>Allowed area (m²) of gaps, overlaps and overhangs of the Sozialraum partition (rounding of coordinates).</summary>
    public const double PartitionToleranceSquareMetres = 10.0;

    /// <summary>Allowed distance (m) of a facility point outside the town boundary.</summary>
    public const double PointToleranceMetres = 1.0;

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), DataSet.Srid);

    /// <summary>Loads <paramref name="dataDirectory"/>; returns the data set (null on any error) and all problems.</summary>
    public static DataLoadResult Load(string dataDirectory)
    {
        var dir = Path.GetFullPath(dataDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var log = new ProblemLog(Path.GetFileName(dir));
        if (!Directory.Exists(dir))
        {
            log.Error("", null, null, dataDirectory, "Datenverzeichnis nicht gefunden. Erwartet: ein Verzeichnis mit den Dateien aus docs/DATA.md.");
            return new DataLoadResult(null, log.Problems);
        }

        var loader = new Loader(dir, log);
        DataSet? data;
        try
        {
            data = loader.Run();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            log.Error("", null, null, null, $"Eine Datei im Datenverzeichnis konnte nicht gelesen werden: {FileSystemErrors.Describe(ex)}. Erwartet: lesbare Dateien nach docs/DATA.md.");
            data = null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Never crash on bad input: report what happened so the file can be fixed.
            log.Error("", null, null, null, $"Unerwarteter Fehler beim Lesen ({ex.GetType().Name}: {ex.Message}). Erwartet: Dateien nach docs/DATA.md; bitte die zuletzt geänderte Datei prüfen.");
            data = null;
        }
        return new DataLoadResult(log.HasErrors ? null : data, log.Problems);
    }

    private sealed class Loader(string dir, ProblemLog log)
    {
        private static readonly string[] Sexes = ["m", "w"];
        private static readonly string[] Nationalities = ["deutsch", "nichtdeutsch"];
        private static readonly string[] Kinds = ["real", "synthetisch"];
        private static readonly string[] FacilityKinds = ["kita", "spielplatz", "beratung", "haltestelle"];
        private static readonly string[] YesNo = ["ja", "nein"];
        private static readonly string[] BenchmarkKinds = ["amtlich", "zensus", "melderegister"];

        private readonly Dictionary<(int Year, string Key), int[,,]> pop = new();
        private List<SocialArea> areas = [];
        private HashSet<string> areaKeySet = new(StringComparer.Ordinal);
        private Dictionary<string, IPreparedGeometry> preparedAreas = new(StringComparer.Ordinal);
        private List<Municipality> municipalityList = [];
        private Municipality? townMunicipality;
        private Geometry? town;
        private IPreparedGeometry? preparedTown;
        private List<int> years = [];
        private bool populationIncomplete;
        private bool areasIncomplete;

        private IReadOnlyList<string> AreaKeys => areas.Select(a => a.Key).ToList();

        public DataSet? Run()
        {
            var sources = ReadManifest();
            var municipalities = ReadMunicipalities();
            ReadAreas();
            var population = ReadPopulation();
            var households = ReadHouseholds();
            var sgb2 = ReadSgbII();
            var unemployment = ReadUnemployment(sgb2);
            var assistance = ReadSocialAssistance();
            var housing = ReadHousingBenefit(households);
            var childcare = ReadChildcare();
            var movements = ReadMovements();
            var landCover = ReadLandCover();
            var grid = ReadGrid();
            var facilities = new List<Facility>();
            facilities.AddRange(ReadFacilities());
            facilities.AddRange(ReadSchools());
            facilities.AddRange(ReadChargingPoints());
            var municipalityPopulation = ReadMunicipalityPopulation();
            var kreis = ReadKreisTable();
            var kita2012 = ReadKitaPlanningAreas();
            var benchmarks = ReadBenchmarks();

            if (log.HasErrors || town is null)
            {
                return null;
            }

            var plausibility = new PlausibilityChecks(log, (y, key, min, max) => Pop(y, key, min, max));
            plausibility.OtherRecipients(sgb2);
            plausibility.KreisRate(sgb2, AreaKeys, kreis, townMunicipality!.Ags);
            plausibility.OfficialPopulation(years, AreaKeys, benchmarks);
            plausibility.Jumps(sgb2, years, AreaKeys);

            return new DataSet(sources, town, municipalities, areas, years, population, households.Values.Select(v => v.Row).ToList(), sgb2.Values.Select(v => v.Row).ToList(),
                unemployment, assistance, housing, childcare, movements, landCover, grid, facilities, municipalityPopulation, kreis, kita2012, benchmarks)
            {
                TownAgs = townMunicipality!.Ags,
                TownName = townMunicipality.Name,
            };
        }

        // ---------- helpers ----------
        private int Pop(int year, string key, int minAge, int maxAgeExclusive, int? sex = null)
        {
            if (!pop.TryGetValue((year, key), out var a))
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

        /// <summary>The population for a part-of-whole check, or null when bevoelkerung.csv had errors (no follow-up errors).</summary>
        private int? PopulationOrUnknown(int year, string key, int minAge, int maxAgeExclusive, int? sex = null) =>
            populationIncomplete ? null : Pop(year, key, minAge, maxAgeExclusive, sex);

        private string? AreaKey(CsvRow row)
        {
            var v = row.Text("sozialraum");
            if (areasIncomplete && !areaKeySet.Contains(v))
            {
                // Follow-up of an error already reported in sozialraeume.geojson (e.g. an invalid geometry): the key
                // may well be right. One cause, one message.
                return null;
            }

            if (areas.Count > 0 && !areaKeySet.Contains(v))
            {
                log.Error(row.File, row.Line, "sozialraum", v, $"„{v}“ ist kein bekannter Sozialraum. Erwartet: einer von {string.Join(", ", AreaKeys)} (aus {DataFiles.Areas}).");
                return null;
            }

            return v.Length == 0 ? null : v;
        }

        private void PartOfWhole(CsvRow row, string partLabel, int? part, string wholeLabel, int? whole, string? column = null)
        {
            if (part is int p && whole is int w && p > w)
            {
                log.Error(row.File, row.Line, column ?? partLabel, ProblemLog.N(p), $"Teil größer als Ganzes: {partLabel} ({ProblemLog.N(p)}) > {wholeLabel} ({ProblemLog.N(w)}). Erwartet: {partLabel} ≤ {wholeLabel}.");
            }
        }

        /// <summary>Reads a table with one row per Sozialraum × year; checks keys, duplicates and completeness.</summary>
        private Dictionary<(int Year, string Key), (T Row, int Line)> ReadAreaYear<T>(string file, Func<CsvRow, int, string, T?> map, bool allYears = true)
            where T : class
        {
            var result = new Dictionary<(int, string), (T, int)>();
            var rows = CsvFile.Read(dir, file, DataFiles.Columns[file], log);
            if (rows is null)
            {
                return result;
            }

            var seen = new Dictionary<(int Year, string Key), int>();
            foreach (var row in rows)
            {
                var year = row.Year();
                var key = AreaKey(row);
                if (year is not int y || key is null)
                {
                    continue;
                }

                if (seen.TryGetValue((y, key), out var first))
                {
                    log.Error(file, row.Line, null, $"{ProblemLog.N(y)};{key}", $"Doppelte Zeile für jahr {ProblemLog.N(y)}, sozialraum {key} (schon in Zeile {ProblemLog.N(first)}). Erwartet: genau eine Zeile je Sozialraum und Jahr.");
                    continue;
                }

                seen[(y, key)] = row.Line;
                if (years.Count > 0 && !years.Contains(y))
                {
                    log.Error(file, row.Line, "jahr", ProblemLog.N(y), $"Jahr {ProblemLog.N(y)} gibt es nicht in {DataFiles.Population}. Erwartet: eines der Jahre {YearList()}.");
                    continue;
                }

                var value = map(row, y, key);
                if (value is not null)
                {
                    result[(y, key)] = (value, row.Line);
                }
            }

            if (allYears)
            {
                var lastLine = rows[^1].Line;
                foreach (var y in years)
                {
                    foreach (var key in AreaKeys)
                    {
                        if (!seen.ContainsKey((y, key)))
                        {
                            var at = InsertionLine(seen, y, key, lastLine);
                            log.Error(file, at, "jahr", null, $"Für Sozialraum {key} fehlt das Jahr {ProblemLog.N(y)} (Zeile an dieser Stelle erwartet). Erwartet: eine Zeile je Sozialraum und Jahr ({YearList()}).");
                        }
                    }
                }
            }

            return result;
        }

        /// <summary>Line where a missing (year, key) row belongs: the first later row in year/key order, else after the last line.</summary>
        private static int InsertionLine(Dictionary<(int Year, string Key), int> seen, int year, string key, int lastLine) =>
            seen.Where(kv => kv.Key.Year > year || (kv.Key.Year == year && string.CompareOrdinal(kv.Key.Key, key) > 0))
                .Select(kv => kv.Value)
                .DefaultIfEmpty(lastLine + 1)
                .Min();

        private string YearList() => years.Count == 0 ? "–" : ProblemLog.N(years[0]) + "–" + ProblemLog.N(years[^1]);

        // ---------- manifest ----------
        private List<DataSetInfo> ReadManifest()
        {
            var file = DataFiles.Manifest;
            var list = new List<DataSetInfo>();
            var rows = CsvFile.Read(dir, file, DataFiles.Columns[file], log);
            if (rows is null)
            {
                return list;
            }

            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                var name = row.RequiredText("datei", "Dateiname, z. B. bevoelkerung.csv");
                var kind = row.OneOf("art", Kinds);
                var title = row.RequiredText("titel", "Titel des Datensatzes");
                var source = row.RequiredText("quelle", "liefernde Stelle, z. B. Meldeamt/DUVA");
                var licence = row.RequiredText("lizenz", "Lizenz, z. B. dl-de/by-2-0");
                var attribution = row.RequiredText("namensnennung", "Text der Namensnennung");
                var date = row.RequiredText("stichtag", "Stichtag oder „keine Angabe in der Quelle“");
                if (name is null)
                {
                    continue;
                }

                if (seen.TryGetValue(name, out var first))
                {
                    log.Error(file, row.Line, "datei", name, $"Datei „{name}“ ist doppelt eingetragen (schon in Zeile {ProblemLog.N(first)}). Erwartet: eine Zeile je Datei.");
                    continue;
                }

                seen[name] = row.Line;
                if (!File.Exists(Path.Combine(dir, name)))
                {
                    log.Error(file, row.Line, "datei", name, $"Datei „{name}“ steht im Manifest, fehlt aber im Datenverzeichnis. Erwartet: vorhandene Datei.");
                }

                if (kind is null || title is null || source is null || licence is null || attribution is null || date is null)
                {
                    continue;
                }

                list.Add(new DataSetInfo(name, kind == "real" ? DataKind.Real : DataKind.Synthetic, title, source, licence, attribution, date, row.Text("hinweis")));
            }

            foreach (var required in DataFiles.All.Where(f => f != DataFiles.Manifest && !seen.ContainsKey(f)))
            {
                log.Error(file, null, "datei", required, $"Datei „{required}“ fehlt im Manifest. Erwartet: eine Zeile mit Art (real/synthetisch), Quelle, Lizenz und Namensnennung.");
            }

            return list;
        }

        // ---------- geometries ----------
        private List<Municipality> ReadMunicipalities()
        {
            var file = DataFiles.Municipalities;
            var list = new List<Municipality>();
            var features = GeoJsonFile.Read(dir, file, log);
            if (features is null)
            {
                return list;
            }

            foreach (var f in features)
            {
                var ags = f.Properties.GetValueOrDefault("ags", "");
                var name = f.Properties.GetValueOrDefault("name", "");
                if (ags.Length != 8 || !ags.All(char.IsAsciiDigit))
                {
                    log.Error(file, f.Line, "ags", ags, $"{f.Label}: „{ags}“ ist kein Gemeindeschlüssel. Erwartet: 8 Ziffern (Amtlicher Gemeindeschlüssel).");
                    continue;
                }

                if (f.Geometry is not (Polygon or MultiPolygon))
                {
                    log.Error(file, f.Line, f.Label, f.Geometry.GeometryType, $"Geometrietyp {f.Geometry.GeometryType}. Erwartet: Polygon oder MultiPolygon.");
                    continue;
                }

                list.Add(new Municipality(ags, name, f.Geometry));
            }

            municipalityList = list;
            return list;
        }

        /// <summary>
        /// The reporting town is the municipality that contains the Sozialräume (most interior points; the data name
        /// the town, not the code). Sets <see cref="town"/>, or reports that no municipality contains them.
        /// </summary>
        private void SelectTown(IReadOnlyList<SocialArea> found)
        {
            if (municipalityList.Count == 0 || found.Count == 0)
            {
                return;
            }

            var points = found.Select(a => a.Geometry.InteriorPoint).ToList();
            var best = municipalityList
                .Select(m => (Municipality: m, Prepared: PreparedGeometryFactory.Prepare(m.Geometry)))
                .Select(m => (m.Municipality, Count: points.Count(m.Prepared.Contains)))
                .OrderByDescending(m => m.Count).ThenBy(m => m.Municipality.Ags, StringComparer.Ordinal)
                .First();
            if (best.Count == 0)
            {
                log.Error(DataFiles.Areas, null, "sozialraum", null, $"Kein Sozialraum liegt in einer Gemeinde aus {DataFiles.Municipalities}. Erwartet: die Sozialräume der berichtenden Stadt innerhalb ihrer Gemeindegrenze (Koordinaten in EPSG:25832).");
                return;
            }

            townMunicipality = best.Municipality;
            town = best.Municipality.Geometry;
            preparedTown = PreparedGeometryFactory.Prepare(town);
        }

        /// <summary>The town as named in messages: „Stadt Hilden“ (the municipality of the Sozialräume).</summary>
        private string TownLabel => townMunicipality is null ? "der Stadt" : "der Stadt " + townMunicipality.Name;

        private void ReadAreas()
        {
            var file = DataFiles.Areas;
            var problemsBefore = log.Count;
            var errorsBefore = log.ErrorCount;
            var features = GeoJsonFile.Read(dir, file, log);
            if (features is null)
            {
                return;
            }

            var list = new List<(SocialArea Area, GeoFeature Feature)>();
            foreach (var f in features)
            {
                var key = f.Properties.GetValueOrDefault("sozialraum", "");
                var name = f.Properties.GetValueOrDefault("name", "");
                var shortName = f.Properties.GetValueOrDefault("kurzname", "");
                if (key.Length == 0 || name.Length == 0 || shortName.Length == 0)
                {
                    log.Error(file, f.Line, f.Label, key, $"{f.Label}: Eigenschaften unvollständig (sozialraum „{key}“, name „{name}“, kurzname „{shortName}“). Erwartet: sozialraum, name und kurzname gefüllt.");
                    continue;
                }

                if (list.Any(x => x.Area.Key == key))
                {
                    log.Error(file, f.Line, "sozialraum", key, $"Sozialraum „{key}“ ist doppelt. Erwartet: jeder Schlüssel genau einmal.");
                    continue;
                }

                if (f.Geometry is not (Polygon or MultiPolygon))
                {
                    log.Error(file, f.Line, f.Label, f.Geometry.GeometryType, $"Geometrietyp {f.Geometry.GeometryType}. Erwartet: Polygon oder MultiPolygon.");
                    continue;
                }

                list.Add((new SocialArea(key, name, shortName, f.Geometry), f));
            }

            list.Sort((a, b) => string.CompareOrdinal(a.Area.Key, b.Area.Key));
            areasIncomplete = log.ErrorCount > errorsBefore;
            areas = list.Select(x => x.Area).ToList();
            areaKeySet = areas.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
            preparedAreas = areas.ToDictionary(a => a.Key, a => PreparedGeometryFactory.Prepare(a.Geometry), StringComparer.Ordinal);
            SelectTown(areas);
            if (town is null || list.Count == 0 || log.Count > problemsBefore)
            {
                return; // partition checks only on readable, valid geometries
            }

            // Partition: no overlaps, no gaps, nothing outside the town.
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var a = list[i];
                    var b = list[j];
                    if (!a.Area.Geometry.EnvelopeInternal.Intersects(b.Area.Geometry.EnvelopeInternal))
                    {
                        continue;
                    }

                    var overlap = a.Area.Geometry.Intersection(b.Area.Geometry);
                    if (overlap.Area > PartitionToleranceSquareMetres)
                    {
                        log.Error(file, b.Feature.Line, b.Feature.Label, b.Area.Key, $"Sozialräume {a.Area.Key} und {b.Area.Key} überlappen sich auf {ProblemLog.N(overlap.Area, 0)} m² bei {GeoJsonFile.Coord(overlap.InteriorPoint.Coordinate)}. Erwartet: keine Überlappung.");
                    }
                }
            }

            var union = CascadedPolygonUnion.Union(areas.Select(a => a.Geometry).ToList());
            var gaps = town.Difference(union);
            if (gaps.Area > PartitionToleranceSquareMetres)
            {
                var largest = Enumerable.Range(0, gaps.NumGeometries).Select(gaps.GetGeometryN).OrderByDescending(g => g.Area).First();
                var next = list.OrderBy(x => Math.Round(x.Area.Geometry.Distance(largest), 1)).ThenByDescending(x => x.Area.Geometry.Buffer(1).Intersection(largest.Boundary).Length).ThenBy(x => x.Feature.Line).First();
                log.Error(file, next.Feature.Line, next.Feature.Label, GeoJsonFile.Coord(largest.InteriorPoint.Coordinate), $"Lücke: {ProblemLog.N(gaps.Area, 0)} m² des Stadtgebiets gehören zu keinem Sozialraum (größte Lücke bei {GeoJsonFile.Coord(largest.InteriorPoint.Coordinate)}, angrenzend an {next.Area.Key}). Erwartet: die Sozialräume decken das Gebiet {TownLabel} lückenlos ab.");
            }

            foreach (var (area, feature) in list)
            {
                var outside = area.Geometry.Difference(town);
                if (outside.Area > PartitionToleranceSquareMetres)
                {
                    log.Error(file, feature.Line, feature.Label, area.Key, $"Sozialraum {area.Key} ragt {ProblemLog.N(outside.Area, 0)} m² über die Stadtgrenze hinaus (bei {GeoJsonFile.Coord(outside.InteriorPoint.Coordinate)}). Erwartet: innerhalb {TownLabel}.");
                }
            }
        }

        // ---------- population ----------
        private List<PopulationCount> ReadPopulation()
        {
            var file = DataFiles.Population;
            var list = new List<PopulationCount>();
            var rows = CsvFile.Read(dir, file, DataFiles.Columns[file], log);
            if (rows is null)
            {
                return list;
            }

            var seen = new Dictionary<(int, string, int, int, int), int>();
            foreach (var row in rows)
            {
                var year = row.Year();
                var key = AreaKey(row);
                var ageText = row.Text("alter");
                int? age = ageText == "95+" ? PopulationCount.TopAge
                    : int.TryParse(ageText, NumberStyles.None, CultureInfo.InvariantCulture, out var a) && a < PopulationCount.TopAge ? a : null;
                if (age is null)
                {
                    log.Error(file, row.Line, "alter", ageText, $"„{ageText}“ ist kein gültiges Alter. Erwartet: ganze Zahl 0 bis 94 oder „95+“.");
                }

                var sex = row.OneOf("geschlecht", Sexes);
                var nat = row.OneOf("staatsangehoerigkeit", Nationalities);
                var count = row.Count("anzahl");
                if (year is not int y || key is null || age is not int ag || sex is null || nat is null)
                {
                    continue;
                }

                var s = sex == "m" ? 0 : 1;
                var t = nat == "deutsch" ? 0 : 1;
                if (seen.TryGetValue((y, key, ag, s, t), out var first))
                {
                    log.Error(file, row.Line, null, $"{ProblemLog.N(y)};{key};{ageText};{sex};{nat}", $"Doppelte Zeile (schon in Zeile {ProblemLog.N(first)}). Erwartet: genau eine Zeile je jahr, sozialraum, alter, geschlecht, staatsangehoerigkeit.");
                    continue;
                }

                seen[(y, key, ag, s, t)] = row.Line;
                if (count is not int n)
                {
                    populationIncomplete = true;
                    continue;
                }

                if (!pop.TryGetValue((y, key), out var cells))
                {
                    cells = new int[PopulationCount.TopAge + 1, 2, 2];
                    pop[(y, key)] = cells;
                }

                cells[ag, s, t] = n;
                list.Add(new PopulationCount(y, key, ag, s == 0 ? Sex.Male : Sex.Female, t == 0 ? Nationality.German : Nationality.Foreign, n));
            }

            years = seen.Keys.Select(k => k.Item1).Distinct().Order().ToList();
            if (years.Count == 0)
            {
                return list;
            }

            var groupLines = seen.GroupBy(kv => (Year: kv.Key.Item1, Key: kv.Key.Item2)).ToDictionary(g => g.Key, g => g.Min(kv => kv.Value));
            var lastLine = rows[^1].Line;
            for (var y = years[0]; y <= years[^1]; y++)
            {
                if (!years.Contains(y))
                {
                    var at = seen.Where(kv => kv.Key.Item1 > y).Min(kv => kv.Value);
                    log.Error(file, at, "jahr", ProblemLog.N(y), $"Das Jahr {ProblemLog.N(y)} fehlt (vor dieser Zeile erwartet). Erwartet: lückenlose Jahre von {ProblemLog.N(years[0])} bis {ProblemLog.N(years[^1])}.");
                }
            }

            foreach (var y in years)
            {
                foreach (var key in AreaKeys)
                {
                    var missing = new List<string>();
                    for (var ag = 0; ag <= PopulationCount.TopAge; ag++)
                    {
                        for (var s = 0; s < 2; s++)
                        {
                            for (var t = 0; t < 2; t++)
                            {
                                if (!seen.ContainsKey((y, key, ag, s, t)))
                                {
                                    missing.Add($"{(ag == PopulationCount.TopAge ? "95+" : ProblemLog.N(ag))}/{Sexes[s]}/{Nationalities[t]}");
                                }
                            }
                        }
                    }

                    if (missing.Count == 4 * (PopulationCount.TopAge + 1))
                    {
                        log.Error(file, InsertionLine(groupLines, y, key, lastLine), "jahr", null, $"Für Sozialraum {key} fehlt das Jahr {ProblemLog.N(y)} ganz (Zeilen an dieser Stelle erwartet). Erwartet: Zeilen für alle Sozialräume in jedem Jahr.");
                    }
                    else if (missing.Count > 0)
                    {
                        log.Error(file, groupLines[(y, key)], "alter", null, $"Für Sozialraum {key}, Jahr {ProblemLog.N(y)} fehlen {ProblemLog.N(missing.Count)} Zeilen (z. B. {string.Join(", ", missing.Take(3))}). Erwartet: jedes Alter 0–94 und 95+ × m/w × deutsch/nichtdeutsch (auch mit anzahl 0).");
                    }
                }
            }

            return list;
        }

        // ---------- Sozialraum tables ----------
        private Dictionary<(int Year, string Key), (HouseholdCount Row, int Line)> ReadHouseholds() =>
            ReadAreaYear(DataFiles.Households, (row, y, key) =>
            {
                var hh = row.Count("haushalte");
                var kids = row.Count("haushalte_mit_kindern");
                var single = row.Count("alleinerziehende");
                PartOfWhole(row, "haushalte_mit_kindern", kids, "haushalte", hh);
                PartOfWhole(row, "alleinerziehende", single, "haushalte_mit_kindern", kids);
                PartOfWhole(row, "haushalte", hh, $"Einwohner ({DataFiles.Population})", PopulationOrUnknown(y, key, 0, 999));
                return hh is int h && kids is int k && single is int s ? new HouseholdCount(y, key, h, k, s) : null;
            });

        private Dictionary<(int Year, string Key), (SgbIICount Row, int Line)> ReadSgbII() =>
            ReadAreaYear(DataFiles.SgbII, (row, y, key) =>
            {
                var lb = row.Count("leistungsberechtigte");
                var men = row.Count("elb_maenner");
                var women = row.Count("elb_frauen");
                var nef = row.Count("nef");
                var u15 = row.Count("nef_unter_15");
                var limit = AgeLimits.RetirementAge(y);
                PartOfWhole(row, "nef_unter_15", u15, "nef", nef);
                PartOfWhole(row, "elb_maenner + elb_frauen + nef", men + women + nef, "leistungsberechtigte", lb, "leistungsberechtigte");
                PartOfWhole(row, "nef_unter_15", u15, "Bevölkerung unter 15", PopulationOrUnknown(y, key, 0, 15));
                PartOfWhole(row, "elb_maenner", men, $"Männer 15 bis unter {ProblemLog.N(limit)}", PopulationOrUnknown(y, key, 15, limit, 0));
                PartOfWhole(row, "elb_frauen", women, $"Frauen 15 bis unter {ProblemLog.N(limit)}", PopulationOrUnknown(y, key, 15, limit, 1));
                PartOfWhole(row, "leistungsberechtigte", lb, $"Bevölkerung unter {ProblemLog.N(limit)}", PopulationOrUnknown(y, key, 0, limit));
                return lb is int l && men is int m && women is int w && nef is int n && u15 is int u ? new SgbIICount(y, key, l, m, w, n, u) : null;
            });

        private List<UnemploymentCount> ReadUnemployment(Dictionary<(int Year, string Key), (SgbIICount Row, int Line)> sgb2) =>
            ReadAreaYear(DataFiles.Unemployment, (row, y, key) =>
            {
                var a2 = row.Count("arbeitslose_sgb2");
                var a3 = row.Count("arbeitslose_sgb3");
                PartOfWhole(row, "arbeitslose_sgb2", a2, $"ELB ({DataFiles.SgbII})", sgb2.TryGetValue((y, key), out var s) ? s.Row.Elb : null);
                PartOfWhole(row, "arbeitslose_sgb2 + arbeitslose_sgb3", a2 + a3, "Bevölkerung 15 bis unter 65", PopulationOrUnknown(y, key, 15, 65), "arbeitslose_sgb3");
                return a2 is int x && a3 is int z ? new UnemploymentCount(y, key, x, z) : null;
            }).Values.Select(v => v.Row).ToList();

        private List<SocialAssistanceCount> ReadSocialAssistance() =>
            ReadAreaYear(DataFiles.SocialAssistance, (row, y, key) =>
            {
                var limit = AgeLimits.RetirementAge(y);
                var old = row.Count("grundsicherung_alter");
                var em = row.Count("grundsicherung_erwerbsminderung");
                var hlu = row.Count("hilfe_zum_lebensunterhalt");
                var asyl = row.Count("asylbewerberleistungen");
                PartOfWhole(row, "grundsicherung_alter", old, $"Bevölkerung ab {ProblemLog.N(limit)}", PopulationOrUnknown(y, key, limit, 999));
                PartOfWhole(row, "grundsicherung_erwerbsminderung", em, $"Bevölkerung 18 bis unter {ProblemLog.N(limit)}", PopulationOrUnknown(y, key, 18, limit));
                PartOfWhole(row, "hilfe_zum_lebensunterhalt", hlu, "Einwohner", PopulationOrUnknown(y, key, 0, 999));
                PartOfWhole(row, "asylbewerberleistungen", asyl, "Einwohner", PopulationOrUnknown(y, key, 0, 999));
                return old is int o && em is int e && hlu is int h && asyl is int a ? new SocialAssistanceCount(y, key, o, e, h, a) : null;
            }).Values.Select(v => v.Row).ToList();

        private List<HousingBenefitCount> ReadHousingBenefit(Dictionary<(int Year, string Key), (HouseholdCount Row, int Line)> households) =>
            ReadAreaYear(DataFiles.HousingBenefit, (row, y, key) =>
            {
                var n = row.Count("wohngeld_haushalte");
                PartOfWhole(row, "wohngeld_haushalte", n, $"haushalte ({DataFiles.Households})", households.TryGetValue((y, key), out var h) ? h.Row.Households : null);
                return n is int v ? new HousingBenefitCount(y, key, v) : null;
            }).Values.Select(v => v.Row).ToList();

        private List<ChildcareCount> ReadChildcare() =>
            ReadAreaYear(DataFiles.Childcare, (row, y, key) =>
            {
                var pu3 = row.Count("plaetze_u3");
                var p36 = row.Count("plaetze_3_6");
                var cu3 = row.Count("betreute_u3");
                var c36 = row.Count("betreute_3_6");
                PartOfWhole(row, "betreute_u3", cu3, "Kinder unter 3", PopulationOrUnknown(y, key, 0, 3));
                PartOfWhole(row, "betreute_3_6", c36, "Kinder 3 bis unter 6", PopulationOrUnknown(y, key, 3, 6));
                return pu3 is int a && p36 is int b && cu3 is int c && c36 is int d ? new ChildcareCount(y, key, a, b, c, d) : null;
            }).Values.Select(v => v.Row).ToList();

        private List<PopulationMovementCount> ReadMovements()
        {
            var file = DataFiles.Movements;
            var rows = ReadAreaYear(file, (row, y, key) =>
            {
                int?[] v = [row.Count("geburten"), row.Count("sterbefaelle"), row.Count("zuzuege_von_ausserhalb"), row.Count("fortzuege_nach_ausserhalb"), row.Count("zuzuege_aus_anderen_sozialraeumen"), row.Count("fortzuege_in_andere_sozialraeume")];
                return v.All(x => x is not null) ? new PopulationMovementCount(y, key, v[0]!.Value, v[1]!.Value, v[2]!.Value, v[3]!.Value, v[4]!.Value, v[5]!.Value) : null;
            });

            // Demographic balance (warning: real register data contain corrections); pointless if counts are unreadable.
            foreach (var ((y, key), (m, line)) in populationIncomplete ? [] : rows)
            {
                if (!pop.ContainsKey((y - 1, key)) || !pop.ContainsKey((y, key)))
                {
                    continue;
                }

                var before = Pop(y - 1, key, 0, 999);
                var after = Pop(y, key, 0, 999);
                var expected = before + m.Births - m.Deaths + m.InTotal - m.OutTotal;
                if (expected != after)
                {
                    log.Warning(file, line, null, ProblemLog.N(after), $"Bilanz geht nicht auf: Bestand {ProblemLog.N(y - 1)} ({ProblemLog.N(before)}) + Geburten − Sterbefälle + Zuzüge − Fortzüge = {ProblemLog.N(expected)}, Bestand {ProblemLog.N(y)} laut {DataFiles.Population} = {ProblemLog.N(after)}. Erwartet: gleiche Zahl (Abweichungen durch Korrekturen im Melderegister möglich).");
                }
            }

            var totals = areasIncomplete ? [] : rows.Values.GroupBy(r => r.Row.Year); // town totals need every area
            foreach (var g in totals)
            {
                var inside = g.Sum(r => r.Row.InFromOtherAreas);
                var outside = g.Sum(r => r.Row.OutToOtherAreas);
                if (inside != outside)
                {
                    log.Error(file, null, "zuzuege_aus_anderen_sozialraeumen", ProblemLog.N(inside), $"Jahr {ProblemLog.N(g.Key)}: Umzüge zwischen Sozialräumen gehen nicht auf (Zuzüge {ProblemLog.N(inside)}, Fortzüge {ProblemLog.N(outside)}). Erwartet: Summe der Zuzüge aus anderen Sozialräumen = Summe der Fortzüge in andere Sozialräume.");
                }
            }

            return rows.Values.Select(v => v.Row).OrderBy(r => r.Year).ThenBy(r => r.AreaKey, StringComparer.Ordinal).ToList();
        }

        private List<LandCover> ReadLandCover() =>
            ReadAreaYear(DataFiles.LandCover, (row, y, key) =>
            {
                var sealedHa = row.Decimal("versiegelt_ha", 0m, 100_000m, "Fläche in Hektar ≥ 0");
                var greenHa = row.Decimal("gruen_ha", 0m, 100_000m, "Fläche in Hektar ≥ 0");
                var area = areas.FirstOrDefault(a => a.Key == key);
                if (sealedHa is decimal s && greenHa is decimal g && area is not null && (double)(s + g) > area.AreaHectares * 1.005)
                {
                    log.Error(row.File, row.Line, "versiegelt_ha", Output(s + g), $"Teil größer als Ganzes: versiegelt_ha + gruen_ha ({Output(s + g)} ha) > Fläche von {key} ({ProblemLog.N(area.AreaHectares, 2)} ha laut {DataFiles.Areas}). Erwartet: höchstens die Fläche des Sozialraums.");
                }

                return sealedHa is decimal a && greenHa is decimal b ? new LandCover(y, key, a, b) : null;
            }, allYears: false).Values.Select(v => v.Row).ToList();

        private static string Output(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');

        // ---------- grid ----------
        private List<PopulationGridCell> ReadGrid()
        {
            var file = DataFiles.PopulationGrid;
            var list = new List<PopulationGridCell>();
            var rows = CsvFile.Read(dir, file, DataFiles.Columns[file], log);
            if (rows is null)
            {
                return list;
            }

            var seen = new Dictionary<(int, int, int), int>();
            foreach (var row in rows)
            {
                var year = row.Year();
                var key = AreaKey(row);
                var e = row.Integer("rechtswert", 250_000, 550_000, "Rechtswert der linken unteren Ecke in EPSG:25832, Vielfaches von 100");
                var n = row.Integer("hochwert", 5_550_000, 5_850_000, "Hochwert der linken unteren Ecke in EPSG:25832, Vielfaches von 100");
                int?[] g = [row.Count("alter_0_5"), row.Count("alter_6_17"), row.Count("alter_18_64"), row.Count("alter_65_plus")];
                if (year is not int y || key is null || e is not int x || n is not int z || g.Any(v => v is null))
                {
                    continue;
                }

                if (x % PopulationGridCell.CellSize != 0 || z % PopulationGridCell.CellSize != 0)
                {
                    log.Error(file, row.Line, x % 100 != 0 ? "rechtswert" : "hochwert", $"{ProblemLog.N(x)};{ProblemLog.N(z)}", "Zellecke liegt nicht auf dem 100-m-Raster. Erwartet: Rechtswert und Hochwert als Vielfache von 100.");
                    continue;
                }

                if (seen.TryGetValue((y, x, z), out var first))
                {
                    log.Error(file, row.Line, null, $"{ProblemLog.N(x)};{ProblemLog.N(z)}", $"Doppelte Rasterzelle (schon in Zeile {ProblemLog.N(first)}). Erwartet: jede Zelle je Jahr einmal.");
                    continue;
                }

                seen[(y, x, z)] = row.Line;
                if (years.Count > 0 && !years.Contains(y))
                {
                    log.Error(file, row.Line, "jahr", ProblemLog.N(y), $"Jahr {ProblemLog.N(y)} gibt es nicht in {DataFiles.Population}. Erwartet: eines der Jahre {YearList()}.");
                    continue;
                }

                var cell = new PopulationGridCell(y, key, x, z, g[0]!.Value, g[1]!.Value, g[2]!.Value, g[3]!.Value);
                if (preparedAreas.TryGetValue(key, out var area) && !area.Contains(Factory.CreatePoint(cell.Centre)))
                {
                    log.Error(file, row.Line, "sozialraum", key, $"Der Mittelpunkt der Zelle ({ProblemLog.N(x + 50)}, {ProblemLog.N(z + 50)}) liegt nicht in {key}. Erwartet: der Sozialraum, der den Zellmittelpunkt enthält.");
                    continue;
                }

                list.Add(cell);
            }

            (string Column, int Min, int Max, Func<PopulationGridCell, int> Get)[] groups =
            [
                ("alter_0_5", 0, 6, c => c.Age0To5), ("alter_6_17", 6, 18, c => c.Age6To17), ("alter_18_64", 18, 65, c => c.Age18To64), ("alter_65_plus", 65, 999, c => c.Age65Plus),
            ];
            var cellsByArea = list.GroupBy(c => (c.Year, c.AreaKey)).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var y in populationIncomplete ? Enumerable.Empty<int>() : list.Select(c => c.Year).Distinct().Order())
            {
                foreach (var key in AreaKeys)
                {
                    var cellsOfArea = cellsByArea.GetValueOrDefault((y, key)) ?? [];
                    foreach (var (column, min, max, get) in groups)
                    {
                        var gridSum = cellsOfArea.Sum(get);
                        var popSum = Pop(y, key, min, max);
                        if (gridSum != popSum)
                        {
                            var at = list.Where(c => c.Year == y && c.AreaKey == key).Select(c => seen[(c.Year, c.East, c.North)]).DefaultIfEmpty(0).Min();
                            log.Error(file, at == 0 ? null : at, column, ProblemLog.N(gridSum), $"Summe im Raster für {key}, {ProblemLog.N(y)} = {ProblemLog.N(gridSum)}, laut {DataFiles.Population} = {ProblemLog.N(popSum)}. Erwartet: gleiche Summe je Sozialraum und Altersgruppe.");
                        }
                    }
                }
            }

            return list;
        }

        // ---------- points ----------
        private Point? MetricPoint(CsvRow row)
        {
            var x = row.Decimal("rechtswert", -1_000_000_000m, 1_000_000_000m, "Rechtswert in Metern (EPSG:25832)");
            var y = row.Decimal("hochwert", -1_000_000_000m, 1_000_000_000m, "Hochwert in Metern (EPSG:25832)");
            if (x is not decimal dx || y is not decimal dy)
            {
                return null;
            }

            var (e, n) = ((double)dx, (double)dy);
            var value = $"{Output(dx)};{Output(dy)}";
            if (CoordinateTransform.LooksLikeNrwLonLat(e, n) || CoordinateTransform.LooksLikeSwappedNrwLonLat(e, n))
            {
                log.Error(row.File, row.Line, "rechtswert", value, "Koordinaten sehen nach Längen-/Breitengrad (WGS84) aus. Erwartet: Meter in EPSG:25832, z. B. rechtswert 360000, hochwert 5674000.");
                return null;
            }

            if (CoordinateTransform.LooksLikeNrwUtm32(n, e))
            {
                log.Error(row.File, row.Line, "rechtswert", value, "Rechtswert und Hochwert sind vertauscht. Erwartet: rechtswert ≈ 360000, hochwert ≈ 5674000 (EPSG:25832).");
                return null;
            }

            if (!CoordinateTransform.LooksLikeNrwUtm32(e, n))
            {
                log.Error(row.File, row.Line, "rechtswert", value, "Koordinaten liegen nicht in NRW. Erwartet: EPSG:25832, Rechtswert 250 000–550 000, Hochwert 5 550 000–5 850 000.");
                return null;
            }

            return InTown(row, Factory.CreatePoint(new Coordinate(e, n)), "rechtswert", value);
        }

        private Point? LonLatPoint(CsvRow row)
        {
            var lat = row.Decimal("breitengrad", -1000m, 1000m, "Breitengrad in Grad (WGS84)");
            var lon = row.Decimal("laengengrad", -1000m, 1000m, "Längengrad in Grad (WGS84)");
            if (lat is not decimal la || lon is not decimal lo)
            {
                return null;
            }

            var value = $"{Output(la)};{Output(lo)}";
            if (CoordinateTransform.LooksLikeSwappedNrwLonLat((double)lo, (double)la))
            {
                log.Error(row.File, row.Line, "breitengrad", value, $"Breiten- und Längengrad sind vertauscht. Erwartet: breitengrad ≈ 51 und laengengrad ≈ 7 (Lage {TownLabel} im Kreis).");
                return null;
            }

            if (!CoordinateTransform.LooksLikeNrwLonLat((double)lo, (double)la))
            {
                log.Error(row.File, row.Line, "breitengrad", value, "Koordinaten liegen nicht in NRW. Erwartet: breitengrad 50–53, laengengrad 5–10 (WGS84, Dezimalgrad mit Komma).");
                return null;
            }

            var (e, n) = CoordinateTransform.ToUtm32((double)lo, (double)la);
            return InTown(row, Factory.CreatePoint(new Coordinate(e, n)), "breitengrad", value);
        }

        private Point? InTown(CsvRow row, Point p, string column, string value)
        {
            if (town is null || preparedTown is null)
            {
                return null;
            }

            if (!preparedTown.Contains(p))
            {
                var distance = town.Distance(p);
                if (distance > PointToleranceMetres)
                {
                    log.Error(row.File, row.Line, column, value, $"Punkt liegt außerhalb {TownLabel} ({ProblemLog.N(distance, 0)} m von der Stadtgrenze). Erwartet: Lage innerhalb des Stadtgebiets.");
                    return null;
                }
            }

            p.SRID = DataSet.Srid;
            return p;
        }

        private string AreaOf(Point p)
        {
            foreach (var (key, area) in preparedAreas)
            {
                if (area.Covers(p))
                {
                    return key;
                }
            }

            return areas.OrderBy(a => a.Geometry.Distance(p)).Select(a => a.Key).FirstOrDefault() ?? "";
        }

        private List<Facility> ReadFacilities()
        {
            var file = DataFiles.Facilities;
            var list = new List<Facility>();
            var rows = CsvFile.Read(dir, file, DataFiles.Columns[file], log);
            if (rows is null)
            {
                return list;
            }

            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                var id = row.RequiredText("id", "eindeutige Kennung, z. B. KITA01");
                var kind = row.OneOf("art", FacilityKinds);
                var name = row.RequiredText("name", "Name der Einrichtung");
                var point = MetricPoint(row);
                int? places = null, under3 = null, groups = null;
                if (kind == "kita")
                {
                    places = row.Count("plaetze");
                    under3 = row.Count("plaetze_u3");
                    groups = row.Count("gruppen");
                    PartOfWhole(row, "plaetze_u3", under3, "plaetze", places);
                }

                if (id is not null && ids.TryGetValue(id, out var first))
                {
                    log.Error(file, row.Line, "id", id, $"Kennung „{id}“ ist doppelt (schon in Zeile {ProblemLog.N(first)}). Erwartet: eindeutige id.");
                    continue;
                }

                if (id is null || kind is null || name is null || point is null)
                {
                    continue;
                }

                ids[id] = row.Line;
                var fk = kind switch { "kita" => FacilityKind.Kita, "spielplatz" => FacilityKind.Playground, "beratung" => FacilityKind.Counselling, _ => FacilityKind.BusStop };
                list.Add(new Facility(id, fk, name, point, AreaOf(point), file) { Places = places, PlacesUnder3 = under3, Groups = groups });
            }

            return list;
        }

        private List<Facility> ReadSchools()
        {
            var file = DataFiles.Schools;
            var list = new List<Facility>();
            var rows = CsvFile.Read(dir, file, DataFiles.Columns[file], log);
            if (rows is null)
            {
                return list;
            }

            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                var id = row.RequiredText("schulnummer", "sechsstellige Schulnummer");
                var name = row.RequiredText("name", "Name der Schule");
                var type = row.RequiredText("schulform", "Schulform, z. B. Grundschule");
                var pupils = row.OptionalCount("schueler");
                var index = row.Text("sozialindex").Length == 0 ? null : row.Integer("sozialindex", 1, 9, "Schulsozialindex 1 bis 9 oder leer");
                var chance = row.OneOf("startchancen", YesNo);
                var point = LonLatPoint(row);
                if (id is not null && ids.TryGetValue(id, out var first))
                {
                    log.Error(file, row.Line, "schulnummer", id, $"Schulnummer „{id}“ ist doppelt (schon in Zeile {ProblemLog.N(first)}). Erwartet: eindeutige Schulnummer.");
                    continue;
                }

                if (id is null || name is null || type is null || chance is null || point is null)
                {
                    continue;
                }

                ids[id] = row.Line;
                list.Add(new Facility(id, FacilityKind.School, name, point, AreaOf(point), file)
                {
                    SchoolType = type, Pupils = pupils, SocialIndex = index, Startchancen = chance == "ja", Address = row.Text("adresse"),
                });
            }

            return list;
        }

        private List<Facility> ReadChargingPoints()
        {
            var file = DataFiles.ChargingPoints;
            var list = new List<Facility>();
            var rows = CsvFile.Read(dir, file, DataFiles.Columns[file], log);
            if (rows is null)
            {
                return list;
            }

            foreach (var row in rows)
            {
                var id = row.RequiredText("id", "Kennung, z. B. LP01");
                var operatorName = row.RequiredText("betreiber", "Betreiber");
                var power = row.Decimal("leistung_kw", 0m, 100_000m, "Anschlussleistung in kW", optional: true);
                var points = row.Count("ladepunkte");
                var point = LonLatPoint(row);
                if (id is null || operatorName is null || points is null || point is null)
                {
                    continue;
                }

                list.Add(new Facility(id, FacilityKind.ChargingPoint, operatorName + ", " + row.Text("adresse"), point, AreaOf(point), file)
                {
                    ChargingPoints = points, PowerKw = power, Address = row.Text("adresse"),
                });
            }

            return list;
        }

        // ---------- real tables ----------
        private List<MunicipalityPopulation> ReadMunicipalityPopulation()
        {
            var file = DataFiles.MunicipalityPopulation;
            var list = new List<MunicipalityPopulation>();
            var rows = CsvFile.Read(dir, file, DataFiles.Columns[file], log);
            if (rows is null)
            {
                return list;
            }

            foreach (var row in rows)
            {
                var ags = Ags(row);
                var name = row.RequiredText("gemeinde", "Name der Gemeinde");
                var date = Date(row, "stichtag");

                var total = row.Count("bevoelkerung");
                var male = row.OptionalCount("maennlich");
                var female = row.OptionalCount("weiblich");
                if (male is int m && female is int f && total is int t && m + f != t)
                {
                    log.Error(file, row.Line, "bevoelkerung", ProblemLog.N(t), $"maennlich + weiblich ({ProblemLog.N(m + f)}) ≠ bevoelkerung ({ProblemLog.N(t)}). Erwartet: Summe der Geschlechter = Gesamtzahl.");
                }

                if (ags is null || name is null || date is null || total is null)
                {
                    continue;
                }

                list.Add(new MunicipalityPopulation(ags, name, date.Value, total.Value, male, female, row.Text("quelle")));
            }

            return list;
        }

        private static string? Ags(CsvRow row)
        {
            var v = row.Text("ags");
            if (v.Length != 8 || !v.All(char.IsAsciiDigit))
            {
                row.Log.Error(row.File, row.Line, "ags", v, $"„{v}“ ist kein Gemeindeschlüssel. Erwartet: 8 Ziffern mit führender Null (Amtlicher Gemeindeschlüssel).");
                return null;
            }

            return v;
        }

        private DateOnly? Date(CsvRow row, string column)
        {
            var text = row.Text(column);
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }

            log.Error(row.File, row.Line, column, text, $"„{text}“ ist kein Datum. Erwartet: JJJJ-MM-TT, z. B. 2019-12-31.");
            return null;
        }

        private List<TownPopulationBenchmark> ReadBenchmarks()
        {
            var file = DataFiles.TownPopulationBenchmarks;
            var list = new List<TownPopulationBenchmark>();
            var rows = CsvFile.Read(dir, file, DataFiles.Columns[file], log);
            if (rows is null)
            {
                return list;
            }

            foreach (var row in rows)
            {
                var date = Date(row, "stichtag");
                var n = row.Count("einwohner");
                var kind = row.OneOf("bestandsart", BenchmarkKinds);
                var source = row.RequiredText("quelle", "Veröffentlichung, in der die Zahl steht");
                if (date is null || n is null || kind is null || source is null)
                {
                    continue;
                }

                list.Add(new TownPopulationBenchmark(date.Value, n.Value, kind, row.Text("beschreibung"), source, row.Text("url")));
            }

            return list;
        }

        private List<KitaPlanningAreaChildren> ReadKitaPlanningAreas()
        {
            var file = DataFiles.KitaPlanningAreas2012;
            var list = new List<KitaPlanningAreaChildren>();
            var rows = CsvFile.Read(dir, file, DataFiles.Columns[file], log);
            if (rows is null)
            {
                return list;
            }

            foreach (var row in rows)
            {
                var label = row.RequiredText("zeile", "Bezeichnung der Zeile");
                var v = new[] { row.Count("haan_ost"), row.Count("haan_mitte"), row.Count("haan_west"), row.Count("alt_haan_insgesamt"), row.Count("gruiten"), row.Count("insgesamt") };
                if (label is null || v.Any(x => x is null))
                {
                    continue;
                }

                var (ost, mitte, west, alt, gruiten, total) = (v[0]!.Value, v[1]!.Value, v[2]!.Value, v[3]!.Value, v[4]!.Value, v[5]!.Value);
                if (ost + mitte + west != alt)
                {
                    log.Error(file, row.Line, "alt_haan_insgesamt", ProblemLog.N(alt), $"haan_ost + haan_mitte + haan_west = {ProblemLog.N(ost + mitte + west)} ≠ alt_haan_insgesamt ({ProblemLog.N(alt)}). Erwartet: Summe der drei Ortsbereiche.");
                }

                if (alt + gruiten != total)
                {
                    log.Error(file, row.Line, "insgesamt", ProblemLog.N(total), $"alt_haan_insgesamt + gruiten = {ProblemLog.N(alt + gruiten)} ≠ insgesamt ({ProblemLog.N(total)}). Erwartet: alt_haan_insgesamt + gruiten.");
                }

                list.Add(new KitaPlanningAreaChildren(label, ost, mitte, west, alt, gruiten, total));
            }

            return list;
        }

        private List<KreisSgbIIRates> ReadKreisTable()
        {
            var file = DataFiles.KreisSgbII;
            var list = new List<KreisSgbIIRates>();
            var rows = CsvFile.Read(dir, file, DataFiles.Columns[file], log);
            if (rows is null)
            {
                return list;
            }

            foreach (var row in rows)
            {
                var region = row.RequiredText("region", "Name der Region");
                var ags = Ags(row);
                decimal? Q(string c) => row.Decimal(c, 0m, 100m, "Quote in Prozent (0 bis 100)");
                var q = new[] { Q("sgb2_quote"), Q("elb_quote"), Q("elb_quote_maenner"), Q("elb_quote_frauen"), Q("nef_quote_u15") };
                if (region is null || ags is null || q.Any(x => x is null))
                {
                    continue;
                }

                list.Add(new KreisSgbIIRates(region, ags, q[0]!.Value, q[1]!.Value, q[2]!.Value, q[3]!.Value, q[4]!.Value));
            }

            return list;
        }
    }
}
