using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>
/// The four faces of the bundled font, loaded from files passed in by the caller. Machine fonts are never used:
/// every ScottPlot label gets <see cref="FamilyName"/>, which is registered with ScottPlot's process-global
/// <c>Fonts.FontResolvers</c> and resolves to exactly these typefaces.
/// </summary>
public sealed class ChartFonts
{
    private static readonly Lock RegistrationLock = new();
    private static int _instances;

    /// <summary>
    /// Loads the faces and registers them with ScottPlot under a family name unique to this instance.
    /// Create one instance per process and reuse it (each instance adds a resolver to ScottPlot's global list).
    /// </summary>
    public ChartFonts(string regularPath, string boldPath, string italicPath, string boldItalicPath)
        : this(Load(regularPath), Load(boldPath), Load(italicPath), Load(boldItalicPath))
    {
    }

    /// <summary>
    /// Uses typefaces the caller already loaded (e.g. the ones the PDF layout uses, so the PDF embeds each font once).
    /// The caller keeps ownership. Registers them with ScottPlot like the file-based constructor.
    /// </summary>
    public ChartFonts(SKTypeface regular, SKTypeface bold, SKTypeface italic, SKTypeface boldItalic)
    {
        Regular = regular;
        Bold = bold;
        Italic = italic;
        BoldItalic = boldItalic;

        // A name no machine font carries, unique per instance (ScottPlot caches typefaces by name), so ScottPlot can
        // never fall back to a system face and always gets exactly these typefaces.
        var number = Interlocked.Increment(ref _instances);
        FamilyName = "HaanReport " + Regular.FamilyName + " " + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        lock (RegistrationLock)
        {
            ScottPlot.Fonts.FontResolvers.Insert(0, new BundledFontResolver(FamilyName, this));
        }
    }

    /// <summary>Creates the fonts from a folder holding <c>{prefix}-Regular.ttf</c>, <c>-Bold</c>, <c>-Italic</c>, <c>-BoldItalic</c>.</summary>
    public static ChartFonts FromFolder(string folder, string prefix = "NotoSans") => new(
        Path.Combine(folder, prefix + "-Regular.ttf"),
        Path.Combine(folder, prefix + "-Bold.ttf"),
        Path.Combine(folder, prefix + "-Italic.ttf"),
        Path.Combine(folder, prefix + "-BoldItalic.ttf"));

    /// <summary>The family name registered with ScottPlot.</summary>
    public string FamilyName { get; }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    public SKTypeface Italic { get; }

    public SKTypeface BoldItalic { get; }

    internal SKTypeface Face(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => BoldItalic,
        (true, false) => Bold,
        (false, true) => Italic,
        _ => Regular,
    };

    private static SKTypeface Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path)) throw new FileNotFoundException("Font file not found.", path);
        return SKTypeface.FromFile(path) ?? throw new InvalidOperationException("Not a readable font file: " + path);
    }
}

/// <summary>Resolves the registered family name to the bundled typefaces (and nothing else).</summary>
internal sealed class BundledFontResolver(string family, ChartFonts fonts) : ScottPlot.IFontResolver
{
    public SKTypeface? CreateTypeface(string fontName, ScottPlot.FontWeight weight, ScottPlot.FontSlant slant, ScottPlot.FontSpacing spacing) =>
        fontName == family ? fonts.Face((int)weight >= (int)ScottPlot.FontWeight.SemiBold, slant != ScottPlot.FontSlant.Upright) : null;

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        fontName == family ? fonts.Face(bold, italic) : null;
}
