using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>Basic vector drawing (decoration: rules, backgrounds, borders — artifacts in the tagged PDF) that also writes the layout dump.</summary>
internal static class Painter
{
    public static void FillRect(LayoutContext context, SKRect rect, SKColor color)
    {
        context.RecordDump("fill", rect, Hex(color));
        context.MarkDrawn();
        context.Surface?.FillRect(context.Absolute(rect), color);
    }

    public static void StrokeRect(LayoutContext context, SKRect rect, SKColor color, float width)
    {
        context.RecordDump("border", rect, Hex(color));
        context.MarkDrawn();
        context.Surface?.StrokeRect(context.Absolute(rect), color, width);
    }

    public static void HorizontalLine(LayoutContext context, float x0, float x1, float y, SKColor color, float width, bool dotted = false)
    {
        context.RecordDump(dotted ? "leader" : "rule", new SKRect(x0, y, x1, y), dotted ? null : Hex(color));
        context.MarkDrawn();
        if (context.Surface is { } surface)
        {
            var o = context.Origin;
            surface.Line(new SKPoint(o.X + x0, o.Y + y), new SKPoint(o.X + x1, o.Y + y), color, width, dotted);
        }
    }

    private static string Hex(SKColor color) => $"#{color.Red:X2}{color.Green:X2}{color.Blue:X2}";
}
