using System.Globalization;
using System.Text;
using Haan.Report.Data;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Triangulate;

namespace Haan.Report.Testing;

/// <summary>
/// Writes a complete, valid data folder for a synthetic town with <c>n</c> Sozialräume × 5 years: the real boundary of a
/// town of the Kreis (by AGS from <c>gemeinden_kreis_mettmann.geojson</c>; by default the bundled data's own town) is
/// cut into a Voronoi partition around seeded random sites (every site next to a 100 m grid cell centre, so that every
/// area owns at least one grid cell), and all Sozialraum tables are derived from one population so that every check of
/// docs/DATA.md holds (parts ≤ wholes, demographic balance, grid sums, moves between areas). Real files (municipalities,
/// schools, charging points, Kreis tables, manifest, catalogue, facilities) are copied from the bundled <c>data/</c>;
/// for another town than the bundled one, the bundled town's name in their texts becomes the town's name, the points
/// (facilities, schools, charging points) move to seeded places inside the town and are labelled synthetic.
/// Used by the benchmark (towns with 7 to 500 Sozialräume) and by the second-town report test.
/// </summary>
public static class SyntheticTown
{
    public const int FirstYear = 2019;
    public const int LastYear = 2023;
    private const int Ages = PopulationCount.TopAge + 1;
    private const int Cell = PopulationGridCell.CellSize;

    private static readonly string[] CopiedFiles =
    [
        DataFiles.Manifest, DataFiles.Municipalities, DataFiles.Facilities, DataFiles.Schools, DataFiles.ChargingPoints,
        DataFiles.MunicipalityPopulation, DataFiles.KreisSgbII, DataFiles.KitaPlanningAreas2012, DataFiles.TownPopulationBenchmarks,
        "indikatoren.csv",
    ];

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Writes the data folder <paramref name="target"/>.</summary>
    /// <param name="bundledData">The repository's <c>data/</c> folder (real files, the bundled town).</param>
    /// <param name="target">Folder to write (created).</param>
    /// <param name="areaCount">Number of Sozialräume.</param>
    /// <param name="seed">Seed of the partition and of all counts (same seed, same files).</param>
    /// <param name="ags">AGS of the town (8 digits) in <c>gemeinden_kreis_mettmann.geojson</c>; null: the bundled data's town.</param>
    public static void Write(string bundledData, string target, int areaCount, int seed, string? ags = null)
    {
        Directory.CreateDirectory(target);
        foreach (var file in CopiedFiles)
        {
            File.Copy(Path.Combine(bundledData, file), Path.Combine(target, file), overwrite: true);
        }

        var random = new Random(seed);
        var factory = new GeometryFactory(new PrecisionModel(), DataSet.Srid);
        var bundled = ReadBundled(bundledData);
        ags ??= bundled.TownAgs;
        var municipality = bundled.Municipalities.SingleOrDefault(m => m.Ags == ags)
            ?? throw new ArgumentException($"Keine Gemeinde mit AGS {ags} in {DataFiles.Municipalities}.", nameof(ags));
        var town = municipality.Geometry;
        var areas = Partition(town, areaCount, random, factory);
        if (ags != bundled.TownAgs)
        {
            MoveToTown(target, bundled.TownName, municipality.Name, town, random, factory);
        }

        WriteAreas(Path.Combine(target, DataFiles.Areas), areas);

        // Population: [area][year] → counts[age, sex, nationality].
        var years = Enumerable.Range(FirstYear, LastYear - FirstYear + 1).ToArray();
        var population = new int[areas.Count][][,,];
        for (var a = 0; a < areas.Count; a++)
        {
            var size = random.Next(800, 6000);
            var foreign = 0.05 + (0.2 * random.NextDouble());
            var elderly = 0.6 + (0.8 * random.NextDouble());
            population[a] = new int[years.Length][,,];
            for (var y = 0; y < years.Length; y++)
            {
                var counts = new int[Ages, 2, 2];
                var scale = size * (1 + (0.01 * y * (random.NextDouble() - 0.3)));
                for (var age = 0; age < Ages; age++)
                {
                    var weight = (age < 65 ? 1.0 : elderly * Math.Max(0.05, 1 - ((age - 65) / 30.0))) / 80.0;
                    for (var s = 0; s < 2; s++)
                    {
                        for (var t = 0; t < 2; t++)
                        {
                            var expected = scale * weight * 0.5 * (t == 0 ? 1 - foreign : foreign);
                            counts[age, s, t] = (int)Math.Round(expected * (0.85 + (0.3 * random.NextDouble())));
                        }
                    }
                }

                population[a][y] = counts;
            }
        }

        int Pop(int a, int y, int min, int max, int? sex = null)
        {
            var c = population[a][y];
            var sum = 0;
            for (var age = min; age < Math.Min(max, Ages); age++)
            {
                for (var s = 0; s < 2; s++)
                {
                    if (sex is null || sex == s)
                    {
                        sum += c[age, s, 0] + c[age, s, 1];
                    }
                }
            }

            return sum;
        }

        static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
        static int R(double v) => (int)Math.Round(v, MidpointRounding.AwayFromZero);

        var pop = new StringBuilder("jahr;sozialraum;alter;geschlecht;staatsangehoerigkeit;anzahl\n");
        var movements = new StringBuilder("jahr;sozialraum;geburten;sterbefaelle;zuzuege_von_ausserhalb;fortzuege_nach_ausserhalb;zuzuege_aus_anderen_sozialraeumen;fortzuege_in_andere_sozialraeume\n");
        var households = new StringBuilder("jahr;sozialraum;haushalte;haushalte_mit_kindern;alleinerziehende\n");
        var sgb2 = new StringBuilder("jahr;sozialraum;leistungsberechtigte;elb_maenner;elb_frauen;nef;nef_unter_15\n");
        var unemployed = new StringBuilder("jahr;sozialraum;arbeitslose_sgb2;arbeitslose_sgb3\n");
        var assistance = new StringBuilder("jahr;sozialraum;grundsicherung_alter;grundsicherung_erwerbsminderung;hilfe_zum_lebensunterhalt;asylbewerberleistungen\n");
        var housing = new StringBuilder("jahr;sozialraum;wohngeld_haushalte\n");
        var childcare = new StringBuilder("jahr;sozialraum;plaetze_u3;plaetze_3_6;betreute_u3;betreute_3_6\n");
        var poverty = areas.Select(_ => 0.02 + (0.12 * random.NextDouble())).ToArray();
        var lastRecipients = 0;
        for (var y = 0; y < years.Length; y++)
        {
            var year = I(years[y]);
            var limit = AgeLimits.RetirementAge(years[y]);
            for (var a = 0; a < areas.Count; a++)
            {
                var key = areas[a].Key;
                var c = population[a][y];
                for (var age = 0; age < Ages; age++)
                {
                    var ageText = age == PopulationCount.TopAge ? "95+" : I(age);
                    for (var s = 0; s < 2; s++)
                    {
                        for (var t = 0; t < 2; t++)
                        {
                            pop.Append(year).Append(';').Append(key).Append(';').Append(ageText).Append(';').Append(s == 0 ? "m" : "w").Append(';')
                               .Append(t == 0 ? "deutsch" : "nichtdeutsch").Append(';').Append(I(c[age, s, t])).Append('\n');
                        }
                    }
                }

                var total = Pop(a, y, 0, 999);
                var inside = R(0.03 * total);
                var births = c[0, 0, 0] + c[0, 0, 1] + c[0, 1, 0] + c[0, 1, 1];
                var deaths = R(0.01 * total);
                var net = y == 0 ? 0 : total - Pop(a, y - 1, 0, 999) - births + deaths;
                var baseMoves = R(0.04 * total);
                movements.Append($"{year};{key};{I(births)};{I(deaths)};{I(baseMoves + Math.Max(net, 0))};{I(baseMoves + Math.Max(-net, 0))};{I(inside)};{I(inside)}\n");

                var hh = R(total * 0.48);
                var withChildren = R(hh * 0.2);
                households.Append($"{year};{key};{I(hh)};{I(withChildren)};{I(R(withChildren * 0.2))}\n");

                var rate = poverty[a];
                var elbMen = R(rate * Pop(a, y, 15, limit, 0));
                var elbWomen = R(rate * Pop(a, y, 15, limit, 1));
                var nefUnder15 = R(rate * 1.5 * Pop(a, y, 0, 15));
                var nef = nefUnder15 + R(rate * 0.1 * Pop(a, y, 15, limit));
                var recipients = elbMen + elbWomen + nef + R(rate * 0.01 * total); // a few sonstige Leistungsberechtigte (BA: some %)
                sgb2.Append($"{year};{key};{I(recipients)};{I(elbMen)};{I(elbWomen)};{I(nef)};{I(nefUnder15)}\n");
                lastRecipients += y == years.Length - 1 ? recipients : 0;
                unemployed.Append($"{year};{key};{I(R((elbMen + elbWomen) * 0.35))};{I(R(0.02 * Pop(a, y, 15, 65)))}\n");
                assistance.Append($"{year};{key};{I(R(rate * 0.4 * Pop(a, y, limit, 999)))};{I(R(0.008 * Pop(a, y, 18, limit)))};{I(R(0.002 * total))};{I(R(rate * 0.1 * total))}\n");
                housing.Append($"{year};{key};{I(R(hh * rate * 0.3))}\n");
                var caredU3 = R(0.35 * Pop(a, y, 0, 3));
                var cared36 = R(0.9 * Pop(a, y, 3, 6));
                childcare.Append($"{year};{key};{I(caredU3 + 2)};{I(cared36 + 3)};{I(caredU3)};{I(cared36)}\n");
            }
        }

        Save(target, DataFiles.Population, pop);
        Save(target, DataFiles.Movements, movements);
        Save(target, DataFiles.Households, households);
        Save(target, DataFiles.SgbII, sgb2);
        Save(target, DataFiles.Unemployment, unemployed);
        Save(target, DataFiles.SocialAssistance, assistance);
        Save(target, DataFiles.HousingBenefit, housing);
        Save(target, DataFiles.Childcare, childcare);

        // The copied town-level reference files describe the real town; the plausibility checks compare them with the
        // areas' sums, so they get this synthetic town's own official population and SGB II-Quote.
        var last = years.Length - 1;
        var quote = 100.0 * lastRecipients / Enumerable.Range(0, areas.Count).Sum(a => Pop(a, last, 0, AgeLimits.RetirementAge(years[last])));
        RewriteLines(target, DataFiles.TownPopulationBenchmarks, fields =>
        {
            var index = Array.IndexOf(years, int.Parse(fields[0][..4], CultureInfo.InvariantCulture));
            if (fields[2] == "amtlich" && fields[0].EndsWith("-12-31", StringComparison.Ordinal) && index >= 0)
            {
                fields[1] = I(Enumerable.Range(0, areas.Count).Sum(a => Pop(a, index, 0, 999)));
            }
        });
        RewriteLines(target, DataFiles.KreisSgbII, fields =>
        {
            if (fields[1] == ags)
            {
                fields[2] = Math.Round(quote, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');
            }
        });

        var land = new StringBuilder("jahr;sozialraum;versiegelt_ha;gruen_ha\n");
        foreach (var area in areas)
        {
            var hectares = area.Geometry.Area / 10_000;
            land.Append($"{I(LastYear)};{area.Key};{Dec(hectares * 0.3)};{Dec(hectares * 0.45)}\n");
        }

        Save(target, DataFiles.LandCover, land);
        WriteGrid(target, areas, population, years, random, Pop);
    }

    private static string Dec(double value) => value.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>Changes the fields of every data line of a simple semicolon file (no quoted semicolons in the changed columns).</summary>
    private static void RewriteLines(string target, string file, Action<string[]> change)
    {
        var path = Path.Combine(target, file);
        var lines = File.ReadAllText(path, Utf8).Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var fields = lines[i].Split(';');
            change(fields);
            lines[i] = string.Join(';', fields);
        }

        File.WriteAllText(path, string.Join('\n', lines), Utf8);
    }

    private static void Save(string target, string file, StringBuilder text) => File.WriteAllText(Path.Combine(target, file), text.ToString(), Utf8);

    private static DataSet ReadBundled(string bundledData)
    {
        // The loader itself reads and reprojects the real boundaries (of every town of the Kreis).
        var temp = Path.Combine(Path.GetTempPath(), "haan-synthetic-town-" + Guid.NewGuid().ToString("N"), "data");
        Directory.CreateDirectory(temp);
        try
        {
            foreach (var file in Directory.GetFiles(bundledData))
            {
                File.Copy(file, Path.Combine(temp, Path.GetFileName(file)));
            }

            var loaded = DataSetLoader.Load(temp);
            return loaded.Data ?? throw new InvalidOperationException("Gebündelte Daten nicht ladbar: " + string.Join("\n", loaded.Errors));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(temp)!, recursive: true);
        }
    }

    /// <summary>
    /// Makes the copied files describe <paramref name="townName"/>: the bundled town's name in every text becomes the
    /// town's name, and every facility, school and charging point moves to a seeded 100 m cell centre inside the town
    /// (those files are then synthetic in the manifest).
    /// </summary>
    private static void MoveToTown(string target, string bundledName, string townName, Geometry town, Random random, GeometryFactory factory)
    {
        foreach (var file in CopiedFiles.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)))
        {
            var path = Path.Combine(target, file);
            var text = File.ReadAllText(path, Utf8);
            var header = text[..(text.IndexOf('\n', StringComparison.Ordinal) + 1)];
            File.WriteAllText(path, header + text[header.Length..].Replace(bundledName, townName, StringComparison.Ordinal), Utf8);
        }

        var centres = InnerCellCentres(town, factory);
        Coordinate Place() => centres[random.Next(centres.Count)];
        static string Dec6(double v) => v.ToString("0.000000", CultureInfo.InvariantCulture).Replace('.', ',');
        static string Dec1(double v) => v.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');
        RewriteLines(target, DataFiles.Facilities, fields =>
        {
            var c = Place();
            fields[2] = "Demo-Einrichtung " + fields[0];
            (fields[3], fields[4]) = (Dec1(c.X), Dec1(c.Y));
        });
        var number = 0;
        foreach (var file in new[] { DataFiles.Schools, DataFiles.ChargingPoints })
        {
            RewriteLines(target, file, fields =>
            {
                // Names and addresses of the bundled town's real schools (districts, streets) do not belong to this town.
                number++;
                if (file == DataFiles.Schools)
                {
                    fields[1] = $"Demo-{fields[2]} {number.ToString(CultureInfo.InvariantCulture)}";
                }

                fields[file == DataFiles.Schools ? 3 : 2] = $"Demo-Straße {number.ToString(CultureInfo.InvariantCulture)}";
                var c = Place();
                var (longitude, latitude) = CoordinateTransform.ToWgs84(c.X, c.Y);
                (fields[^2], fields[^1]) = (Dec6(latitude), Dec6(longitude));
            });
        }

        var moved = new[] { DataFiles.Facilities, DataFiles.Schools, DataFiles.ChargingPoints };
        RewriteLines(target, DataFiles.Manifest, fields =>
        {
            if (moved.Contains(fields[0], StringComparer.Ordinal))
            {
                fields[1] = "synthetisch";
            }
        });
    }

    /// <summary>Centres of the 100 m grid cells well inside the town (60 m from its boundary).</summary>
    private static List<Coordinate> InnerCellCentres(Geometry town, GeometryFactory factory)
    {
        var inner = PreparedGeometryFactory.Prepare(town.Buffer(-60));
        var env = town.EnvelopeInternal;
        var centres = new List<Coordinate>();
        for (var x = Math.Floor(env.MinX / Cell) * Cell; x < env.MaxX; x += Cell)
        {
            for (var y = Math.Floor(env.MinY / Cell) * Cell; y < env.MaxY; y += Cell)
            {
                var c = new Coordinate(x + (Cell / 2), y + (Cell / 2));
                if (inner.Contains(factory.CreatePoint(c)))
                {
                    centres.Add(c);
                }
            }
        }

        return centres;
    }

    private static List<SocialArea> Partition(Geometry town, int count, Random random, GeometryFactory factory)
    {
        // Sites: distinct 100 m cell centres well inside the town, jittered by at most 20 m (ties impossible; each
        // site's own cell centre is nearer to it than to any other site, so it lies inside its Voronoi cell).
        var env = town.EnvelopeInternal;
        var centres = InnerCellCentres(town, factory);

        if (centres.Count < count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"Höchstens {centres.Count} Sozialräume in dieser Stadtfläche.");
        }

        var sites = centres.OrderBy(_ => random.Next()).Take(count)
            .Select(c => new Coordinate(c.X + random.Next(-20, 21), c.Y + random.Next(-20, 21)))
            .ToList();
        var builder = new VoronoiDiagramBuilder();
        builder.SetSites(sites);
        var clip = new Envelope(env);
        clip.ExpandBy(1000);
        builder.ClipEnvelope = clip;
        var cells = builder.GetDiagram(factory);
        var areas = new List<SocialArea>();
        var width = count.ToString(CultureInfo.InvariantCulture).Length;
        for (var i = 0; i < cells.NumGeometries; i++)
        {
            var cell = cells.GetGeometryN(i);
            var site = (Coordinate)cell.UserData;
            var index = sites.FindIndex(s => s.Equals2D(site));
            var clipped = cell.Intersection(town);
            var polygons = Enumerable.Range(0, clipped.NumGeometries).Select(clipped.GetGeometryN).OfType<Polygon>().Where(p => p.Area > 0).ToArray();
            Geometry geometry = polygons.Length == 1 ? polygons[0] : factory.CreateMultiPolygon(polygons);
            geometry.SRID = DataSet.Srid;
            var number = (index + 1).ToString(CultureInfo.InvariantCulture).PadLeft(Math.Max(2, width), '0');
            areas.Add(new SocialArea("SR" + number, "Sozialraum " + number, "SR " + number, geometry));
        }

        return areas.OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
    }

    private static void WriteAreas(string path, IReadOnlyList<SocialArea> areas)
    {
        var sb = new StringBuilder("{\"type\": \"FeatureCollection\", \"name\": \"sozialraeume\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::25832\"}}, \"features\": [\n");
        for (var i = 0; i < areas.Count; i++)
        {
            var area = areas[i];
            sb.Append("{\"type\": \"Feature\", \"properties\": {\"sozialraum\": \"").Append(area.Key).Append("\", \"name\": \"").Append(area.Name)
              .Append("\", \"kurzname\": \"").Append(area.ShortName).Append("\"}, \"geometry\": ");
            if (area.Geometry is Polygon polygon)
            {
                sb.Append("{\"type\": \"Polygon\", \"coordinates\": ");
                AppendPolygon(sb, polygon);
            }
            else
            {
                sb.Append("{\"type\": \"MultiPolygon\", \"coordinates\": [");
                for (var p = 0; p < area.Geometry.NumGeometries; p++)
                {
                    sb.Append(p > 0 ? ", " : "");
                    AppendPolygon(sb, (Polygon)area.Geometry.GetGeometryN(p));
                }

                sb.Append(']');
            }

            sb.Append("}}").Append(i < areas.Count - 1 ? ",\n" : "\n");
        }

        sb.Append("]}\n");
        File.WriteAllText(path, sb.ToString(), Utf8);
    }

    private static void AppendPolygon(StringBuilder sb, Polygon polygon)
    {
        sb.Append('[');
        var rings = new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings).ToList();
        for (var r = 0; r < rings.Count; r++)
        {
            sb.Append(r > 0 ? ", [" : "[");
            var coordinates = rings[r].Coordinates;
            for (var k = 0; k < coordinates.Length; k++)
            {
                sb.Append(k > 0 ? ", [" : "[").Append(coordinates[k].X.ToString("R", CultureInfo.InvariantCulture)).Append(", ")
                  .Append(coordinates[k].Y.ToString("R", CultureInfo.InvariantCulture)).Append(']');
            }

            sb.Append(']');
        }

        sb.Append(']');
    }

    private static void WriteGrid(string target, IReadOnlyList<SocialArea> areas, int[][][,,] population, int[] years, Random random, Func<int, int, int, int, int?, int> pop)
    {
        // Cells whose centre lies inside an area (same test as the loader); each area's age groups are spread over its cells.
        var factory = new GeometryFactory(new PrecisionModel(), DataSet.Srid);
        var cellsOfArea = areas.Select(_ => new List<(int East, int North, double Weight)>()).ToArray();
        for (var a = 0; a < areas.Count; a++)
        {
            var prepared = PreparedGeometryFactory.Prepare(areas[a].Geometry);
            var env = areas[a].Geometry.EnvelopeInternal;
            for (var x = (int)Math.Floor(env.MinX / Cell) * Cell; x < env.MaxX; x += Cell)
            {
                for (var y = (int)Math.Floor(env.MinY / Cell) * Cell; y < env.MaxY; y += Cell)
                {
                    if (prepared.Contains(factory.CreatePoint(new Coordinate(x + (Cell / 2), y + (Cell / 2)))))
                    {
                        cellsOfArea[a].Add((x, y, 0.2 + random.NextDouble()));
                    }
                }
            }

            if (cellsOfArea[a].Count == 0)
            {
                throw new InvalidOperationException($"{areas[a].Key} enthält keinen Rasterzellen-Mittelpunkt.");
            }
        }

        (int Min, int Max)[] groups = [(0, 6), (6, 18), (18, 65), (65, 999)];
        var sb = new StringBuilder("jahr;sozialraum;rechtswert;hochwert;alter_0_5;alter_6_17;alter_18_64;alter_65_plus\n");
        for (var y = 0; y < years.Length; y++)
        {
            for (var a = 0; a < areas.Count; a++)
            {
                var cells = cellsOfArea[a];
                var split = groups.Select(g => Split(pop(a, y, g.Min, g.Max, null), cells.Select(c => c.Weight).ToArray())).ToArray();
                for (var k = 0; k < cells.Count; k++)
                {
                    sb.Append(years[y].ToString(CultureInfo.InvariantCulture)).Append(';').Append(areas[a].Key).Append(';')
                      .Append(cells[k].East.ToString(CultureInfo.InvariantCulture)).Append(';').Append(cells[k].North.ToString(CultureInfo.InvariantCulture));
                    foreach (var group in split)
                    {
                        sb.Append(';').Append(group[k].ToString(CultureInfo.InvariantCulture));
                    }

                    sb.Append('\n');
                }
            }
        }

        Save(target, DataFiles.PopulationGrid, sb);
    }

    /// <summary>Largest-remainder split of <paramref name="total"/> by weights (parts sum to the total).</summary>
    private static int[] Split(int total, double[] weights)
    {
        var sum = weights.Sum();
        var exact = weights.Select(w => total * w / sum).ToArray();
        var parts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var rest = total - parts.Sum();
        foreach (var i in Enumerable.Range(0, weights.Length).OrderByDescending(i => exact[i] - parts[i]).ThenBy(i => i).Take(rest))
        {
            parts[i]++;
        }

        return parts;
    }
}
