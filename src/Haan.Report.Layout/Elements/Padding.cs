using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>Empty space around a child, in pt.</summary>
public sealed class Padding(Element child, float left, float top, float right, float bottom) : Element
{
    public Padding(Element child, float all)
        : this(child, all, all, all, all)
    {
    }

    public Padding(Element child, float horizontal, float vertical)
        : this(child, horizontal, vertical, horizontal, vertical)
    {
    }

    public Element Child { get; } = child;

    internal override IEnumerable<Element> Children => [Child];

    internal override SpacePlan Measure(LayoutContext context, SKSize available)
    {
        var inner = new SKSize(available.Width - left - right, available.Height - top - bottom);
        if (inner.Width < 0 || inner.Height < 0)
        {
            var plan0 = Child.Measure(context, new SKSize(Math.Max(0, inner.Width), 0));
            return plan0.IsEmpty ? SpacePlan.Empty : SpacePlan.Wrap;
        }

        var plan = Child.Measure(context, inner);
        return plan.Kind switch
        {
            SpacePlanKind.Empty or SpacePlanKind.Wrap => plan,
            _ => plan with { Width = plan.Width + left + right, Height = plan.Height + top + bottom },
        };
    }

    internal override void DrawContent(LayoutContext context, SKSize available)
    {
        context.PushOffset(left, top);
        Child.Draw(context, new SKSize(available.Width - left - right, available.Height - top - bottom));
        context.PopOffset();
    }
}
