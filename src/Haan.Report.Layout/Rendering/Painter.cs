using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>Basic vector drawing that also writes the layout dump.</summary>
internal static class Painter
{
    public static void FillRect(LayoutContext context, SKRect rect, SKColor color)
    {
        context.RecordDump("fill", rect, Hex(color));
        context.MarkDrawn();
        if (context.Canvas is { } canvas)
        {
            using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Fill };
            canvas.DrawRect(rect, paint);
        }
    }

    public static void StrokeRect(LayoutContext context, SKRect rect, SKColor color, float width)
    {
        context.RecordDump("border", rect, Hex(color));
        context.MarkDrawn();
        if (context.Canvas is { } canvas)
        {
            using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true };
            canvas.DrawRect(rect, paint);
        }
    }

    public static void HorizontalLine(LayoutContext context, float x0, float x1, float y, SKColor color, float width, bool dotted = false)
    {
        context.RecordDump(dotted ? "leader" : "rule", new SKRect(x0, y, x1, y), dotted ? null : Hex(color));
        context.MarkDrawn();
        if (context.Canvas is { } canvas)
        {
            using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true };
            if (dotted)
            {
                paint.StrokeCap = SKStrokeCap.Round;
                using var effect = SKPathEffect.CreateDash([0.01f, 3f], 0);
                paint.PathEffect = effect;
                canvas.DrawLine(x0, y, x1, y, paint);
            }
            else
            {
                canvas.DrawLine(x0, y, x1, y, paint);
            }
        }
    }

    private static string Hex(SKColor color) => $"#{color.Red:X2}{color.Green:X2}{color.Blue:X2}";
}
