using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>Places children side by side: fixed widths in pt first, the rest shared by relative weights.</summary>
public sealed class Row : Element
{
    private readonly List<(float? Fixed, float Weight, Element Element)> items = [];

    /// <summary>Horizontal space between children in pt.</summary>
    public float Spacing { get; init; }

    internal override IEnumerable<Element> Children => items.Select(i => i.Element);

    /// <summary>Adds a child with a fixed width in pt.</summary>
    public Row Fixed(float width, Element element)
    {
        items.Add((width, 0, element));
        return this;
    }

    /// <summary>Adds a child that takes a share (weight) of the width left after fixed children.</summary>
    public Row Relative(float weight, Element element)
    {
        items.Add((null, weight, element));
        return this;
    }

    private float[] Widths(float available)
    {
        var fixedSum = items.Sum(i => i.Fixed ?? 0) + (Spacing * Math.Max(0, items.Count - 1));
        var weights = items.Sum(i => i.Fixed is null ? i.Weight : 0);
        var rest = Math.Max(0, available - fixedSum);
        return items.Select(i => i.Fixed ?? (weights > 0 ? rest * i.Weight / weights : 0)).ToArray();
    }

    internal override SpacePlan Measure(LayoutContext context, SKSize available)
    {
        var widths = Widths(available.Width);
        float height = 0;
        var partial = false;
        var any = false;
        for (var i = 0; i < items.Count; i++)
        {
            var plan = items[i].Element.Measure(context, new SKSize(widths[i], available.Height));
            if (plan.IsWrap)
            {
                return SpacePlan.Wrap;
            }

            if (plan.IsEmpty)
            {
                continue;
            }

            any = true;
            partial |= plan.Kind == SpacePlanKind.Partial;
            height = Math.Max(height, plan.Height);
        }

        if (!any)
        {
            return SpacePlan.Empty;
        }

        return partial ? SpacePlan.Partial(available.Width, height) : SpacePlan.Full(available.Width, height);
    }

    internal override void DrawContent(LayoutContext context, SKSize available)
    {
        var widths = Widths(available.Width);
        float x = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var size = new SKSize(widths[i], available.Height);
            if (items[i].Element.Measure(context, size).Draws)
            {
                context.PushOffset(x, 0);
                items[i].Element.Draw(context, size);
                context.PopOffset();
            }

            x += widths[i] + Spacing;
        }
    }
}
