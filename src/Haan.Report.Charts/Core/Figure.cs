using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>Base class of all figures: clipping to the bounds and the PNG export.</summary>
public abstract class Figure : IFigure
{
    private protected Figure(ChartStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        Style = style;
    }

    /// <summary>The style (fonts, sizes, palette) the figure is drawn with.</summary>
    public ChartStyle Style { get; }

    /// <inheritdoc />
    public abstract double PreferredAspectRatio { get; }

    /// <inheritdoc />
    public abstract string AltText { get; }

    /// <inheritdoc />
    public void Draw(SKCanvas canvas, SKRect bounds)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        if (bounds.Width <= 1 || bounds.Height <= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(bounds), "The figure needs a non-empty area.");
        }

        canvas.Save();
        try
        {
            canvas.ClipRect(bounds);
            DrawContent(canvas, bounds);
        }
        finally
        {
            canvas.Restore();
        }
    }

    /// <summary>Draws the figure; the canvas is already clipped to <paramref name="bounds"/>.</summary>
    private protected abstract void DrawContent(SKCanvas canvas, SKRect bounds);

    /// <inheritdoc />
    public byte[] RenderPng(double widthMm, double heightMm, int dpi = 300)
    {
        if (widthMm <= 0 || heightMm <= 0) throw new ArgumentOutOfRangeException(nameof(widthMm), "Size must be positive.");
        if (dpi < 36 || dpi > 1200) throw new ArgumentOutOfRangeException(nameof(dpi), "dpi must be within 36..1200.");

        var widthPt = (float)(widthMm / 25.4 * 72.0);
        var heightPt = (float)(heightMm / 25.4 * 72.0);
        var widthPx = (int)Math.Round(widthMm / 25.4 * dpi);
        var heightPx = (int)Math.Round(heightMm / 25.4 * dpi);

        var info = new SKImageInfo(widthPx, heightPx, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("Could not create a raster surface.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(widthPx / widthPt, heightPx / heightPt);
        Draw(canvas, new SKRect(0, 0, widthPt, heightPt));
        canvas.Flush();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
