using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>
/// A finished figure (chart or map) that can draw itself as vector output onto any Skia canvas
/// and export itself as a PNG. One canvas unit is one typographic point (1/72 inch), the unit of
/// SkiaSharp's PDF backend; fonts and line widths are designed in points.
/// </summary>
public interface IFigure
{
    /// <summary>Preferred width / height ratio of the figure (e.g. 160 mm × 100 mm → 1.6).</summary>
    double PreferredAspectRatio { get; }

    /// <summary>One-sentence German description of what the figure shows, generated from the data.</summary>
    string AltText { get; }

    /// <summary>Draws the figure inside <paramref name="bounds"/> (points). Nothing is drawn outside bounds.</summary>
    void Draw(SKCanvas canvas, SKRect bounds);

    /// <summary>Renders the figure to PNG bytes at the given physical size.</summary>
    byte[] RenderPng(double widthMm, double heightMm, int dpi = 300);
}
