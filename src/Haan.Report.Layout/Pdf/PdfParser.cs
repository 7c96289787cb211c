using System.Globalization;
using System.Text;

namespace Haan.Report.Layout.Pdf;

/// <summary>
/// Reads the objects of a classic PDF file (cross-reference table, no object streams, no encryption) — the files
/// SkiaSharp writes for figures. Streams keep their encoded data; numbers keep their text.
/// </summary>
internal sealed class PdfParser
{
    private readonly byte[] data;
    private int position;

    private PdfParser(byte[] data) => this.data = data;

    /// <summary>All objects by number, and the trailer dictionary.</summary>
    public static (Dictionary<int, PdfValue> Objects, PdfDictionary Trailer) Parse(byte[] data)
    {
        var parser = new PdfParser(data);
        var start = parser.FindStartXref();
        parser.position = start;
        parser.ExpectKeyword("xref");
        var offsets = new Dictionary<int, int>();
        while (true)
        {
            parser.SkipWhitespace();
            if (parser.PeekKeyword("trailer"))
            {
                break;
            }

            var first = (int)parser.ReadInteger();
            var count = (int)parser.ReadInteger();
            for (var i = 0; i < count; i++)
            {
                var offset = parser.ReadInteger();
                parser.ReadInteger();
                parser.SkipWhitespace();
                var kind = (char)data[parser.position++];
                if (kind == 'n')
                {
                    offsets[first + i] = checked((int)offset);
                }
            }
        }

        parser.ExpectKeyword("trailer");
        var trailer = (PdfDictionary)parser.ReadValue();
        var objects = new Dictionary<int, PdfValue>();
        foreach (var (number, offset) in offsets.OrderBy(o => o.Key))
        {
            parser.position = offset;
            var read = (int)parser.ReadInteger();
            parser.ReadInteger();
            parser.ExpectKeyword("obj");
            if (read != number)
            {
                throw new LayoutException($"Interne PDF-Datei der Abbildungen ist beschädigt (Objekt {number} an falscher Stelle).");
            }

            objects[number] = parser.ReadObjectBody(objects);
        }

        return (objects, trailer);
    }

    private int FindStartXref()
    {
        var tail = Encoding.ASCII.GetString(data, Math.Max(0, data.Length - 64), Math.Min(64, data.Length));
        var index = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        if (index < 0)
        {
            throw new LayoutException("Interne PDF-Datei der Abbildungen ist beschädigt (kein startxref).");
        }

        var number = tail[(index + 9)..].Trim().Split('\n', '\r')[0].Trim();
        return int.Parse(number, CultureInfo.InvariantCulture);
    }

    private PdfValue ReadObjectBody(Dictionary<int, PdfValue> objects)
    {
        var value = ReadValue();
        SkipWhitespace();
        if (value is PdfDictionary dictionary && PeekKeyword("stream"))
        {
            position += 6;
            if (data[position] == '\r')
            {
                position++;
            }

            if (data[position] == '\n')
            {
                position++;
            }

            var length = dictionary["Length"] switch
            {
                PdfNumber n => (int)n.Value,
                PdfReference r when objects.TryGetValue(r.Number, out var v) && v is PdfNumber n => (int)n.Value,
                _ => throw new LayoutException("Interne PDF-Datei der Abbildungen: Stream ohne lesbare Länge."),
            };
            var bytes = data.AsSpan(position, length).ToArray();
            position += length;
            dictionary["Length"] = null;
            return new PdfStream(dictionary, bytes);
        }

        return value;
    }

    private PdfValue ReadValue()
    {
        SkipWhitespace();
        var c = (char)data[position];
        switch (c)
        {
            case '/':
                return new PdfName(ReadNameToken());
            case '(':
                return new PdfString(ReadLiteralString());
            case '[':
            {
                position++;
                var items = new List<PdfValue>();
                while (true)
                {
                    SkipWhitespace();
                    if (data[position] == ']')
                    {
                        position++;
                        return new PdfArray(items);
                    }

                    items.Add(ReadValue());
                }
            }

            case '<' when data[position + 1] == '<':
            {
                position += 2;
                var dictionary = new PdfDictionary();
                while (true)
                {
                    SkipWhitespace();
                    if (data[position] == '>' && data[position + 1] == '>')
                    {
                        position += 2;
                        return dictionary;
                    }

                    var key = ReadNameToken();
                    dictionary[key] = ReadValue();
                }
            }

            case '<':
                return new PdfString(ReadHexString());
        }

        if (c is '+' or '-' or '.' or (>= '0' and <= '9'))
        {
            var first = ReadToken();
            var save = position;
            SkipWhitespace();
            if (IsInteger(first) && position < data.Length && char.IsAsciiDigit((char)data[position]))
            {
                var second = ReadToken();
                SkipWhitespace();
                if (IsInteger(second) && position < data.Length && data[position] == 'R' && IsDelimiterOrSpace(position + 1))
                {
                    position++;
                    return new PdfReference(int.Parse(first, CultureInfo.InvariantCulture));
                }
            }

            position = save;
            return new PdfNumber(first);
        }

        var keyword = ReadToken();
        return keyword switch
        {
            "true" => PdfBoolean.True,
            "false" => new PdfBoolean(false),
            "null" => PdfNull.Instance,
            _ => throw new LayoutException($"Interne PDF-Datei der Abbildungen: unerwartetes Wort '{keyword}' bei Byte {position}."),
        };
    }

    private static bool IsInteger(string token) => token.Length > 0 && token.All(char.IsAsciiDigit);

    private bool IsDelimiterOrSpace(int index)
        => index >= data.Length || IsWhitespace(data[index]) || "()<>[]{}/%".Contains((char)data[index], StringComparison.Ordinal);

    private string ReadNameToken()
    {
        position++; // '/'
        var start = position;
        while (position < data.Length && !IsDelimiterOrSpace(position))
        {
            position++;
        }

        return Encoding.ASCII.GetString(data, start, position - start);
    }

    private string ReadToken()
    {
        var start = position;
        while (position < data.Length && !IsDelimiterOrSpace(position))
        {
            position++;
        }

        return Encoding.ASCII.GetString(data, start, position - start);
    }

    private long ReadInteger()
    {
        SkipWhitespace();
        return long.Parse(ReadToken(), CultureInfo.InvariantCulture);
    }

    private byte[] ReadHexString()
    {
        position++;
        var hex = new StringBuilder();
        while (data[position] != '>')
        {
            if (!IsWhitespace(data[position]))
            {
                hex.Append((char)data[position]);
            }

            position++;
        }

        position++;
        if (hex.Length % 2 == 1)
        {
            hex.Append('0');
        }

        return Convert.FromHexString(hex.ToString());
    }

    private byte[] ReadLiteralString()
    {
        position++;
        var bytes = new List<byte>();
        var depth = 1;
        while (true)
        {
            var b = data[position++];
            if (b == '\\')
            {
                var e = data[position++];
                switch ((char)e)
                {
                    case 'n': bytes.Add((byte)'\n'); break;
                    case 'r': bytes.Add((byte)'\r'); break;
                    case 't': bytes.Add((byte)'\t'); break;
                    case 'b': bytes.Add((byte)'\b'); break;
                    case 'f': bytes.Add((byte)'\f'); break;
                    case '\r':
                        if (data[position] == '\n')
                        {
                            position++;
                        }

                        break;
                    case '\n': break;
                    case >= '0' and <= '7':
                    {
                        var value = e - '0';
                        for (var k = 0; k < 2 && data[position] is >= (byte)'0' and <= (byte)'7'; k++)
                        {
                            value = (value * 8) + (data[position++] - '0');
                        }

                        bytes.Add((byte)value);
                        break;
                    }

                    default: bytes.Add(e); break;
                }

                continue;
            }

            if (b == '(')
            {
                depth++;
            }
            else if (b == ')' && --depth == 0)
            {
                return [.. bytes];
            }

            bytes.Add(b);
        }
    }

    private void SkipWhitespace()
    {
        while (position < data.Length)
        {
            if (IsWhitespace(data[position]))
            {
                position++;
            }
            else if (data[position] == '%')
            {
                while (position < data.Length && data[position] is not (byte)'\n' and not (byte)'\r')
                {
                    position++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private static bool IsWhitespace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private bool PeekKeyword(string keyword)
        => position + keyword.Length <= data.Length && Encoding.ASCII.GetString(data, position, keyword.Length) == keyword;

    private void ExpectKeyword(string keyword)
    {
        SkipWhitespace();
        if (!PeekKeyword(keyword))
        {
            throw new LayoutException($"Interne PDF-Datei der Abbildungen: '{keyword}' erwartet bei Byte {position}.");
        }

        position += keyword.Length;
    }
}
