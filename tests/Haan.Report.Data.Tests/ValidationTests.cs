using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Haan.Report.Data.Text;
using Haan.Report.Diagnostics;
using Haan.Report.Testing;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Haan.Report.Data.Tests;

/// <summary>One broken input per validation rule; each asserts that the message names file and line.</summary>
public sealed class ValidationTests
{
    private static Problem Problem(DataLoadResult result, string file, string code, params string[] arguments) =>
        ProblemAssert.Has(result.Problems.Where(p => p.Location?.File == "data/" + file), code, arguments);

    private static Problem Error(DataLoadResult result, string file, int line, string code, params string[] arguments)
    {
        Assert.Null(result.Data);
        var p = ProblemAssert.Has(result.Problems.Where(p => p.Location?.File == "data/" + file && p.Location.Line == line), code, arguments);
        Assert.True(p.IsError, p.ToString());
        Assert.StartsWith($"data/{file}, Zeile {line}", p.ToString(), StringComparison.Ordinal);
        return p;
    }

    [Fact]
    public void Non_numeric_value_names_file_line_column_value_and_expectation()
    {
        var dir = TestData.Copy();
        TestData.SetField(dir, "bevoelkerung.csv", 12, "anzahl", "abc");
        var p = Error(TestData.Load(dir), "bevoelkerung.csv", 12, nameof(DataMessages.NotAWholeNumber));
        Assert.Equal("data/bevoelkerung.csv, Zeile 12, Spalte „anzahl“: „abc“ ist keine Zahl. Erwartet: ganze Zahl ≥ 0.", p.ToString());
        Assert.Equal("abc", p.Value);
    }

    [Fact]
    public void Misspelled_column_suggests_the_expected_name()
    {
        var dir = TestData.Copy();
        TestData.ReplaceLine(dir, "bevoelkerung.csv", 1, l => l.Replace("anzahl", "anzhal", StringComparison.Ordinal));
        var p = Error(TestData.Load(dir), "bevoelkerung.csv", 1, nameof(DataMessages.MisspelledColumn), "anzhal", "anzahl");
        Assert.Equal("anzhal", p.Location?.ColumnName);
    }

    [Fact]
    public void Missing_column_is_reported()
    {
        var dir = TestData.Copy();
        var lines = TestData.Read(dir, "sgb2.csv").Split('\n').Select(l => l.Length == 0 ? l : string.Join(';', l.Split(';').Where((_, i) => i != 5)));
        TestData.Write(dir, "sgb2.csv", string.Join('\n', lines));
        Error(TestData.Load(dir), "sgb2.csv", 1, nameof(DataMessages.MissingColumn), "nef");
    }

    [Fact]
    public void Extra_column_is_reported()
    {
        var dir = TestData.Copy();
        var lines = TestData.Read(dir, "haushalte.csv").Split('\n').Select((l, i) => l.Length == 0 ? l : l + (i == 0 ? ";bemerkung" : ";x"));
        TestData.Write(dir, "haushalte.csv", string.Join('\n', lines));
        Error(TestData.Load(dir), "haushalte.csv", 1, nameof(DataMessages.UnknownColumn), "bemerkung");
    }

    [Fact]
    public void Wrong_delimiter_is_reported()
    {
        var dir = TestData.Copy();
        TestData.Write(dir, "wohngeld.csv", TestData.Read(dir, "wohngeld.csv").Replace(';', ','));
        Error(TestData.Load(dir), "wohngeld.csv", 1, nameof(DataMessages.WrongDelimiter), "„,“");
    }

    [Fact]
    public void Decimal_point_instead_of_comma_is_reported()
    {
        var dir = TestData.Copy();
        TestData.SetField(dir, "flaechennutzung.csv", 3, "versiegelt_ha", "93.18");
        var p = Error(TestData.Load(dir), "flaechennutzung.csv", 3, nameof(DataMessages.DecimalWithPoint));
        Assert.Equal("versiegelt_ha", p.Location?.ColumnName);
    }

    [Fact]
    public void Negative_count_is_reported()
    {
        var dir = TestData.Copy();
        TestData.SetField(dir, "haushalte.csv", 3, "haushalte", "-5");
        Error(TestData.Load(dir), "haushalte.csv", 3, nameof(DataMessages.Negative), "-5");
    }

    [Fact]
    public void Single_parents_greater_than_households_with_children_is_reported()
    {
        var dir = TestData.Copy();
        TestData.SetField(dir, "haushalte.csv", 2, "alleinerziehende", "9999");
        Error(TestData.Load(dir), "haushalte.csv", 2, nameof(DataMessages.PartGreaterThanWhole), "alleinerziehende", "9999", "haushalte_mit_kindern");
    }

    [Fact]
    public void Nef_under_15_greater_than_nef_and_than_children_is_reported()
    {
        var dir = TestData.Copy();
        TestData.SetField(dir, "sgb2.csv", 4, "nef", "5000");
        TestData.SetField(dir, "sgb2.csv", 4, "nef_unter_15", "4000");
        TestData.SetField(dir, "sgb2.csv", 4, "leistungsberechtigte", "9000");
        var result = TestData.Load(dir);
        Error(result, "sgb2.csv", 4, nameof(DataMessages.PartGreaterThanWhole), "nef_unter_15", "4000", "Bevölkerung unter 15");
        TestData.SetField(dir, "sgb2.csv", 4, "nef_unter_15", "5001");
        Error(TestData.Load(dir), "sgb2.csv", 4, nameof(DataMessages.PartGreaterThanWhole), "nef_unter_15", "5001", "nef", "5000");
    }

    [Fact]
    public void Elb_greater_than_population_15_to_retirement_age_is_reported()
    {
        var dir = TestData.Copy();
        TestData.SetField(dir, "sgb2.csv", 2, "elb_maenner", "99999");
        Error(TestData.Load(dir), "sgb2.csv", 2, nameof(DataMessages.PartGreaterThanWhole), "elb_maenner", "99999", "Männer 15 bis unter 65");
    }

    [Fact]
    public void Unknown_sozialraum_key_is_reported()
    {
        var dir = TestData.Copy();
        TestData.SetField(dir, "sgb2.csv", 5, "sozialraum", "SR08");
        var p = Error(TestData.Load(dir), "sgb2.csv", 5, nameof(DataMessages.UnknownArea), "SR08");
        Assert.Contains("SR01", p.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_row_is_reported_at_the_second_occurrence()
    {
        var dir = TestData.Copy();
        var text = TestData.Read(dir, "arbeitslose.csv");
        var lines = text.TrimEnd('\n').Split('\n');
        TestData.Write(dir, "arbeitslose.csv", text + lines[1] + "\n");
        Error(TestData.Load(dir), "arbeitslose.csv", lines.Length + 1, nameof(DataMessages.DuplicateAreaYear), "2019", "SR01", "2");
    }

    [Fact]
    public void Missing_year_of_one_sozialraum_is_reported_where_the_row_belongs()
    {
        var dir = TestData.Copy();
        var line = TestData.LineWhere(dir, "kita.csv", l => l.StartsWith("2021;SR03;", StringComparison.Ordinal));
        var lines = TestData.Read(dir, "kita.csv").Split('\n').ToList();
        lines.RemoveAt(line - 1);
        TestData.Write(dir, "kita.csv", string.Join('\n', lines));
        Error(TestData.Load(dir), "kita.csv", line, nameof(DataMessages.AreaYearMissing), "SR03", "2021");
    }

    [Fact]
    public void Missing_year_in_the_population_is_reported()
    {
        var dir = TestData.Copy();
        var lines = TestData.Read(dir, "bevoelkerung.csv").Split('\n').Where(l => !l.StartsWith("2021;", StringComparison.Ordinal)).ToList();
        TestData.Write(dir, "bevoelkerung.csv", string.Join('\n', lines));
        var first2022 = TestData.LineWhere(dir, "bevoelkerung.csv", l => l.StartsWith("2022;", StringComparison.Ordinal));
        Error(TestData.Load(dir), "bevoelkerung.csv", first2022, nameof(DataMessages.YearGap), "2021");
    }

    [Fact]
    public void Empty_file_is_reported()
    {
        var dir = TestData.Copy();
        TestData.Write(dir, "ladepunkte.csv", "");
        var p = Error(TestData.Load(dir), "ladepunkte.csv", 1, nameof(DataMessages.EmptyFile));
        Assert.Equal("data/ladepunkte.csv, Zeile 1: Datei ist leer. Erwartet: Kopfzeile und mindestens eine Datenzeile.", p.ToString());
    }

    [Fact]
    public void Missing_file_is_reported_with_its_manifest_line()
    {
        var dir = TestData.Copy();
        File.Delete(Path.Combine(dir, "wohngeld.csv"));
        var line = TestData.LineWhere(dir, "datensaetze.csv", l => l.StartsWith("wohngeld.csv;", StringComparison.Ordinal));
        Error(TestData.Load(dir), "datensaetze.csv", line, nameof(DataMessages.ManifestFileMissing));
        Problem(TestData.Load(dir), "wohngeld.csv", nameof(DataMessages.FileMissing));
    }

    [Fact]
    public void Windows_1252_file_is_detected_and_read_without_garbled_umlauts()
    {
        var dir = TestData.Copy();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(Path.Combine(dir, "schulen.csv"), Encoding.GetEncoding(1252).GetBytes(TestData.Read(dir, "schulen.csv")));
        var result = TestData.Load(dir);
        Assert.NotNull(result.Data);
        var p = Problem(result, "schulen.csv", nameof(DataMessages.ReadAsWindows1252));
        Assert.Equal(ProblemSeverity.Warning, p.Severity);
        Assert.Equal(2, p.Location?.Line); // first line with an umlaut: „Städt. Gesamtschule“
        Assert.Contains(result.Data!.Facilities, f => f.Address == "Prälat-Marschall-Str. 65");
        Assert.Contains(result.Data.Facilities, f => f.Name.StartsWith("Städt. Gem. Grundschule Gruiten", StringComparison.Ordinal));
    }

    [Fact]
    public void Utf8_with_bom_is_accepted()
    {
        var dir = TestData.Copy();
        File.WriteAllText(Path.Combine(dir, "schulen.csv"), TestData.Read(dir, "schulen.csv"), new UTF8Encoding(true));
        var result = TestData.Load(dir);
        Assert.True(result.Problems.Count == 0, TestData.Dump(result));
    }

    [Fact]
    public void All_problems_are_collected_not_only_the_first()
    {
        var dir = TestData.Copy();
        TestData.SetField(dir, "bevoelkerung.csv", 12, "anzahl", "abc");
        TestData.SetField(dir, "bevoelkerung.csv", 20, "anzahl", "-1");
        TestData.SetField(dir, "haushalte.csv", 2, "alleinerziehende", "9999");
        var result = TestData.Load(dir);
        Error(result, "bevoelkerung.csv", 12, nameof(DataMessages.NotAWholeNumber));
        Error(result, "bevoelkerung.csv", 20, nameof(DataMessages.Negative));
        Error(result, "haushalte.csv", 2, nameof(DataMessages.PartGreaterThanWhole), "alleinerziehende", "9999");
    }

    [Fact]
    public void Point_outside_the_town_is_reported()
    {
        var dir = TestData.Copy();
        TestData.SetField(dir, "einrichtungen.csv", 2, "rechtswert", "350000,0");
        Error(TestData.Load(dir), "einrichtungen.csv", 2, nameof(DataMessages.PointOutsideTown));
    }

    [Fact]
    public void Swapped_latitude_and_longitude_are_reported()
    {
        var dir = TestData.Copy();
        var header = TestData.Read(dir, "schulen.csv").Split('\n')[0].Split(';');
        var lat = Array.IndexOf(header, "breitengrad");
        var lon = Array.IndexOf(header, "laengengrad");
        TestData.ReplaceLine(dir, "schulen.csv", 3, l =>
        {
            var f = l.Split(';');
            (f[lat], f[lon]) = (f[lon], f[lat]);
            return string.Join(';', f);
        });
        Error(TestData.Load(dir), "schulen.csv", 3, nameof(DataMessages.LatitudeLongitudeSwapped));
    }

    [Fact]
    public void Swapped_easting_and_northing_are_reported()
    {
        var dir = TestData.Copy();
        var header = TestData.Read(dir, "einrichtungen.csv").Split('\n')[0].Split(';');
        var e = Array.IndexOf(header, "rechtswert");
        var n = Array.IndexOf(header, "hochwert");
        TestData.ReplaceLine(dir, "einrichtungen.csv", 4, l =>
        {
            var f = l.Split(';');
            (f[e], f[n]) = (f[n], f[e]);
            return string.Join(';', f);
        });
        Error(TestData.Load(dir), "einrichtungen.csv", 4, nameof(DataMessages.EastingNorthingSwapped));
    }

    [Fact]
    public void Grid_sum_differing_from_population_is_reported()
    {
        var dir = TestData.Copy();
        var line = TestData.LineWhere(dir, "bevoelkerung_raster.csv", l => l.Contains(";SR04;", StringComparison.Ordinal));
        var old = TestData.Read(dir, "bevoelkerung_raster.csv").Split('\n')[line - 1].Split(';')[7];
        TestData.SetField(dir, "bevoelkerung_raster.csv", line, "alter_65_plus", (int.Parse(old, System.Globalization.CultureInfo.InvariantCulture) + 5).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Error(TestData.Load(dir), "bevoelkerung_raster.csv", line, nameof(DataMessages.GridSumMismatch), "SR04");
    }

    // ---------- geometries ----------
    private static readonly JsonSerializerOptions GeoOptions = CreateGeoOptions();

    private static JsonSerializerOptions CreateGeoOptions()
    {
        var o = new JsonSerializerOptions();
        o.Converters.Add(new GeoJsonConverterFactory());
        return o;
    }

    /// <summary>Replaces the geometry of one Sozialraum (keeping one feature per line) and returns the feature's line.</summary>
    private static int ReplaceAreaGeometry(string dir, string key, Func<Dictionary<string, Geometry>, Geometry> change)
    {
        var areas = TestData.Repo.Data!.Areas.ToDictionary(a => a.Key, a => a.Geometry);
        var lines = TestData.Read(dir, "sozialraeume.geojson").Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains($"\"sozialraum\": \"{key}\"", StringComparison.Ordinal));
        var node = JsonNode.Parse(lines[index].TrimEnd(','))!;
        node["geometry"] = JsonNode.Parse(JsonSerializer.Serialize(change(areas), GeoOptions));
        lines[index] = node.ToJsonString() + (lines[index].EndsWith(',') ? "," : "");
        TestData.Write(dir, "sozialraeume.geojson", string.Join('\n', lines));
        return index + 1;
    }

    [Fact]
    public void Invalid_geometry_is_reported()
    {
        var dir = TestData.Copy();
        var line = ReplaceAreaGeometry(dir, "SR03", a =>
        {
            var c = a["SR03"].Centroid.Coordinate;
            var f = new GeometryFactory();
            return f.CreatePolygon([new(c.X - 100, c.Y - 100), new(c.X + 100, c.Y + 100), new(c.X + 100, c.Y - 100), new(c.X - 100, c.Y + 100), new(c.X - 100, c.Y - 100)]);
        });
        Error(TestData.Load(dir), "sozialraeume.geojson", line, nameof(DataMessages.InvalidGeometry));
    }

    [Fact]
    public void Overlapping_sozialraeume_are_reported()
    {
        var dir = TestData.Copy();
        var line = ReplaceAreaGeometry(dir, "SR04", a => a["SR04"].Union(a["SR03"]));
        Error(TestData.Load(dir), "sozialraeume.geojson", line, nameof(DataMessages.AreasOverlap), "SR03", "SR04");
    }

    [Fact]
    public void Gap_between_sozialraeume_is_reported()
    {
        var dir = TestData.Copy();
        var line = ReplaceAreaGeometry(dir, "SR04", a => a["SR04"].Buffer(-40));
        Error(TestData.Load(dir), "sozialraeume.geojson", line, nameof(DataMessages.PartitionGap));
    }

    [Fact]
    public void Sozialraum_outside_the_town_is_reported()
    {
        var dir = TestData.Copy();
        var line = ReplaceAreaGeometry(dir, "SR07", a => a["SR07"].Buffer(60));
        Error(TestData.Load(dir), "sozialraeume.geojson", line, nameof(DataMessages.AreaOutsideTown));
    }

    /// <summary>Writes sozialraeume.geojson in WGS84 lon/lat without crs member (optionally with swapped axes).</summary>
    private static void WriteAreasAsWgs84(string dir, bool swapAxes)
    {
        var features = new JsonArray();
        foreach (var area in TestData.Repo.Data!.Areas)
        {
            var g = CoordinateTransform.ToWgs84(area.Geometry);
            if (swapAxes)
            {
                g.Apply(new SwapFilter());
                g.GeometryChanged();
            }

            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["properties"] = new JsonObject { ["sozialraum"] = area.Key, ["name"] = area.Name, ["kurzname"] = area.ShortName },
                ["geometry"] = JsonNode.Parse(JsonSerializer.Serialize(g, GeoOptions)),
            });
        }

        var lines = features.Select(f => f!.ToJsonString());
        TestData.Write(dir, "sozialraeume.geojson", "{\"type\": \"FeatureCollection\", \"features\": [\n" + string.Join(",\n", lines) + "\n]}\n");
    }

    private sealed class SwapFilter : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var x = seq.GetX(i);
            seq.SetX(i, seq.GetY(i));
            seq.SetY(i, x);
        }
    }

    [Fact]
    public void Wgs84_geojson_is_reprojected_to_epsg_25832()
    {
        var dir = TestData.Copy();
        WriteAreasAsWgs84(dir, swapAxes: false);
        var result = TestData.Load(dir);
        Assert.True(result.Problems.Count == 0, TestData.Dump(result));
        var original = TestData.Repo.Data!.Areas.Single(a => a.Key == "SR04").Geometry;
        var reprojected = result.Data!.Areas.Single(a => a.Key == "SR04").Geometry;
        Assert.Equal(DataSet.Srid, reprojected.SRID);
        Assert.True(original.SymmetricDifference(reprojected).Area < 1.0);
    }

    [Fact]
    public void Swapped_axes_in_wgs84_geojson_are_reported()
    {
        var dir = TestData.Copy();
        WriteAreasAsWgs84(dir, swapAxes: true);
        Error(TestData.Load(dir), "sozialraeume.geojson", 2, nameof(DataMessages.GeoJsonLonLatSwapped));
    }

    [Fact]
    public void Published_sum_that_does_not_add_up_is_reported()
    {
        var dir = TestData.Copy();
        TestData.SetField(dir, DataFiles.KitaPlanningAreas2012, 2, "gruiten", "57");
        Error(TestData.Load(dir), DataFiles.KitaPlanningAreas2012, 2, nameof(DataMessages.TownSumMismatch), "292");
    }

    [Fact]
    public void One_bad_value_gives_exactly_one_problem_without_follow_up_errors()
    {
        var dir = TestData.Copy();
        TestData.SetField(dir, "bevoelkerung.csv", 5, "anzahl", "x");
        var result = TestData.Load(dir);
        Assert.True(result.Problems.Count == 1, TestData.Dump(result));
        Error(result, "bevoelkerung.csv", 5, nameof(DataMessages.NotAWholeNumber), "x");
    }

    [Fact]
    public void Excel_style_file_with_bom_and_crlf_reports_the_right_line()
    {
        var dir = TestData.Copy();
        TestData.SetField(dir, "haushalte.csv", 12, "haushalte", "1.234");
        var text = TestData.Read(dir, "haushalte.csv").Replace("\n", "\r\n", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir, "haushalte.csv"), text, new UTF8Encoding(true));
        var p = Error(TestData.Load(dir), "haushalte.csv", 12, nameof(DataMessages.NotAWholeNumber), "1.234");
        Assert.Contains("ohne Tausenderpunkt", p.Expected, StringComparison.Ordinal);
    }

    public static TheoryData<string> AllFiles() => new(DataFiles.All);

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void Any_corrupted_file_is_reported_by_name_without_crashing(string file)
    {
        var dir = TestData.Copy();
        if (file.EndsWith(".geojson", StringComparison.Ordinal))
        {
            var text = TestData.Read(dir, file);
            TestData.Write(dir, file, text[..(text.Length / 2)]);
        }
        else
        {
            var header = TestData.Read(dir, file).Split('\n')[0].Split(';');
            TestData.ReplaceLine(dir, file, 2, _ => string.Join(';', header.Select(_ => "x")));
        }

        var result = TestData.Load(dir);
        Assert.Null(result.Data);
        Assert.DoesNotContain(result.Problems, p => p.Code == nameof(DataMessages.UnexpectedError));
        Assert.Contains(result.Problems, p => p.Location?.File == "data/" + file && p.Location.Line is not null);
    }
}
