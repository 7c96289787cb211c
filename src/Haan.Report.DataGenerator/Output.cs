using System.Globalization;
using System.Text;
using Haan.Report.Data.Schema;
using NetTopologySuite.Geometries;

namespace Haan.Report.DataGenerator;

/// <summary>Byte-stable writers: UTF-8 without BOM, LF line ends, semicolon CSV, decimal comma, fixed decimals.</summary>
internal static class Output
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Fixed decimals with decimal comma, e.g. 12,34 (CSV).</summary>
    public static string Dec(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + Int(decimals), CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>Fixed decimals with decimal point (JSON).</summary>
    public static string JsonNum(double value, int decimals) =>
        Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero).ToString("F" + Int(decimals), CultureInfo.InvariantCulture);

    public static string CsvField(string value) =>
        value.Contains(';', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal)
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;

    /// <summary>Writes a CSV input file with the header of its schema entry (<see cref="DataSchema"/>); each row in the schema's column order.</summary>
    public static void WriteCsv(string path, IEnumerable<IReadOnlyList<string>> rows)
    {
        var header = DataSchema.Of(Path.GetFileName(path)).ColumnNames;
        var sb = new StringBuilder();
        sb.Append(string.Join(';', header.Select(CsvField))).Append('\n');
        foreach (var row in rows)
        {
            if (row.Count != header.Count)
            {
                throw new InvalidOperationException($"{Path.GetFileName(path)}: Zeile hat {row.Count} statt {header.Count} Felder.");
            }

            sb.Append(string.Join(';', row.Select(CsvField))).Append('\n');
        }

        File.WriteAllText(path, sb.ToString(), Utf8NoBom);
    }

    public static string JsonString(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                default:
                    if (c < ' ')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    /// <summary>
    /// Writes a GeoJSON FeatureCollection in EPSG:25832 (named CRS member, coordinates with 2 decimals), one feature per line.
    /// </summary>
    public static void WriteGeoJson(string path, string name, IEnumerable<(IReadOnlyList<(string Key, string JsonValue)> Properties, Geometry Geometry)> features)
    {
        var sb = new StringBuilder();
        sb.Append("{\"type\": \"FeatureCollection\", \"name\": ").Append(JsonString(name))
          .Append(", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::25832\"}}, \"features\": [\n");
        var first = true;
        foreach (var (props, geometry) in features)
        {
            if (!first)
            {
                sb.Append(",\n");
            }

            first = false;
            sb.Append("{\"type\": \"Feature\", \"properties\": {");
            sb.Append(string.Join(", ", props.Select(p => JsonString(p.Key) + ": " + p.JsonValue)));
            sb.Append("}, \"geometry\": ");
            AppendGeometry(sb, geometry);
            sb.Append('}');
        }

        sb.Append("\n]}\n");
        File.WriteAllText(path, sb.ToString(), Utf8NoBom);
    }

    private static void AppendGeometry(StringBuilder sb, Geometry geometry)
    {
        switch (geometry)
        {
            case Polygon p:
                sb.Append("{\"type\": \"Polygon\", \"coordinates\": ");
                AppendPolygon(sb, p);
                sb.Append('}');
                break;
            case MultiPolygon mp:
                sb.Append("{\"type\": \"MultiPolygon\", \"coordinates\": [");
                for (var i = 0; i < mp.NumGeometries; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    AppendPolygon(sb, (Polygon)mp.GetGeometryN(i));
                }

                sb.Append("]}");
                break;
            default:
                throw new InvalidOperationException("Nur Polygon/MultiPolygon werden geschrieben, nicht " + geometry.GeometryType);
        }
    }

    private static void AppendPolygon(StringBuilder sb, Polygon polygon)
    {
        sb.Append('[');
        AppendRing(sb, polygon.ExteriorRing);
        foreach (var hole in polygon.InteriorRings)
        {
            sb.Append(", ");
            AppendRing(sb, hole);
        }

        sb.Append(']');
    }

    private static void AppendRing(StringBuilder sb, LineString ring)
    {
        sb.Append('[');
        var coords = ring.Coordinates;
        for (var i = 0; i < coords.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            sb.Append('[').Append(JsonNum(coords[i].X, 2)).Append(", ").Append(JsonNum(coords[i].Y, 2)).Append(']');
        }

        sb.Append(']');
    }
}
