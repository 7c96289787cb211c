using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>One key of a horizontal legend strip: a filled (and/or outlined) swatch and a label.</summary>
internal sealed record LegendKey(string Label, SKColor Fill, SKColor? Outline = null);

/// <summary>A one-line legend strip drawn below a chart (centred, wraps to a second line when needed).</summary>
internal static class KeyStrip
{
    private const float Swatch = 12f;
    private const float SwatchHeight = 7f;
    private const float InnerGap = 4f;
    private const float ItemGap = 12f;

    public static float Height(ChartStyle style, int lines = 1)
    {
        using var font = style.Font(style.FontSize);
        return (TextDrawing.LineHeight(font) * lines) + 8;
    }

    public static int LineCount(IReadOnlyList<LegendKey> keys, ChartStyle style, float width, string? title = null) => Layout(keys, style, width, title).Count;

    /// <summary>Draws the keys centred in <paramref name="rect"/>, optionally preceded by a title on the first line.</summary>
    public static void Draw(SKCanvas canvas, SKRect rect, IReadOnlyList<LegendKey> keys, ChartStyle style, string? title = null)
    {
        using var font = style.Font(style.FontSize);
        var lineHeight = TextDrawing.LineHeight(font);
        var ascent = TextDrawing.Metrics(font).Ascent;
        var lines = Layout(keys, style, rect.Width, title);
        var y = rect.Top + 4;
        var first = true;
        foreach (var line in lines)
        {
            var titleWidth = first && title is not null ? TextDrawing.Width(title, font) + ItemGap : 0;
            var total = titleWidth + line.Sum(k => ItemWidth(k, font)) + (ItemGap * (line.Count - 1));
            var x = rect.MidX - (total / 2);
            if (titleWidth > 0)
            {
                TextDrawing.Draw(canvas, title!, x, y + ((lineHeight - font.Size) / 2) + (ascent * 0.95f), font, Palettes.MutedText);
                x += titleWidth;
            }

            first = false;
            foreach (var key in line)
            {
                var swatch = new SKRect(x, y + ((lineHeight - SwatchHeight) / 2), x + Swatch, y + ((lineHeight - SwatchHeight) / 2) + SwatchHeight);
                using (var fill = new SKPaint { Color = key.Fill, IsAntialias = true })
                {
                    canvas.DrawRect(swatch, fill);
                }

                using (var stroke = key.Outline is { } outline
                    ? new SKPaint { Color = outline, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.9f }
                    : new SKPaint { Color = Palettes.Edge, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.4f })
                {
                    canvas.DrawRect(swatch, stroke);
                }

                TextDrawing.Draw(canvas, key.Label, x + Swatch + InnerGap, y + ((lineHeight - font.Size) / 2) + (ascent * 0.95f), font, Palettes.Text);
                x += ItemWidth(key, font) + ItemGap;
            }

            y += lineHeight;
        }
    }

    private static float ItemWidth(LegendKey key, SKFont font) => Swatch + InnerGap + TextDrawing.Width(key.Label, font);

    private static List<List<LegendKey>> Layout(IReadOnlyList<LegendKey> keys, ChartStyle style, float width, string? title)
    {
        using var font = style.Font(style.FontSize);
        var lines = new List<List<LegendKey>> { new() };
        var used = title is null ? 0f : TextDrawing.Width(title, font) + ItemGap;
        foreach (var key in keys)
        {
            var w = ItemWidth(key, font);
            if (lines[^1].Count > 0 && used + ItemGap + w > width)
            {
                lines.Add([]);
                used = 0;
            }

            used += (lines[^1].Count > 0 ? ItemGap : 0) + w;
            lines[^1].Add(key);
        }

        return lines;
    }
}
