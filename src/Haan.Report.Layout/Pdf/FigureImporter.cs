using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace Haan.Report.Layout.Pdf;

/// <summary>
/// Vector figures (charts, maps, images) are drawn by Skia into a PDF document of their own, one page per figure; after
/// the layout, each page is imported as a Form XObject. The figures' fonts are mapped onto the faces the document
/// embeds (Skia also uses glyph ids as codes with Identity-H), so no face is embedded twice; other resources
/// (graphics states, shadings, images) are copied once each, shared by all figures that use them.
/// </summary>
internal sealed class FigureImporter(PdfObjectSet objects) : IDisposable
{
    private readonly List<(int Number, SKSize Size)> figures = [];
    private MemoryStream? stream;
    private SKDocument? document;

    /// <summary>Draws a figure now and returns the object number its Form XObject will have.</summary>
    public int Add(SKSize size, Action<SKCanvas, SKSize> draw)
    {
        if (document is null)
        {
            stream = new MemoryStream();
            document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { RasterDpi = 300, PdfA = false, Producer = string.Empty, Creator = string.Empty })
                ?? throw new LayoutException("Die PDF-Ausgabe der Abbildungen konnte nicht angelegt werden.");
        }

        var canvas = document.BeginPage(size.Width, size.Height);
        canvas.ClipRect(new SKRect(0, 0, size.Width, size.Height));
        draw(canvas, size);
        document.EndPage();
        var number = objects.Reserve();
        figures.Add((number, size));
        return number;
    }

    /// <summary>Writes every figure's Form XObject; <paramref name="fontFor"/> maps a PostScript name to the document's font.</summary>
    public void Write(Func<string, EmbeddedFont?> fontFor)
    {
        if (document is null || stream is null)
        {
            return;
        }

        document.Close();
        var (source, trailer) = PdfParser.Parse(stream.ToArray());
        var copier = new Copier(source, objects, fontFor);
        var root = (PdfDictionary)Resolve(source, trailer["Root"]!);
        var pages = new List<PdfDictionary>();
        CollectPages(source, (PdfDictionary)Resolve(source, root["Pages"]!), pages);
        if (pages.Count != figures.Count)
        {
            throw new InvalidOperationException($"Figure PDF has {pages.Count} pages for {figures.Count} figures.");
        }

        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var resources = page["Resources"] is { } r ? Resolve(source, r) as PdfDictionary : null;
            var content = new MemoryStream();
            foreach (var part in ContentParts(source, page["Contents"]))
            {
                content.Write(Decode(part));
                content.WriteByte((byte)'\n');
            }

            var data = content.ToArray();
            var copiedResources = resources is null ? new PdfDictionary() : (PdfDictionary)copier.Copy(resources);
            if (resources is not null)
            {
                copier.UseGlyphs(data, resources);
            }

            var (number, size) = figures[i];
            objects.Set(number, PdfObjectSet.Compressed(
                new PdfDictionary()
                    .With("Type", "XObject")
                    .With("Subtype", "Form")
                    .With("BBox", PdfArray.Numbers(0, 0, size.Width, size.Height))
                    .With("Resources", copiedResources),
                data));
        }
    }

    private static IEnumerable<PdfStream> ContentParts(Dictionary<int, PdfValue> source, PdfValue? contents)
    {
        switch (contents is null ? null : Resolve(source, contents))
        {
            case PdfStream s:
                yield return s;
                break;
            case PdfArray a:
                foreach (var item in a.Items)
                {
                    yield return (PdfStream)Resolve(source, item);
                }

                break;
        }
    }

    private static void CollectPages(Dictionary<int, PdfValue> source, PdfDictionary node, List<PdfDictionary> pages)
    {
        if (node["Type"] is PdfName { Value: "Page" })
        {
            pages.Add(node);
            return;
        }

        if (node["Kids"] is PdfArray kids)
        {
            foreach (var kid in kids.Items)
            {
                CollectPages(source, (PdfDictionary)Resolve(source, kid), pages);
            }
        }
    }

    internal static PdfValue Resolve(Dictionary<int, PdfValue> source, PdfValue value)
        => value is PdfReference r ? source[r.Number] : value;

    internal static byte[] Decode(PdfStream stream)
    {
        var filter = stream.Dictionary["Filter"];
        if (filter is null)
        {
            return stream.Data;
        }

        if (filter is not PdfName { Value: "FlateDecode" } && !(filter is PdfArray { Items: [PdfName { Value: "FlateDecode" }] }))
        {
            throw new InvalidOperationException($"Unsupported filter in figure PDF: {filter}.");
        }

        using var input = new MemoryStream(stream.Data);
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }

    public void Dispose()
    {
        document?.Dispose();
        stream?.Dispose();
    }

    /// <summary>Deep copy of figure objects into the document, each source object once; fonts map onto the document's fonts.</summary>
    private sealed class Copier(Dictionary<int, PdfValue> source, PdfObjectSet target, Func<string, EmbeddedFont?> fontFor)
    {
        private readonly Dictionary<int, int> copied = [];
        private readonly Dictionary<int, EmbeddedFont?> fonts = [];

        public PdfValue Copy(PdfValue value) => value switch
        {
            PdfReference r => new PdfReference(CopyObject(r.Number)),
            PdfArray a => new PdfArray(a.Items.Select(Copy)),
            PdfDictionary d => CopyDictionary(d),
            PdfStream s => new PdfStream(CopyDictionary(s.Dictionary), s.Data),
            _ => value,
        };

        private PdfDictionary CopyDictionary(PdfDictionary d)
        {
            var result = new PdfDictionary();
            foreach (var (key, value) in d.Entries)
            {
                result[key] = Copy(value);
            }

            return result;
        }

        private int CopyObject(int number)
        {
            if (copied.TryGetValue(number, out var existing))
            {
                return existing;
            }

            var value = source[number];
            if (FontOf(number) is { } font)
            {
                copied[number] = font.ObjectNumber;
                return font.ObjectNumber;
            }

            var reserved = target.Reserve();
            copied[number] = reserved;
            target.Set(reserved, Copy(value));
            if (value is PdfStream { Dictionary: var d } s && d["Subtype"] is PdfName { Value: "Form" } && d["Resources"] is { } resources)
            {
                UseGlyphs(Decode(s), (PdfDictionary)Resolve(source, resources));
            }

            return reserved;
        }

        /// <summary>The document font a figure font (object number) stands for, or null when it is not one of the document's faces.</summary>
        private EmbeddedFont? FontOf(int number)
        {
            if (fonts.TryGetValue(number, out var known))
            {
                return known;
            }

            EmbeddedFont? font = null;
            if (source[number] is PdfDictionary { } d && d["Type"] is PdfName { Value: "Font" } && d["Subtype"] is PdfName { Value: "Type0" }
                && d["BaseFont"] is PdfName baseFont && d["Encoding"] is PdfName { Value: "Identity-H" })
            {
                var name = baseFont.Value;
                var plus = name.IndexOf('+', StringComparison.Ordinal);
                font = fontFor(plus == 6 ? name[(plus + 1)..] : name);
            }

            fonts[number] = font;
            return font;
        }

        /// <summary>Adds the glyphs a content stream shows with a mapped font to that font's subset.</summary>
        public void UseGlyphs(byte[] content, PdfDictionary resources)
        {
            var fontResources = resources["Font"] is { } f ? Resolve(source, f) as PdfDictionary : null;
            EmbeddedFont? current = null;
            string? lastName = null;
            var i = 0;
            while (i < content.Length)
            {
                var c = content[i];
                if (c == '%')
                {
                    while (i < content.Length && content[i] is not (byte)'\n' and not (byte)'\r')
                    {
                        i++;
                    }
                }
                else if (c == '/')
                {
                    var start = ++i;
                    while (i < content.Length && !IsDelimiter(content[i]))
                    {
                        i++;
                    }

                    lastName = Encoding.ASCII.GetString(content, start, i - start);
                }
                else if (c == '<' && i + 1 < content.Length && content[i + 1] == '<')
                {
                    i += 2;
                }
                else if (c == '>' && i + 1 < content.Length && content[i + 1] == '>')
                {
                    i += 2;
                }
                else if (c == '<')
                {
                    var start = ++i;
                    while (i < content.Length && content[i] != '>')
                    {
                        i++;
                    }

                    if (current is not null)
                    {
                        var hex = new string(Encoding.ASCII.GetString(content, start, i - start).Where(Uri.IsHexDigit).ToArray());
                        for (var k = 0; k + 4 <= hex.Length; k += 4)
                        {
                            current.Use(Convert.ToUInt16(hex.Substring(k, 4), 16));
                        }
                    }

                    i++;
                }
                else if (c == '(')
                {
                    i = SkipLiteral(content, i, current);
                }
                else if (char.IsAsciiLetter((char)c) || c is (byte)'\'' or (byte)'"')
                {
                    var start = i;
                    while (i < content.Length && !IsDelimiter(content[i]))
                    {
                        i++;
                    }

                    if (i - start == 2 && content[start] == 'T' && content[start + 1] == 'f')
                    {
                        current = lastName is not null && fontResources?[lastName] is PdfReference r ? FontOf(r.Number) : null;
                    }
                }
                else
                {
                    i++;
                }
            }
        }

        /// <summary>Skips a literal string; with a mapped font, its bytes are two-byte glyph codes.</summary>
        private static int SkipLiteral(byte[] content, int i, EmbeddedFont? font)
        {
            var bytes = new List<byte>();
            var depth = 0;
            do
            {
                var b = content[i++];
                if (b == '\\' && i < content.Length)
                {
                    var e = content[i++];
                    if (e is >= (byte)'0' and <= (byte)'7')
                    {
                        var value = e - '0';
                        for (var k = 0; k < 2 && i < content.Length && content[i] is >= (byte)'0' and <= (byte)'7'; k++)
                        {
                            value = (value * 8) + (content[i++] - '0');
                        }

                        bytes.Add((byte)value);
                    }
                    else
                    {
                        bytes.Add(e switch { (byte)'n' => 10, (byte)'r' => 13, (byte)'t' => 9, (byte)'b' => 8, (byte)'f' => 12, _ => e });
                    }

                    continue;
                }

                if (b == '(')
                {
                    if (depth++ == 0)
                    {
                        continue;
                    }
                }
                else if (b == ')' && --depth == 0)
                {
                    break;
                }

                bytes.Add(b);
            }
            while (i < content.Length);

            if (font is not null)
            {
                for (var k = 0; k + 1 < bytes.Count; k += 2)
                {
                    font.Use((ushort)((bytes[k] << 8) | bytes[k + 1]));
                }
            }

            return i;
        }

        private static bool IsDelimiter(byte b)
            => b is 0 or 9 or 10 or 12 or 13 or 32 || "()<>[]{}/%".Contains((char)b, StringComparison.Ordinal);
    }
}
