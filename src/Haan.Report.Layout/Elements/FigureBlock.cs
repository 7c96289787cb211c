using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>
/// A drawing with the blocks below it (caption, source line), laid out as one block: when the page has less room than
/// the drawing's full height, a drawing with <see cref="CanvasElement.MinHeight"/> shrinks so that the whole block
/// still fits, instead of leaving the rest of the page empty. Wrap it in <see cref="KeepTogether"/> or a
/// <see cref="Float"/> like any figure.
/// </summary>
public sealed class FigureBlock(CanvasElement drawing, Element below, float spacing = 3f) : Element
{
    public CanvasElement Drawing { get; } = drawing;

    public Element Below { get; } = below;

    public float Spacing { get; } = spacing;

    internal override IEnumerable<Element> Children => [Drawing, Below];

    internal override SpacePlan Measure(LayoutContext context, SKSize available)
    {
        if (!Drawing.Done)
        {
            var (belowHeight, fits) = BelowHeight(context, available.Width);
            var drawing = Drawing.Measure(context, new SKSize(available.Width, available.Height - belowHeight - Spacing));
            if (!fits || !drawing.Draws)
            {
                // Not even the smallest drawing fits with its caption: as a whole this block does not fit here.
                return SpacePlan.Wrap;
            }

            return SpacePlan.Full(available.Width, drawing.Height + Spacing + belowHeight);
        }

        return Below.Measure(context, available);
    }

    internal override void DrawContent(LayoutContext context, SKSize available)
    {
        if (!Drawing.Done)
        {
            var (belowHeight, _) = BelowHeight(context, available.Width);
            var plan = Drawing.Measure(context, new SKSize(available.Width, available.Height - belowHeight - Spacing));
            Drawing.Draw(context, new SKSize(available.Width, plan.Height));
            context.PushOffset(0, plan.Height + Spacing);
            Below.Draw(context, new SKSize(available.Width, available.Height - plan.Height - Spacing));
            context.PopOffset();
            return;
        }

        Below.Draw(context, available);
    }

    private (float Height, bool Fits) BelowHeight(LayoutContext context, float width)
    {
        var plan = Below.Measure(context, new SKSize(width, context.BodyHeight));
        return (plan.Height, plan.Kind is SpacePlanKind.Full or SpacePlanKind.Empty);
    }
}
