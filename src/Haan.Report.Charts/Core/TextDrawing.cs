using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>Direct text drawing with the bundled faces (for map labels, legends, matrices).</summary>
internal static class TextDrawing
{
    /// <summary>Draws one line of text; <paramref name="y"/> is the baseline.</summary>
    public static void Draw(SKCanvas canvas, string text, float x, float y, SKFont font, SKColor color,
        SKTextAlign align = SKTextAlign.Left, SKColor? halo = null, float haloWidth = 2f)
    {
        if (string.IsNullOrEmpty(text)) return;
        if (halo is { } haloColor)
        {
            using var haloPaint = new SKPaint
            {
                Color = haloColor,
                IsAntialias = true,
                Style = SKPaintStyle.Stroke,
                StrokeWidth = haloWidth,
                StrokeJoin = SKStrokeJoin.Round,
            };
            // The halo is drawn as a path, not as text, so the PDF holds each text once (copy/paste, screen readers).
            var width = font.MeasureText(text);
            var startX = align switch { SKTextAlign.Center => x - (width / 2), SKTextAlign.Right => x - width, _ => x };
            using var outline = font.GetTextPath(text, new SKPoint(startX, y));
            canvas.DrawPath(outline, haloPaint);
        }

        using var paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.DrawText(text, x, y, align, font, paint);
    }

    /// <summary>Width of a line of text in points.</summary>
    public static float Width(string text, SKFont font) => string.IsNullOrEmpty(text) ? 0 : font.MeasureText(text);

    /// <summary>Ascent (positive) and descent of the font.</summary>
    public static (float Ascent, float Descent) Metrics(SKFont font)
    {
        var m = font.Metrics;
        return (-m.Ascent, m.Descent);
    }

    /// <summary>Text height used for line spacing.</summary>
    public static float LineHeight(SKFont font) => font.Size * 1.25f;

    /// <summary>Shortens text with "…" so it fits in <paramref name="maxWidth"/>.</summary>
    public static string Fit(string text, SKFont font, float maxWidth)
    {
        if (Width(text, font) <= maxWidth) return text;
        for (var len = text.Length - 1; len > 1; len--)
        {
            var candidate = text[..len].TrimEnd() + "…";
            if (Width(candidate, font) <= maxWidth) return candidate;
        }

        return "…";
    }

    /// <summary>Breaks text into lines at spaces/hyphens so each line fits in <paramref name="maxWidth"/>.</summary>
    public static IReadOnlyList<string> Wrap(string text, SKFont font, float maxWidth)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in words)
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Width(candidate, font) > maxWidth)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0) lines.Add(current);
        return lines;
    }
}
