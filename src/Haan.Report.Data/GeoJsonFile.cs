using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;

namespace Haan.Report.Data;

/// <summary>One feature of a GeoJSON file: properties as strings, geometry already in EPSG:25832.</summary>
internal sealed record GeoFeature(int Index, int Line, IReadOnlyDictionary<string, string> Properties, Geometry Geometry)
{
    public string Label => "Objekt " + (Index + 1).ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Reads GeoJSON FeatureCollections with NetTopologySuite (GeoJSON4STJ). Coordinates in EPSG:25832 are kept, WGS84
/// (CRS84 / EPSG:4326, the GeoJSON default) is reprojected with ProjNET; swapped axes and invalid geometries are reported.
/// </summary>
internal static partial class GeoJsonFile
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), DataSet.Srid);

    [GeneratedRegex("\"type\"\\s*:\\s*\"Feature\"")]
    private static partial Regex FeatureStart();

    public static List<GeoFeature>? Read(string directory, string file, ProblemLog log)
    {
        var text = CsvFile.ReadText(directory, file, log);
        if (text is null)
        {
            return null;
        }

        // Line of each feature start, so that problems can name a line.
        var lineStarts = new List<int>();
        foreach (Match m in FeatureStart().Matches(text))
        {
            lineStarts.Add(1 + text.AsSpan(0, m.Index).Count('\n'));
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            // System.Text.Json's message is English; the user gets the position and what to check.
            var column = ex.BytePositionInLine is long b ? $" (bei Zeichen {(b + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)} der Zeile)" : string.Empty;
            log.Error(file, ex.LineNumber is long l ? (int)l + 1 : null, null, null,
                $"Kein gültiges JSON{column}: Eine Klammer, ein Komma oder ein Anführungszeichen fehlt oder ist zu viel, oder die Datei bricht vorzeitig ab. " +
                "Erwartet: eine vollständige GeoJSON-FeatureCollection (prüfen Sie die Datei mit einem JSON-Prüfer oder exportieren Sie sie neu).");
            return null;
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                log.Error(file, 1, null, null, "Keine FeatureCollection. Erwartet: {\"type\": \"FeatureCollection\", \"features\": [...]}.");
                return null;
            }

            var crsName = root.TryGetProperty("crs", out var crs) && crs.ValueKind == JsonValueKind.Object
                && crs.TryGetProperty("properties", out var cp) && cp.ValueKind == JsonValueKind.Object && cp.TryGetProperty("name", out var cn)
                    ? cn.ValueKind == JsonValueKind.String ? cn.GetString() ?? "" : cn.GetRawText()
                    : "";
            var metric = crsName.Contains("25832", StringComparison.Ordinal);
            if (crsName.Length > 0 && !metric && !crsName.Contains("CRS84", StringComparison.Ordinal) && !crsName.Contains("4326", StringComparison.Ordinal))
            {
                log.Error(file, 1, "crs", crsName, $"Koordinatenreferenzsystem „{crsName}“ wird nicht unterstützt. Erwartet: EPSG:25832 (urn:ogc:def:crs:EPSG::25832) oder WGS84 (ohne crs-Angabe).");
                return null;
            }

            var options = new JsonSerializerOptions();
            options.Converters.Add(new GeoJsonConverterFactory(Factory));
            var result = new List<GeoFeature>();
            var index = 0;
            foreach (var f in features.EnumerateArray())
            {
                var line = index < lineStarts.Count ? lineStarts[index] : 1;
                var label = "Objekt " + (index + 1).ToString(CultureInfo.InvariantCulture);
                var props = new Dictionary<string, string>(StringComparer.Ordinal);
                if (f.ValueKind != JsonValueKind.Object)
                {
                    log.Error(file, line, label, f.ValueKind.ToString(), "Eintrag in features ist kein Objekt. Erwartet: {\"type\": \"Feature\", \"properties\": {...}, \"geometry\": {...}}.");
                    index++;
                    continue;
                }

                if (f.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object)
                {
                    foreach (var prop in p.EnumerateObject())
                    {
                        props[prop.Name] = prop.Value.ValueKind == JsonValueKind.String ? prop.Value.GetString() ?? "" : prop.Value.GetRawText();
                        if (ControlCharacters.Problem(props[prop.Name]) is { } control)
                        {
                            log.Error(file, line, prop.Name, ControlCharacters.Visible(props[prop.Name]), control);
                        }
                    }
                }

                Geometry? geometry = null;
                var unreadable = false;
                if (f.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object)
                {
                    try
                    {
                        geometry = JsonSerializer.Deserialize<Geometry>(g.GetRawText(), options);
                    }
                    catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
                    {
                        // The library's messages are English; the common ones get a German reason (one message per feature).
                        var reason = ex.Message.Contains("closed linestring", StringComparison.OrdinalIgnoreCase)
                            ? "ein Ring ist nicht geschlossen (erster und letzter Punkt verschieden) oder eine Koordinate ist keine endliche Zahl."
                            : "die Koordinaten passen nicht zum Geometrietyp oder sind keine endlichen Zahlen.";
                        log.Error(file, line, label, null, "Geometrie nicht lesbar: " + reason + " Erwartet: GeoJSON-Polygon mit geschlossenen Ringen aus Zahlen.");
                        unreadable = true;
                    }
                }

                if (unreadable)
                {
                    index++;
                    continue;
                }

                if (geometry is null || geometry.IsEmpty)
                {
                    log.Error(file, line, label, null, "Geometrie fehlt oder ist leer. Erwartet: Polygon oder MultiPolygon.");
                    index++;
                    continue;
                }

                var c = geometry.Coordinate;
                if (metric)
                {
                    if (!CoordinateTransform.LooksLikeNrwUtm32(c.X, c.Y))
                    {
                        var swapped = CoordinateTransform.LooksLikeNrwUtm32(c.Y, c.X);
                        log.Error(file, line, label, Coord(c), swapped
                            ? "Rechts- und Hochwert sind vertauscht. Erwartet: [Rechtswert, Hochwert] in EPSG:25832, z. B. [360000, 5674000]."
                            : "Koordinaten passen nicht zu EPSG:25832. Erwartet: Meter, Rechtswert 250 000–550 000, Hochwert 5 550 000–5 850 000.");
                        index++;
                        continue;
                    }
                }
                else
                {
                    if (CoordinateTransform.LooksLikeSwappedNrwLonLat(c.X, c.Y))
                    {
                        log.Error(file, line, label, Coord(c), "Längen- und Breitengrad sind vertauscht. Erwartet: [Längengrad, Breitengrad] (GeoJSON), z. B. [7.01, 51.19].");
                        index++;
                        continue;
                    }

                    if (!CoordinateTransform.LooksLikeNrwLonLat(c.X, c.Y))
                    {
                        log.Error(file, line, label, Coord(c), CoordinateTransform.LooksLikeNrwUtm32(c.X, c.Y)
                            ? "Koordinaten sind Meter (EPSG:25832), aber die Datei gibt kein crs an. Erwartet: \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::25832\"}}."
                            : "Koordinaten liegen nicht in Nordrhein-Westfalen. Erwartet: WGS84-Längen-/Breitengrad oder EPSG:25832.");
                        index++;
                        continue;
                    }

                    geometry = CoordinateTransform.ToUtm32(geometry);
                }

                geometry.SRID = DataSet.Srid;
                var validation = new IsValidOp(geometry).ValidationError;
                if (validation is not null)
                {
                    log.Error(file, line, label, Coord(validation.Coordinate), $"Ungültige Geometrie: {Describe(validation.ErrorType)} bei {Coord(validation.Coordinate)}. Erwartet: gültiges Polygon ohne Selbstüberschneidung.");
                    index++;
                    continue;
                }

                result.Add(new GeoFeature(index, line, props, geometry));
                index++;
            }

            if (index == 0)
            {
                log.Error(file, 1, null, null, "Die FeatureCollection enthält keine Objekte. Erwartet: mindestens ein Feature.");
                return null;
            }

            return result;
        }
    }

    public static string Coord(Coordinate? c) => c is null
        ? ""
        : "(" + c.X.ToString("0.######", CultureInfo.InvariantCulture) + ", " + c.Y.ToString("0.######", CultureInfo.InvariantCulture) + ")";

    private static string Describe(TopologyValidationErrors error) => error switch
    {
        TopologyValidationErrors.SelfIntersection or TopologyValidationErrors.RingSelfIntersection => "Selbstüberschneidung",
        TopologyValidationErrors.TooFewPoints => "zu wenige Punkte",
        TopologyValidationErrors.RingNotClosed => "Ring nicht geschlossen",
        TopologyValidationErrors.HoleOutsideShell => "Loch außerhalb der Außengrenze",
        TopologyValidationErrors.NestedHoles => "verschachtelte Löcher",
        TopologyValidationErrors.DisconnectedInteriors => "getrennte Innenflächen",
        TopologyValidationErrors.NestedShells => "verschachtelte Außengrenzen",
        TopologyValidationErrors.DuplicateRings => "doppelte Ringe",
        TopologyValidationErrors.InvalidCoordinate => "ungültige Koordinate",
        _ => error.ToString(),
    };
}
