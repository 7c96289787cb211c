using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using SkiaSharp;

namespace Haan.Report.Layout.Pdf;

/// <summary>
/// One face embedded as a Type 0 font with a CIDFontType2 descendant (Identity-H, glyph id = CID), a subset of the
/// font program with retained glyph ids, widths of the used glyphs and a ToUnicode map. Text of the layout engine and
/// text of imported figures share it, so every face is embedded once per file.
/// </summary>
internal sealed class EmbeddedFont
{
    private readonly SortedSet<ushort> glyphs = [];
    private readonly FontFace face;

    public EmbeddedFont(FontFace face, int objectNumber, string resourceName)
    {
        this.face = face;
        ObjectNumber = objectNumber;
        ResourceName = resourceName;
        PostScriptName = FontTables.PostScriptName(face.HarfBuzzFace);
    }

    public int ObjectNumber { get; }

    public string ResourceName { get; }

    public string PostScriptName { get; }

    /// <summary>Width of a glyph in 1/1000 text space units, as written to /W.</summary>
    public double Width(ushort glyph) => face.GlyphAdvance(glyph) * 1000.0 / face.UnitsPerEm;

    public void Use(ushort glyph) => glyphs.Add(glyph);

    /// <summary>Writes the font objects (the Type 0 dictionary under its reserved number).</summary>
    public void Write(PdfObjectSet objects)
    {
        var program = FontSubsetter.Subset(face.HarfBuzzFace, glyphs);
        var tag = SubsetTag(program);
        var baseFont = tag + "+" + PostScriptName;
        var fontFile = objects.Add(new PdfStream(
            new PdfDictionary().With("Length1", program.Length).With("Filter", "FlateDecode"),
            Deflate(program)));

        using var probe = new SKFont(face.Typeface, 1000f);
        var m = probe.Metrics;
        var italic = face.Typeface.FontSlant != SKFontStyleSlant.Upright;
        var descriptor = objects.Add(new PdfDictionary()
            .With("Type", "FontDescriptor")
            .With("FontName", baseFont)
            .With("Flags", italic ? 32 + 64 : 32)
            .With("FontBBox", PdfArray.Numbers(Math.Round(m.XMin), Math.Round(-m.Bottom), Math.Round(m.XMax), Math.Round(-m.Top)))
            .With("ItalicAngle", FontTables.ItalicAngle(face.HarfBuzzFace))
            .With("Ascent", Math.Round(-m.Ascent))
            .With("Descent", Math.Round(-m.Descent))
            .With("CapHeight", Math.Round(m.CapHeight))
            .With("StemV", face.Typeface.FontWeight >= 600 ? 140 : 80)
            .With("FontFile2", new PdfReference(fontFile)));

        var widths = new PdfArray();
        foreach (var run in Runs())
        {
            widths.Items.Add(new PdfNumber(run[0]));
            widths.Items.Add(new PdfArray(run.Select(g => (PdfValue)new PdfNumber(Math.Round(Width(g), 3)))));
        }

        var cidFont = objects.Add(new PdfDictionary()
            .With("Type", "Font")
            .With("Subtype", "CIDFontType2")
            .With("BaseFont", baseFont)
            .With("CIDSystemInfo", new PdfDictionary()
                .With("Registry", PdfString.Text("Adobe"))
                .With("Ordering", PdfString.Text("Identity"))
                .With("Supplement", 0))
            .With("FontDescriptor", new PdfReference(descriptor))
            .With("DW", Math.Round(Width(0), 3))
            .With("W", widths)
            .With("CIDToGIDMap", "Identity"));

        var toUnicode = objects.Add(PdfObjectSet.Compressed(new PdfDictionary(), Encoding.ASCII.GetBytes(ToUnicodeMap())));
        objects.Set(ObjectNumber, new PdfDictionary()
            .With("Type", "Font")
            .With("Subtype", "Type0")
            .With("BaseFont", baseFont)
            .With("Encoding", "Identity-H")
            .With("DescendantFonts", new PdfArray(new PdfReference(cidFont)))
            .With("ToUnicode", new PdfReference(toUnicode)));
    }

    /// <summary>Consecutive glyph ids, for the compact /W form <c>first [w1 w2 …]</c>.</summary>
    private IEnumerable<List<ushort>> Runs()
    {
        List<ushort>? run = null;
        foreach (var glyph in glyphs)
        {
            if (run is not null && run[^1] + 1 == glyph)
            {
                run.Add(glyph);
                continue;
            }

            if (run is not null)
            {
                yield return run;
            }

            run = [glyph];
        }

        if (run is not null)
        {
            yield return run;
        }
    }

    private string ToUnicodeMap()
    {
        var map = face.GlyphToUnicode();
        var builder = new StringBuilder();
        builder.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        builder.Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n");
        builder.Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        builder.Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var mapped = glyphs.Where(map.ContainsKey).ToList();
        for (var start = 0; start < mapped.Count; start += 100)
        {
            var chunk = mapped.Skip(start).Take(100).ToList();
            builder.Append(chunk.Count.ToString(CultureInfo.InvariantCulture)).Append(" beginbfchar\n");
            foreach (var glyph in chunk)
            {
                var text = map[glyph];
                builder.Append('<').Append(glyph.ToString("X4", CultureInfo.InvariantCulture)).Append("> <")
                    .Append(Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))).Append(">\n");
            }

            builder.Append("endbfchar\n");
        }

        builder.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return builder.ToString();
    }

    /// <summary>Six capital letters derived from the subset's bytes: stable across builds, different for different subsets.</summary>
    private static string SubsetTag(byte[] program)
    {
        var hash = SHA256.HashData(program);
        var chars = new char[6];
        for (var i = 0; i < 6; i++)
        {
            chars[i] = (char)('A' + (hash[i] % 26));
        }

        return new string(chars);
    }

    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }
}
