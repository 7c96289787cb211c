using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>A child with optional background, border and inner padding (e.g. an info box). Spans the full width.</summary>
public sealed class Box(Element child) : Element
{
    public Element Child { get; } = child;

    public SKColor? Background { get; init; }

    public SKColor? BorderColor { get; init; }

    /// <summary>Border line width in pt (used when <see cref="BorderColor"/> is set).</summary>
    public float BorderWidth { get; init; } = 0.75f;

    /// <summary>Inner padding in pt on all sides.</summary>
    public float Padding { get; init; }

    internal override IEnumerable<Element> Children => [Child];

    private float Inset => Padding + (BorderColor is null ? 0 : BorderWidth);

    internal override SpacePlan Measure(LayoutContext context, SKSize available)
    {
        var inner = new SKSize(available.Width - (2 * Inset), available.Height - (2 * Inset));
        if (inner.Height <= 0)
        {
            return Child.Measure(context, new SKSize(inner.Width, 0)).IsEmpty ? SpacePlan.Empty : SpacePlan.Wrap;
        }

        var plan = Child.Measure(context, inner);
        return plan.Draws ? plan with { Width = available.Width, Height = plan.Height + (2 * Inset) } : plan;
    }

    internal override void DrawContent(LayoutContext context, SKSize available)
    {
        var inner = new SKSize(available.Width - (2 * Inset), available.Height - (2 * Inset));
        var plan = Child.Measure(context, inner);
        var rect = new SKRect(0, 0, available.Width, plan.Height + (2 * Inset));
        if (Background is { } background)
        {
            Painter.FillRect(context, rect, background);
        }

        context.PushOffset(Inset, Inset);
        Child.Draw(context, inner);
        context.PopOffset();
        if (BorderColor is { } border)
        {
            var half = BorderWidth / 2;
            Painter.StrokeRect(context, new SKRect(half, half, rect.Right - half, rect.Bottom - half), border, BorderWidth);
        }
    }
}
