using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>
/// Keeps its child on one page: if the child does not fit completely in the remaining space, it moves to the next
/// page. Content taller than a page body is split like normal content right where it is, instead of failing.
/// </summary>
public sealed class KeepTogether(Element child) : Element
{
    private bool started;

    public Element Child { get; } = child;

    internal override IEnumerable<Element> Children => [Child];

    internal override void ResetState() => started = false;

    internal override SpacePlan Measure(LayoutContext context, SKSize available)
    {
        var plan = Child.Measure(context, available);
        if (plan.Kind != SpacePlanKind.Partial || context.ForceFit || started)
        {
            // Once split, the rest continues like normal content.
            return plan;
        }

        // Content taller than a whole page body can never be kept together: split it here instead of leaving the
        // rest of this page empty. Otherwise move it to the next page.
        var onEmptyPage = Child.Measure(context, new SKSize(available.Width, context.BodyHeight));
        return onEmptyPage.Kind == SpacePlanKind.Partial ? plan : SpacePlan.Wrap;
    }

    internal override void DrawContent(LayoutContext context, SKSize available)
    {
        started = true;
        Child.Draw(context, available);
    }
}

/// <summary>Starts its child on the next page unless at least <see cref="MinHeight"/> pt are left (or the child fits completely).</summary>
public sealed class EnsureSpace(Element child, float minHeight) : Element
{
    public Element Child { get; } = child;

    public float MinHeight { get; } = minHeight;

    internal override IEnumerable<Element> Children => [Child];

    internal override SpacePlan Measure(LayoutContext context, SKSize available)
    {
        var plan = Child.Measure(context, available);
        return plan.Kind == SpacePlanKind.Partial && available.Height < MinHeight && !context.ForceFit ? SpacePlan.Wrap : plan;
    }

    internal override void DrawContent(LayoutContext context, SKSize available) => Child.Draw(context, available);
}

/// <summary>A named destination at the top of its child, target of internal links (e.g. a figure "abb-12").</summary>
public sealed class Anchor(string id, Element child) : Element
{
    private bool registered;

    public string Id { get; } = id;

    public Element Child { get; } = child;

    internal override IEnumerable<Element> Children => [Child];

    internal override void ResetState() => registered = false;

    internal override SpacePlan Measure(LayoutContext context, SKSize available)
    {
        var plan = Child.Measure(context, available);
        return plan.IsEmpty && !registered ? SpacePlan.Full(available.Width, 0) : plan; // empty content still registers the anchor
    }

    internal override void DrawContent(LayoutContext context, SKSize available)
    {
        if (!registered)
        {
            registered = true;
            context.RegisterAnchor(Id, 0, 0);
        }

        Child.Draw(context, available);
    }
}
