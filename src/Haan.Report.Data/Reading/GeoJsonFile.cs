using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Haan.Report.Data.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;

namespace Haan.Report.Data.Reading;

/// <summary>
/// Reads GeoJSON FeatureCollections with NetTopologySuite (GeoJSON4STJ). Coordinates in EPSG:25832 are kept, WGS84
/// (CRS84 / EPSG:4326, the GeoJSON default) is reprojected with ProjNET; swapped axes and invalid geometries are reported.
/// </summary>
internal static partial class GeoJsonFile
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), DataSet.Srid);

    [GeneratedRegex("\"type\"\\s*:\\s*\"Feature\"")]
    private static partial Regex FeatureStart();

    /// <summary>
    /// Parses a FeatureCollection: the document (the caller disposes it), its <c>features</c> array and the line on
    /// which each feature starts, so that problems can name a line; null after reporting text that is not JSON or not
    /// a FeatureCollection (System.Text.Json's message is English; the user gets the position and what to check).
    /// </summary>
    public static (JsonDocument Document, JsonElement Features, List<int> FeatureLines)? Open(string text, string label, ProblemLog log)
    {
        var lines = FeatureStart().Matches(text).Select(m => 1 + text.AsSpan(0, m.Index).Count('\n')).ToList();
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            log.Add(DataMessages.InvalidJson(log.At(label, ex.LineNumber is long l ? (int)l + 1 : null), ex.BytePositionInLine));
            return null;
        }

        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            doc.Dispose();
            log.Add(DataMessages.NotAFeatureCollection(log.At(label, 1)));
            return null;
        }

        return (doc, features, lines);
    }

    public static List<GeoFeature>? Read(string directory, string file, ProblemLog log)
    {
        var text = CsvFile.ReadText(directory, file, log);
        if (text is null)
        {
            return null;
        }

        if (Open(text, file, log) is not (var doc, var features, var lineStarts))
        {
            return null;
        }

        using (doc)
        {
            var root = doc.RootElement;
            var crsName = root.TryGetProperty("crs", out var crs) && crs.ValueKind == JsonValueKind.Object
                && crs.TryGetProperty("properties", out var cp) && cp.ValueKind == JsonValueKind.Object && cp.TryGetProperty("name", out var cn)
                    ? cn.ValueKind == JsonValueKind.String ? cn.GetString() ?? "" : cn.GetRawText()
                    : "";
            var metric = crsName.Contains("25832", StringComparison.Ordinal);
            if (crsName.Length > 0 && !metric && !crsName.Contains("CRS84", StringComparison.Ordinal) && !crsName.Contains("4326", StringComparison.Ordinal))
            {
                log.Add(DataMessages.UnsupportedCrs(log.At(file, 1, "crs"), crsName));
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
                    log.Add(DataMessages.FeatureNotAnObject(log.At(file, line, label), f.ValueKind.ToString()));
                    index++;
                    continue;
                }

                if (f.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object)
                {
                    foreach (var prop in p.EnumerateObject())
                    {
                        props[prop.Name] = prop.Value.ValueKind == JsonValueKind.String ? prop.Value.GetString() ?? "" : prop.Value.GetRawText();
                        if (ControlCharacters.Problem(log.At(file, line, prop.Name), props[prop.Name]) is { } control)
                        {
                            log.Add(control);
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
                        log.Add(DataMessages.GeometryUnreadable(log.At(file, line, label), ex.Message.Contains("closed linestring", StringComparison.OrdinalIgnoreCase)));
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
                    log.Add(DataMessages.GeometryMissing(log.At(file, line, label)));
                    index++;
                    continue;
                }

                var c = geometry.Coordinate;
                if (metric)
                {
                    if (!CoordinateTransform.LooksLikeNrwUtm32(c.X, c.Y))
                    {
                        var swapped = CoordinateTransform.LooksLikeNrwUtm32(c.Y, c.X);
                        log.Add(swapped ? DataMessages.GeoJsonEastingNorthingSwapped(log.At(file, line, label), Coord(c)) : DataMessages.NotUtm32(log.At(file, line, label), Coord(c)));
                        index++;
                        continue;
                    }
                }
                else
                {
                    if (CoordinateTransform.LooksLikeSwappedNrwLonLat(c.X, c.Y))
                    {
                        log.Add(DataMessages.GeoJsonLonLatSwapped(log.At(file, line, label), Coord(c)));
                        index++;
                        continue;
                    }

                    if (!CoordinateTransform.LooksLikeNrwLonLat(c.X, c.Y))
                    {
                        log.Add(CoordinateTransform.LooksLikeNrwUtm32(c.X, c.Y)
                            ? DataMessages.MetresWithoutCrs(log.At(file, line, label), Coord(c))
                            : DataMessages.GeoJsonOutsideNrw(log.At(file, line, label), Coord(c)));
                        index++;
                        continue;
                    }

                    geometry = CoordinateTransform.ToUtm32(geometry);
                }

                geometry.SRID = DataSet.Srid;
                var validation = new IsValidOp(geometry).ValidationError;
                if (validation is not null)
                {
                    log.Add(DataMessages.InvalidGeometry(log.At(file, line, label), validation.ErrorType, Coord(validation.Coordinate)));
                    index++;
                    continue;
                }

                result.Add(new GeoFeature(index, line, props, geometry));
                index++;
            }

            if (index == 0)
            {
                log.Add(DataMessages.NoFeatures(log.At(file, 1)));
                return null;
            }

            return result;
        }
    }

    public static string Coord(Coordinate? c) => c is null
        ? ""
        : "(" + c.X.ToString("0.######", CultureInfo.InvariantCulture) + ", " + c.Y.ToString("0.######", CultureInfo.InvariantCulture) + ")";
}
