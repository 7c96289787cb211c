using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Haan.Report.Data.Tests.Fuzzing;

/// <summary>
/// Seeded mutations of CSV and GeoJSON inputs: byte-level damage (flips, truncation, inserted delimiters, quotes, BOMs,
/// NULs, invalid UTF-8), CSV-level damage (huge and odd numbers, swapped columns, lost and repeated lines) and
/// GeoJSON-level damage (wrong types, NaN/huge coordinates, self-intersections, empty geometries). Every mutation
/// returns a short description so that a failure can be reproduced from the seed and the case number.
/// </summary>
internal sealed class Mutator(int seed)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    private static readonly string[] OddNumbers =
    [
        "99999999999999999999999999", "2147483648", "-2147483649", "-1", "1e400", "1E5", "NaN", "Infinity", "-0", "+7", "0x1F",
        "1.000", "1,5", "12,", ",5", "٣", "１２", "1 234", "", " ", "\"\"", "7;8", "\"7;8\"", "0,0000000000000000000000001",
        "79228162514264337593543950336", "-79228162514264337593543950336,5",
    ];

    private readonly Random random = new(seed);

    public (byte[] Bytes, string Description) MutateCsv(byte[] original)
    {
        var text = Utf8.GetString(original);
        return random.Next(16) switch
        {
            0 => FlipBytes(original),
            1 => Truncate(original),
            2 => InsertBytes(original, ";"u8.ToArray(), "Semikolon"),
            3 => InsertBytes(original, "\""u8.ToArray(), "Anführungszeichen"),
            4 => InsertBytes(original, [0xEF, 0xBB, 0xBF], "BOM"),
            5 => InsertBytes(original, [0x00], "NUL"),
            6 => InsertBytes(original, [(byte)random.Next(0x80, 0x100)], "ungültiges UTF-8-Byte"),
            7 => Text(ReplaceField(text)),
            8 => Text(SwapColumns(text)),
            9 => Text(LineSurgery(text)),
            10 => Text(ChangeLineEnds(text)),
            11 => ([], "leere Datei"),
            12 => Text((text.Split('\n')[0], "nur Kopfzeile")),
            13 => InsertBytes(original, "\n"u8.ToArray(), "Zeilenumbruch"),
            14 => Stack(original, MutateCsv),
            _ => Text(ReplaceField(text)),
        };
    }

    public (byte[] Bytes, string Description) MutateGeoJson(byte[] original)
    {
        var choice = random.Next(12);
        if (choice < 4)
        {
            return choice switch
            {
                0 => FlipBytes(original),
                1 => Truncate(original),
                2 => InsertBytes(original, Pick<byte[]>("{"u8.ToArray(), "]"u8.ToArray(), ","u8.ToArray(), "\""u8.ToArray(), [0x00], [0xEF, 0xBB, 0xBF], [0xFF]), "Zeichen"),
                _ => Stack(original, MutateGeoJson),
            };
        }

        var root = JsonNode.Parse(original)!.AsObject();
        var features = root["features"]!.AsArray();
        var index = random.Next(features.Count);
        var feature = features[index]!.AsObject();
        string description;
        switch (choice)
        {
            case 4:
                var type = Pick<JsonNode?>("Point", "LineString", "GeometryCollection", "MultiPoint", "Polygonn", 42, null, new JsonArray());
                feature["geometry"]!["type"] = type;
                description = $"Objekt {index}: Geometrietyp {type?.ToJsonString() ?? "null"}";
                break;
            case 5:
                SetCoordinate(feature, Pick<JsonNode?>("NaN", double.MaxValue, -1e308, 1e-320, "360000", null, new JsonArray(), true));
                description = $"Objekt {index}: Koordinate ersetzt";
                break;
            case 6:
                feature["geometry"] = Pick<JsonNode?>(
                    JsonNode.Parse("""{"type": "Polygon", "coordinates": [[[360000, 5672000], [360400, 5672400], [360400, 5672000], [360000, 5672400], [360000, 5672000]]]}"""),
                    JsonNode.Parse("""{"type": "Polygon", "coordinates": [[[7.0, 51.2], [7.01, 51.21], [7.01, 51.2], [7.0, 51.21], [7.0, 51.2]]]}"""),
                    JsonNode.Parse("""{"type": "Polygon", "coordinates": [[[360000, 5672000], [360400, 5672000], [360400, 5672400], [360000, 5672000], [360400, 5672400], [360000, 5672000]]]}"""));
                description = $"Objekt {index}: Selbstüberschneidung";
                break;
            case 7:
                feature["geometry"] = Pick<JsonNode?>(
                    JsonNode.Parse("""{"type": "Polygon", "coordinates": []}"""),
                    JsonNode.Parse("""{"type": "Polygon", "coordinates": [[]]}"""),
                    JsonNode.Parse("""{"type": "MultiPolygon", "coordinates": [[], [[]]]}"""),
                    JsonNode.Parse("""{"type": "Polygon", "coordinates": [[[360000, 5672000], [360400, 5672000], [360400, 5672400]]]}"""),
                    JsonNode.Parse("""{"type": "Polygon", "coordinates": [[[360000, 5672000], [360000, 5672000], [360000, 5672000], [360000, 5672000]]]}"""),
                    JsonNode.Parse("""{"type": "Polygon"}"""),
                    JsonNode.Parse("""{"type": "GeometryCollection", "geometries": []}"""),
                    JsonNode.Parse("""{"coordinates": [[[360000, 5672000], [360400, 5672000], [360400, 5672400], [360000, 5672000]]]}"""),
                    null);
                description = $"Objekt {index}: leere oder unvollständige Geometrie";
                break;
            case 8:
                feature["properties"] = Pick<JsonNode?>(new JsonArray(1, 2), null, "SR01", JsonNode.Parse("""{"sozialraum": 7, "name": null, "kurzname": ["x"], "ags": 5158008}"""));
                description = $"Objekt {index}: Eigenschaften ersetzt";
                break;
            case 9:
                features.Add(feature.DeepClone());
                description = $"Objekt {index}: doppelt";
                break;
            case 10:
                SwapAxes(feature["geometry"]);
                description = $"Objekt {index}: Achsen vertauscht";
                break;
            default:
                var crs = Pick<JsonNode?>(null, "EPSG:4326", JsonNode.Parse("""{"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::31466"}}"""), JsonNode.Parse("""{"type": "name", "properties": {"name": 25832}}"""), JsonNode.Parse("""{"type": "name"}"""));
                root["crs"] = crs;
                if (random.Next(2) == 0)
                {
                    root["features"] = Pick<JsonNode?>(new JsonObject(), null, new JsonArray(), "features");
                }

                description = "crs/features ersetzt";
                break;
        }

        return (Utf8.GetBytes(root.ToJsonString()), description);
    }

    private T Pick<T>(params T[] items) => items[random.Next(items.Length)];

    private static (byte[] Bytes, string Description) Text((string Text, string Description) mutated) => (Utf8.GetBytes(mutated.Text), mutated.Description);

    private (byte[], string) Stack(byte[] original, Func<byte[], (byte[] Bytes, string Description)> mutate)
    {
        var (first, a) = mutate(original);
        if (first.Length == 0)
        {
            return (first, a);
        }

        // The second mutation may meet input that no longer parses as JSON: fall back to byte damage.
        (byte[] Bytes, string Description) second;
        try
        {
            second = mutate(first);
        }
        catch (System.Text.Json.JsonException)
        {
            second = FlipBytes(first);
        }

        return (second.Bytes, a + " + " + second.Description);
    }

    private (byte[], string) FlipBytes(byte[] original)
    {
        var bytes = (byte[])original.Clone();
        var flips = 1 + random.Next(8);
        for (var i = 0; i < flips && bytes.Length > 0; i++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 + random.Next(255));
        }

        return (bytes, $"{flips} Byte(s) verändert");
    }

    private (byte[], string) Truncate(byte[] original)
    {
        var at = random.Next(original.Length + 1);
        return (original[..at], $"abgeschnitten nach {at} Bytes");
    }

    private (byte[], string) InsertBytes(byte[] original, byte[] insert, string what)
    {
        var at = random.Next(original.Length + 1);
        return ([.. original[..at], .. insert, .. original[at..]], $"{what} eingefügt bei Byte {at}");
    }

    private (string, string) ReplaceField(string text)
    {
        var lines = text.Split('\n');
        var line = lines.Length > 1 ? 1 + random.Next(lines.Length - 1) : 0;
        var fields = lines[line].Split(';');
        var column = random.Next(fields.Length);
        var value = Pick(OddNumbers);
        fields[column] = value;
        lines[line] = string.Join(';', fields);
        return (string.Join('\n', lines), $"Zeile {line + 1}, Feld {column + 1} = „{value}“");
    }

    private (string, string) SwapColumns(string text)
    {
        var lines = text.Split('\n');
        var width = lines[0].Split(';').Length;
        var (a, b) = (random.Next(width), random.Next(width));
        var headerOnly = random.Next(2) == 0;
        for (var i = 0; i < lines.Length && (i == 0 || !headerOnly); i++)
        {
            var fields = lines[i].Split(';');
            if (a < fields.Length && b < fields.Length)
            {
                (fields[a], fields[b]) = (fields[b], fields[a]);
                lines[i] = string.Join(';', fields);
            }
        }

        return (string.Join('\n', lines), $"Spalten {a + 1} und {b + 1} vertauscht{(headerOnly ? " (nur Kopfzeile)" : "")}");
    }

    private (string, string) LineSurgery(string text)
    {
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        switch (random.Next(3))
        {
            case 0:
                lines.RemoveAt(line);
                return (string.Join('\n', lines), $"Zeile {line + 1} gelöscht");
            case 1:
                lines.Insert(line, lines[line]);
                return (string.Join('\n', lines), $"Zeile {line + 1} verdoppelt");
            default:
                var other = random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                return (string.Join('\n', lines), $"Zeilen {line + 1} und {other + 1} vertauscht");
        }
    }

    private (string, string) ChangeLineEnds(string text) => random.Next(3) switch
    {
        0 => (text.Replace("\n", "\r\n", StringComparison.Ordinal), "CRLF"),
        1 => (text.Replace("\n", "\r", StringComparison.Ordinal), "nur CR"),
        _ => (text.TrimEnd('\n') + new string('\n', 1 + random.Next(5)) + ";;;", "Leerzeilen und leere Felder am Ende"),
    };

    private void SetCoordinate(JsonObject feature, JsonNode? value)
    {
        // Walk down the first coordinate array of the geometry and replace one number.
        JsonNode? node = feature["geometry"]?["coordinates"];
        while (node is JsonArray array && array.Count > 0 && array[0] is JsonArray)
        {
            node = array[random.Next(array.Count)];
        }

        if (node is JsonArray position && position.Count > 0)
        {
            position[random.Next(position.Count)] = value;
        }
    }

    private static void SwapAxes(JsonNode? node)
    {
        if (node is JsonObject geometry)
        {
            SwapAxes(geometry["coordinates"]);
            return;
        }

        if (node is not JsonArray array)
        {
            return;
        }

        if (array.Count >= 2 && array[0] is JsonValue && array[1] is JsonValue)
        {
            var x = array[0]!.DeepClone();
            array[0] = array[1]!.DeepClone();
            array[1] = x;
            return;
        }

        foreach (var child in array)
        {
            SwapAxes(child);
        }
    }

    /// <summary>Culture-free rendering for descriptions.</summary>
    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
