using System.Collections.Concurrent;
using System.Globalization;
using HarfBuzzSharp;
using SkiaSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace Haan.Report.Layout;

/// <summary>
/// One typeface: the Skia typeface for drawing plus one HarfBuzz font for shaping (created once per typeface,
/// like an SKShaper). Shaping keeps kerning on and switches standard and contextual ligatures off, so text
/// extracted from the PDF equals the input.
/// </summary>
internal sealed class FontFace : IDisposable
{
    private const int ScaleFactor = 16;

    private static readonly Feature[] Features =
    [
        new(new Tag('l', 'i', 'g', 'a'), 0),
        new(new Tag('c', 'l', 'i', 'g'), 0),
        new(new Tag('k', 'e', 'r', 'n'), 1),
    ];

    private readonly Blob blob;
    private readonly Face face;
    private readonly HarfBuzzSharp.Font font;
    private readonly int scale;
    private readonly Lock shapeLock = new();
    private readonly ConcurrentDictionary<string, ShapedText> cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<float, SKFont> skFonts = new();
    private Dictionary<ushort, string>? glyphToUnicode;

    private FontFace(string path, SKTypeface typeface, Blob blob, Face face, HarfBuzzSharp.Font font, int scale)
    {
        Path = path;
        Typeface = typeface;
        this.blob = blob;
        this.face = face;
        this.font = font;
        this.scale = scale;
        using var probe = new SKFont(typeface, 1000f);
        var metrics = probe.Metrics;
        AscentPerPoint = -metrics.Ascent / 1000f;
        DescentPerPoint = metrics.Descent / 1000f;
    }

    public string Path { get; }

    public SKTypeface Typeface { get; }

    /// <summary>Ascent (positive, above the baseline) for a 1 pt font.</summary>
    public float AscentPerPoint { get; }

    /// <summary>Descent (positive, below the baseline) for a 1 pt font.</summary>
    public float DescentPerPoint { get; }

    public static FontFace Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new LayoutException($"Schriftdatei nicht gefunden: '{path}'.");
        }

        var typeface = SKTypeface.FromFile(path)
            ?? throw new LayoutException($"Schriftdatei kann nicht gelesen werden (keine gültige TrueType/OpenType-Schrift): '{path}'.");
        var blob = Blob.FromFile(path);
        var face = new Face(blob, 0);
        var font = new HarfBuzzSharp.Font(face);
        font.SetFunctionsOpenType();
        var scale = face.UnitsPerEm * ScaleFactor;
        font.SetScale(scale, scale);
        return new FontFace(path, typeface, blob, face, font, scale);
    }

    /// <summary>The HarfBuzz face (for subsetting the font program when it is embedded into a PDF).</summary>
    internal Face HarfBuzzFace => face;

    /// <summary>Units per em of the font program.</summary>
    internal int UnitsPerEm => face.UnitsPerEm;

    /// <summary>The horizontal advance of a glyph in font units (the font's hmtx value; no kerning).</summary>
    internal int GlyphAdvance(ushort glyph)
    {
        lock (shapeLock)
        {
            return font.GetHorizontalGlyphAdvance(glyph) / ScaleFactor;
        }
    }

    /// <summary>For every glyph the font's cmap reaches (Basic Multilingual Plane), the text it stands for (smallest code point wins).</summary>
    internal IReadOnlyDictionary<ushort, string> GlyphToUnicode()
    {
        lock (shapeLock)
        {
            if (glyphToUnicode is not null)
            {
                return glyphToUnicode;
            }

            var map = new Dictionary<ushort, string>();
            for (var codepoint = 0x20; codepoint <= 0xFFFF; codepoint++)
            {
                if (codepoint is >= 0xD800 and <= 0xDFFF)
                {
                    continue;
                }

                if (font.TryGetNominalGlyph(codepoint, out var glyph) && glyph is > 0 and <= ushort.MaxValue)
                {
                    map.TryAdd((ushort)glyph, char.ConvertFromUtf32(codepoint));
                }
            }

            glyphToUnicode = map;
            return map;
        }
    }

    /// <summary>SKFont of this face at a size, cached (used for drawing only).</summary>
    public SKFont SkFont(float size) => skFonts.GetOrAdd(size, s => new SKFont(Typeface, s)
    {
        Subpixel = true,
        LinearMetrics = true,
        Hinting = SKFontHinting.None,
        Edging = SKFontEdging.Antialias,
    });

    /// <summary>Shapes text (left to right) at 1 pt; results are cached per string.</summary>
    public ShapedText Shape(string text) => cache.GetOrAdd(text, ShapeUncached);

    private ShapedText ShapeUncached(string text)
    {
        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        buffer.Direction = Direction.LeftToRight;
        buffer.Script = Script.Latin;
        buffer.Language = new Language("de");
        buffer.ClusterLevel = ClusterLevel.MonotoneCharacters;
        lock (shapeLock)
        {
            font.Shape(buffer, Features);
        }

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var glyphs = new ushort[infos.Length];
        var clusters = new int[infos.Length];
        var advances = new float[infos.Length];
        var offsets = new SKPoint[infos.Length];
        for (var i = 0; i < infos.Length; i++)
        {
            if (infos[i].Codepoint == 0)
            {
                ThrowIfMissing(text, checked((int)infos[i].Cluster));
            }

            glyphs[i] = checked((ushort)infos[i].Codepoint);
            clusters[i] = checked((int)infos[i].Cluster);
            advances[i] = positions[i].XAdvance / (float)scale;
            offsets[i] = new SKPoint(positions[i].XOffset / (float)scale, -positions[i].YOffset / (float)scale);
        }

        return new ShapedText(glyphs, clusters, advances, offsets);
    }

    /// <summary>A visible character without a glyph would print as an empty box and extract wrongly: fail clearly instead.</summary>
    private void ThrowIfMissing(string text, int index)
    {
        var codepoint = char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(text[index], text[index + 1])
            : text[index];
        var category = CharUnicodeInfo.GetUnicodeCategory(codepoint);
        if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator)
        {
            return;
        }

        var shown = codepoint is >= 0xD800 and <= 0xDFFF ? "\uFFFD" : char.ConvertFromUtf32(codepoint);
        throw new LayoutException(
            $"Das Zeichen '{shown}' (U+{codepoint.ToString("X4", CultureInfo.InvariantCulture)}) ist in der Schrift '{System.IO.Path.GetFileName(Path)}' nicht enthalten " +
            $"(im Text „{Excerpt(text, index)}“).");
    }

    private static string Excerpt(string text, int index)
    {
        var start = Math.Max(0, index - 20);
        var end = Math.Min(text.Length, index + 20);
        return (start > 0 ? "…" : string.Empty) + text[start..end] + (end < text.Length ? "…" : string.Empty);
    }

    public void Dispose()
    {
        foreach (var skFont in skFonts.Values)
        {
            skFont.Dispose();
        }

        font.Dispose();
        face.Dispose();
        blob.Dispose();
        Typeface.Dispose();
    }
}

/// <summary>Shaping result for a 1 pt font: glyph ids, source character index per glyph, advances and offsets.</summary>
internal sealed record ShapedText(ushort[] Glyphs, int[] Clusters, float[] Advances, SKPoint[] Offsets);
