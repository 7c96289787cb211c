using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>
/// Sizes (in points) and fonts shared by every figure. Colours live in <see cref="Palettes"/>.
/// Defaults are made for figures of about 160 mm × 90–110 mm on an A4 page.
/// </summary>
public sealed record ChartStyle(ChartFonts Fonts)
{
    /// <summary>Tick labels, legend entries, map labels.</summary>
    public float FontSize { get; init; } = 8f;

    /// <summary>Axis titles and panel titles.</summary>
    public float TitleFontSize { get; init; } = 8.5f;

    /// <summary>Attribution lines and footnotes inside the figure.</summary>
    public float SmallFontSize { get; init; } = 6.5f;

    /// <summary>Width of data lines in time series.</summary>
    public float LineWidth { get; init; } = 1.4f;

    /// <summary>Width of light grid lines.</summary>
    public float GridLineWidth { get; init; } = 0.4f;

    /// <summary>Width of polygon borders between map areas.</summary>
    public float AreaBorderWidth { get; init; } = 0.5f;

    /// <summary>Width of the town outline on maps.</summary>
    public float OutlineWidth { get; init; } = 1.2f;

    /// <summary>Creates the style from the Noto Sans files in <paramref name="fontFolder"/>.</summary>
    public static ChartStyle FromFontFolder(string fontFolder) => new(ChartFonts.FromFolder(fontFolder));

    internal SKFont Font(float size, bool bold = false, bool italic = false)
    {
        var face = Fonts.Face(bold, italic);
        return new SKFont(face, size) { Subpixel = true, Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None };
    }
}
