using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>
/// The four faces of the bundled font, loaded from files passed in by the caller. Machine fonts are never used:
/// every ScottPlot label gets <see cref="FamilyName"/>, which is registered from these files with ScottPlot's
/// process-global <c>Fonts.AddFontFile</c>.
/// </summary>
public sealed class ChartFonts
{
    private static readonly Lock RegistrationLock = new();
    private static readonly Dictionary<string, string> RegisteredFamilies = new(StringComparer.Ordinal);

    /// <summary>Loads the faces and registers them with ScottPlot under a family name unique to these files.</summary>
    public ChartFonts(string regularPath, string boldPath, string italicPath, string boldItalicPath)
    {
        Regular = Load(regularPath);
        Bold = Load(boldPath);
        Italic = Load(italicPath);
        BoldItalic = Load(boldItalicPath);

        var key = string.Join("|", regularPath, boldPath, italicPath, boldItalicPath);
        lock (RegistrationLock)
        {
            if (!RegisteredFamilies.TryGetValue(key, out var family))
            {
                // A name no machine font carries, so ScottPlot can never fall back to a system face of the same name.
                family = "HaanReport " + Regular.FamilyName + " " + RegisteredFamilies.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                ScottPlot.Fonts.AddFontFile(family, Path.GetFullPath(regularPath), bold: false, italic: false);
                ScottPlot.Fonts.AddFontFile(family, Path.GetFullPath(boldPath), bold: true, italic: false);
                ScottPlot.Fonts.AddFontFile(family, Path.GetFullPath(italicPath), bold: false, italic: true);
                ScottPlot.Fonts.AddFontFile(family, Path.GetFullPath(boldItalicPath), bold: true, italic: true);
                RegisteredFamilies.Add(key, family);
            }

            FamilyName = family;
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

    private static SKTypeface Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path)) throw new FileNotFoundException("Font file not found.", path);
        return SKTypeface.FromFile(path) ?? throw new InvalidOperationException("Not a readable font file: " + path);
    }
}
