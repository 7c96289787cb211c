using System.Buffers.Binary;
using System.Text;
using HarfBuzzSharp;

namespace Haan.Report.Layout.Pdf;

/// <summary>Reads the few values of a font's OpenType tables that a PDF font descriptor needs.</summary>
internal static class FontTables
{
    /// <summary>The PostScript name (name id 6), as PDF writers use it for /BaseFont.</summary>
    public static string PostScriptName(Face face)
    {
        var table = Table(face, "name");
        if (table.Length >= 6)
        {
            var count = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(2));
            var storage = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(4));
            for (var i = 0; i < count && 6 + ((i + 1) * 12) <= table.Length; i++)
            {
                var record = table.AsSpan(6 + (i * 12));
                var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
                var nameId = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
                var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
                var offset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
                if (nameId != 6 || storage + offset + length > table.Length)
                {
                    continue;
                }

                var bytes = table.AsSpan(storage + offset, length);
                var name = platform is 0 or 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
                var clean = new string(name.Where(c => c is > ' ' and < '\u007F' and not '[' and not ']' and not '(' and not ')' and not '{' and not '}' and not '<' and not '>' and not '/' and not '%').ToArray());
                if (clean.Length > 0)
                {
                    return clean;
                }
            }
        }

        return "Font";
    }

    /// <summary>Italic angle in degrees from the 'post' table (0 when absent).</summary>
    public static double ItalicAngle(Face face)
    {
        var table = Table(face, "post");
        return table.Length >= 8 ? BinaryPrimitives.ReadInt32BigEndian(table.AsSpan(4)) / 65536.0 : 0;
    }

    private static byte[] Table(Face face, string tag)
    {
        using var blob = face.ReferenceTable(Tag.Parse(tag));
        return blob.Length == 0 ? [] : blob.AsSpan().ToArray();
    }
}
