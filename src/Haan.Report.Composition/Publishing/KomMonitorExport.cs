using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Haan.Report.Data;
using Haan.Report.Indicators;
using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Engine;
using NetTopologySuite.Geometries;

namespace Haan.Report.Composition.Publishing;

/// <summary>
/// The published values as files the KomMonitor importer takes (read in KomMonitor's importer and data-management
/// source, see the KomMonitor note in the repository's shared notes): per indicator a wide CSV (UTF-8 with BOM, „;“,
/// no thousands separators, „.“ as decimal point, one column per reference date <c>YYYY-MM-DD</c>, an empty cell for
/// every value the report does not show — never a suppressed value; KomMonitor has no disclosure control of its own),
/// the request body for <c>POST /indicators/update</c> (dry run), the indicator metadata from the catalogue, and the
/// Sozialräume as a spatial-unit GeoJSON in EPSG:4326. Written into <c>kommonitor/</c> of the version folder.
/// </summary>
internal static class KomMonitorExport
{
    public const string Folder = "kommonitor";

    /// <summary>The value KomMonitor must get for the indicator's own ID (only known in KomMonitor).</summary>
    public const string IndicatorIdToFill = "ID-DES-INDIKATORS-IN-KOMMONITOR-EINTRAGEN";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>All files, names relative to the version folder, in a fixed order.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Create(IndicatorResults results, DataSet data, string spatialUnitName)
    {
        var files = new List<(string, byte[])>();
        foreach (var definition in results.Catalogue.Indicators)
        {
            var cells = results.Areas.SelectMany(a => results.Years.Select(y => results.Find(definition.Id, a.Id, y))).OfType<IndicatorValue>().ToList();
            if (!cells.Any(c => c.Status.HasValue()))
            {
                continue;
            }

            var csvName = definition.Id + "_sozialraeume.csv";
            files.Add(($"{Folder}/{csvName}", Csv(results, definition)));
            files.Add(($"{Folder}/{definition.Id}_import.json", Body(ImportRequest(results, csvName, spatialUnitName))));
            files.Add(($"{Folder}/{definition.Id}_metadaten.json", Body(Metadata(definition, cells, data))));
        }

        files.Add(($"{Folder}/sozialraeume.geojson", SpatialUnits(data)));
        files.Add(($"{Folder}/LIESMICH.txt", Encoding.UTF8.GetBytes(Readme(spatialUnitName))));
        return files;
    }

    /// <summary>The reference date column of a report year (the catalogue's Stichtag is the 31.12.).</summary>
    public static string DateColumn(int year) => year.ToString(CultureInfo.InvariantCulture) + "-12-31";

    /// <summary>A shown value as KomMonitor reads it: the rounded display value, „.“ as decimal point; empty otherwise.</summary>
    public static string Cell(IndicatorValue? cell) =>
        cell is not null && cell.Status.HasValue() && cell.RoundedValue is { } v
            ? v.ToString("0.############", CultureInfo.InvariantCulture)
            : string.Empty;

    private static byte[] Csv(IndicatorResults results, IndicatorDefinition definition)
    {
        var text = new StringBuilder();
        text.Append("ID;NAME;").Append(string.Join(';', results.Years.Select(DateColumn))).Append("\r\n");
        foreach (var area in results.Areas)
        {
            text.Append(IndicatorTables.Quote(area.Id)).Append(';').Append(IndicatorTables.Quote(area.Name));
            foreach (var year in results.Years)
            {
                text.Append(';').Append(Cell(results.Find(definition.Id, area.Id, year)));
            }

            text.Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static object ImportRequest(IndicatorResults results, string csvName, string spatialUnitName) => new Dictionary<string, object?>
    {
        ["indicatorId"] = IndicatorIdToFill,
        ["dryRun"] = true,
        ["dataSource"] = new { type = "FILE", parameters = new[] { new { name = "NAME", value = csvName } } },
        ["converter"] = new
        {
            name = "Tabelle_Zeitreihe_zu_Indikator",
            mimeType = "text/csv",
            encodingMethod = "manual",
            encoding = "UTF-8",
            parameters = new[] { new { name = "Trennzeichen", value = ";" } },
        },
        ["propertyMapping"] = new
        {
            spatialReferenceKeyProperty = "ID",
            keepMissingOrNullValueIndicator = true,
            timeseriesMappings = results.Years.Select(y => new { indicatorValueProperty = DateColumn(y), timestamp = DateColumn(y) }).ToArray(),
        },
        ["indicatorPutBody"] = new Dictionary<string, object?>
        {
            ["applicableSpatialUnit"] = spatialUnitName,
            ["indicatorValues"] = Array.Empty<object>(),
            ["permissions"] = Array.Empty<object>(),
            ["isPublic"] = false,
        },
    };

    private static object Metadata(IndicatorDefinition definition, IReadOnlyList<IndicatorValue> cells, DataSet data)
    {
        var synthetic = cells.SelectMany(c => c.Inputs).Distinct(StringComparer.Ordinal)
            .Any(f => data.Sources.Any(s => s.File == f && s.IsSynthetic));
        return new Dictionary<string, object?>
        {
            ["datasetName"] = definition.Name,
            ["abbreviation"] = definition.ShortName,
            ["indicatorType"] = definition.Kind switch
            {
                IndicatorKind.Count => "STATUS_ABSOLUTE",
                IndicatorKind.Rate => "STATUS_RELATIVE",
                _ => "STATUS_STANDARDIZED",
            },
            ["creationType"] = "INSERTION",
            ["unit"] = definition.Unit,
            ["precision"] = definition.Decimals,
            ["interpretation"] = definition.Interpretation,
            ["processDescription"] = definition.Definition,
            ["referenceDateNote"] = definition.ReferenceDate,
            ["tags"] = new[] { definition.Topic },
            ["metadata"] = new Dictionary<string, object?>
            {
                ["datasource"] = definition.Source,
                ["description"] = definition.Definition,
                ["updateInterval"] = "YEARLY",
                ["sridEPSG"] = 4326,
                ["note"] = synthetic
                    ? "Demonstrationsdaten: Werte der Sozialräume synthetisch erzeugt, keine amtlichen Zahlen. Gesperrte Werte (Geheimhaltung) sind leer."
                    : "Gesperrte Werte (Geheimhaltung) sind leer.",
            },
        };
    }

    private static byte[] Body(object value) => [.. JsonSerializer.SerializeToUtf8Bytes(value, Json), (byte)'\n'];

    /// <summary>The Sozialräume as KomMonitor spatial units: ID, NAME, validity, WGS84 coordinates (7 decimals, ~1 cm).</summary>
    private static byte[] SpatialUnits(DataSet data)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var area in data.Areas)
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteStartObject("properties");
                json.WriteString("ID", area.Key);
                json.WriteString("NAME", area.Name);
                json.WriteNull("validStartDate");
                json.WriteNull("validEndDate");
                json.WriteNull("arisenFrom");
                json.WriteEndObject();
                WriteGeometry(json, CoordinateTransform.ToWgs84(area.Geometry));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return [.. stream.ToArray(), (byte)'\n'];
    }

    private static void WriteGeometry(Utf8JsonWriter json, Geometry geometry)
    {
        json.WriteStartObject("geometry");
        json.WriteString("type", "MultiPolygon");
        json.WriteStartArray("coordinates");
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is not Polygon polygon)
            {
                continue;
            }

            json.WriteStartArray();
            foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
            {
                json.WriteStartArray();
                foreach (var c in ring.Coordinates)
                {
                    json.WriteStartArray();
                    json.WriteRawValue(Math.Round(c.X, 7).ToString("0.0######", CultureInfo.InvariantCulture));
                    json.WriteRawValue(Math.Round(c.Y, 7).ToString("0.0######", CultureInfo.InvariantCulture));
                    json.WriteEndArray();
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Readme(string spatialUnitName) =>
        "Werte dieses Berichts für KomMonitor\r\n" +
        "====================================\r\n\r\n" +
        "Je veröffentlichtem Indikator liegen hier drei Dateien:\r\n" +
        "- <indikator>_sozialraeume.csv: die Werte je Sozialraum, eine Spalte je Stichtag (JJJJ-MM-TT), UTF-8 mit BOM,\r\n" +
        "  Semikolon, Dezimalpunkt, keine Tausenderpunkte. Leere Zellen: Wert nicht ausgewiesen (gesperrt, nicht\r\n" +
        "  vorhanden oder nicht sinnvoll). Gesperrte Werte stehen nie in diesen Dateien.\r\n" +
        "- <indikator>_import.json: der Auftrag für POST /indicators/update (Konverter Tabelle_Zeitreihe_zu_Indikator,\r\n" +
        "  zunächst als Probelauf mit \"dryRun\": true).\r\n" +
        "- <indikator>_metadaten.json: Name, Kürzel, Typ, Einheit, Nachkommastellen, Interpretation, Berechnung, Quelle\r\n" +
        "  und Stichtag aus dem Indikatorenkatalog – zum Anlegen des Indikators in KomMonitor.\r\n" +
        "Dazu sozialraeume.geojson: die Sozialräume als Raumebene (ID, NAME, Koordinaten in EPSG:4326).\r\n\r\n" +
        "So laden Sie die Werte:\r\n" +
        $"1. Raumebene „{spatialUnitName}“ einmalig anlegen (POST /spatial-units, Konverter GeoJSON, CRS EPSG:4326) mit\r\n" +
        "   sozialraeume.geojson; die IDs (SR01 …) müssen genau denen in den CSV-Dateien entsprechen.\r\n" +
        "2. Den Indikator mit den Angaben aus <indikator>_metadaten.json anlegen (Administration) und seine ID notieren.\r\n" +
        "3. Die CSV-Datei hochladen (POST /upload).\r\n" +
        $"4. In <indikator>_import.json „{IndicatorIdToFill}“ durch diese ID ersetzen, ownerId und Rechte ergänzen\r\n" +
        "   und den Auftrag an POST /indicators/update senden. Ergebnis des Probelaufs prüfen, dann mit \"dryRun\": false\r\n" +
        "   wiederholen.\r\n";
}
