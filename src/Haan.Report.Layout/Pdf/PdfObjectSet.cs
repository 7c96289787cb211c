using System.Globalization;
using System.Security.Cryptography;

namespace Haan.Report.Layout.Pdf;

/// <summary>
/// The objects of one PDF file, numbered in the order they are reserved or added (so the same document always gives the
/// same numbers), and the writer of the file: header, objects in number order, cross-reference table, trailer with an
/// /ID derived from the file's content (no clock, no random numbers).
/// </summary>
internal sealed class PdfObjectSet
{
    private readonly List<PdfValue?> objects = [];

    public int Count => objects.Count;

    /// <summary>Reserves a number for an object written later with <see cref="Set"/>.</summary>
    public int Reserve()
    {
        objects.Add(null);
        return objects.Count;
    }

    public int Add(PdfValue value)
    {
        objects.Add(value);
        return objects.Count;
    }

    public void Set(int number, PdfValue value) => objects[number - 1] = value;

    /// <summary>A stream with Flate-compressed data.</summary>
    public static PdfStream Compressed(PdfDictionary dictionary, ReadOnlySpan<byte> data)
        => new(dictionary.With("Filter", "FlateDecode"), EmbeddedFont.Deflate(data));

    /// <summary>
    /// Writes the file (PDF 1.7): streams as indirect objects, all other objects packed into compressed object streams
    /// (the structure tree alone has thousands of small dictionaries), and a cross-reference stream.
    /// </summary>
    public byte[] Write(int catalog, int? info)
    {
        const int PerObjectStream = 200;
        var buffer = new PdfBuffer();
        buffer.Ascii("%PDF-1.7\n%").Bytes([0xE2, 0xE3, 0xCF, 0xD3]).Ascii("\n");
        var count = objects.Count;
        var entries = new (byte Type, int Field2, int Field3)[count + 1];
        var packed = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var value = objects[i] ?? throw new InvalidOperationException($"PDF object {i + 1} was reserved but never written.");
            if (value is PdfStream)
            {
                entries[i + 1] = (1, buffer.Length, 0);
                WriteIndirect(buffer, i + 1, value);
            }
            else
            {
                packed.Add(i + 1);
            }
        }

        // Object streams get the numbers after the last object; the cross-reference stream comes last.
        var next = count + 1;
        var objectStreams = new List<(int Number, List<int> Members)>();
        for (var start = 0; start < packed.Count; start += PerObjectStream)
        {
            objectStreams.Add((next++, packed.GetRange(start, Math.Min(PerObjectStream, packed.Count - start))));
        }

        var xrefNumber = next;
        Array.Resize(ref entries, xrefNumber + 1);
        foreach (var (number, members) in objectStreams)
        {
            var header = new PdfBuffer();
            var body = new PdfBuffer();
            for (var k = 0; k < members.Count; k++)
            {
                header.Ascii(members[k].ToString(CultureInfo.InvariantCulture)).Ascii(" ").Ascii(body.Length.ToString(CultureInfo.InvariantCulture)).Ascii(" ");
                objects[members[k] - 1]!.WriteTo(body);
                body.Ascii("\n");
                entries[members[k]] = (2, number, k);
            }

            var data = new PdfBuffer().Bytes(header.Span).Bytes(body.Span).ToArray();
            entries[number] = (1, buffer.Length, 0);
            WriteIndirect(buffer, number, Compressed(
                new PdfDictionary().With("Type", "ObjStm").With("N", members.Count).With("First", header.Length), data));
        }

        var id = new PdfString(MD5.HashData(buffer.Span));
        entries[xrefNumber] = (1, buffer.Length, 0);
        var table = new byte[entries.Length * 7];
        for (var n = 0; n < entries.Length; n++)
        {
            var (type, field2, field3) = n == 0 ? ((byte)0, 0, 65535) : entries[n];
            var row = table.AsSpan(n * 7);
            row[0] = type;
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(row[1..], field2);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(row[5..], (ushort)field3);
        }

        var trailer = new PdfDictionary()
            .With("Type", "XRef")
            .With("Size", entries.Length)
            .With("W", PdfArray.Numbers(1, 4, 2))
            .With("Root", new PdfReference(catalog));
        if (info is { } infoNumber)
        {
            trailer.With("Info", new PdfReference(infoNumber));
        }

        trailer.With("ID", new PdfArray(id, id));
        var xref = buffer.Length;
        WriteIndirect(buffer, xrefNumber, Compressed(trailer, table));
        buffer.Ascii("startxref\n").Ascii(xref.ToString(CultureInfo.InvariantCulture)).Ascii("\n%%EOF\n");
        return buffer.ToArray();
    }

    private static void WriteIndirect(PdfBuffer buffer, int number, PdfValue value)
    {
        buffer.Ascii(number.ToString(CultureInfo.InvariantCulture)).Ascii(" 0 obj\n");
        value.WriteTo(buffer);
        buffer.Ascii("\nendobj\n");
    }
}
