using System.Collections;
using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>Stacks children vertically with optional spacing. Pages break between children or inside a child that can split.</summary>
public sealed class Column : Element, IEnumerable<Element>
{
    private readonly List<Element> items = [];
    private readonly List<int> waiting = [];
    private int currentIndex;

    public Column()
    {
    }

    /// <summary>A column of the given children; combine with an object initializer for <see cref="Spacing"/>.</summary>
    public Column(params IEnumerable<Element> items)
    {
        this.items.AddRange(items);
    }

    /// <summary>Vertical space between children in pt.</summary>
    public float Spacing { get; init; }

    public IReadOnlyList<Element> Items => items;

    internal override IEnumerable<Element> Children => items;

    public void Add(Element element) => items.Add(element);

    /// <summary>Adds a paragraph with plain text.</summary>
    public void Add(string text) => items.Add(new Paragraph(text));

    public IEnumerator<Element> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal override void ResetState()
    {
        currentIndex = 0;
        waiting.Clear();
    }

    internal override SpacePlan Measure(LayoutContext context, SKSize available) => Flow(context, available, draw: false);

    internal override void DrawContent(LayoutContext context, SKSize available) => Flow(context, available, draw: true);

    /// <summary>
    /// Lays out (and with <paramref name="draw"/> draws) what fits: first the floats that waited for this page, then
    /// the children from the current one on. A <see cref="Float"/> that does not fit below content already on the
    /// page waits for the next page while the following children continue here; later floats wait behind it, and a
    /// heading or page break ends the page while floats wait, so they stay in their section. Measuring and drawing
    /// share this one routine, so the plan and the drawing can never disagree.
    /// </summary>
    private SpacePlan Flow(LayoutContext context, SKSize available, bool draw)
    {
        var queue = new List<int>(waiting);
        var index = currentIndex;
        float y = 0, width = 0;
        var drew = false;
        var stopped = false;

        // 1. Floats that waited for this page go to its top, in their order.
        while (queue.Count > 0 && !stopped)
        {
            var item = items[queue[0]];
            var gap = drew ? Math.Max(Spacing, item.SpaceBefore) : 0;
            var remaining = available.Height - y - gap;
            var plan = remaining < 0 ? SpacePlan.Wrap : item.Measure(context, new SKSize(available.Width, remaining));
            if (plan.IsEmpty)
            {
                queue.RemoveAt(0);
                continue;
            }

            if (plan.IsWrap)
            {
                stopped = true;
                break;
            }

            Place(context, item, available.Width, ref y, gap, plan, draw);
            width = Math.Max(width, plan.Width);
            drew = true;
            if (plan.Kind == SpacePlanKind.Partial || (draw && !item.Measure(context, new SKSize(available.Width, 0)).IsEmpty))
            {
                stopped = true;
                break;
            }

            queue.RemoveAt(0);
        }

        // 2. The children from the current one on.
        while (!stopped && index < items.Count)
        {
            var item = items[index];
            if (queue.Count > 0 && IsBarrier(item))
            {
                break;
            }

            if (queue.Count > 0 && item is Float)
            {
                queue.Add(index++);
                continue;
            }

            var gap = drew ? Math.Max(Spacing, item.SpaceBefore) : 0;
            var remaining = available.Height - y - gap;
            if (remaining < 0)
            {
                if (item is Float && drew)
                {
                    queue.Add(index++);
                    continue;
                }

                break;
            }

            var plan = MeasureItem(context, index, available.Width, remaining, drew);
            if (plan.IsEmpty)
            {
                index++;
                continue;
            }

            if (plan.IsWrap)
            {
                if (item is Float && drew && !context.ForceFit)
                {
                    queue.Add(index++);
                    continue;
                }

                if (!drew)
                {
                    return SpacePlan.Wrap;
                }

                break;
            }

            Place(context, item, available.Width, ref y, gap, plan, draw);
            width = Math.Max(width, plan.Width);
            drew = true;
            if (plan.Kind == SpacePlanKind.Partial)
            {
                stopped = true;
                break;
            }

            // Defensive: only move on when the item really has nothing left, so no content can ever be skipped.
            if (draw && !item.Measure(context, new SKSize(available.Width, 0)).IsEmpty)
            {
                stopped = true;
                break;
            }

            index++;
        }

        if (draw)
        {
            currentIndex = index;
            waiting.Clear();
            waiting.AddRange(queue);
        }

        if (!drew)
        {
            return queue.Count > 0 || index < items.Count ? SpacePlan.Wrap : SpacePlan.Empty;
        }

        return queue.Count > 0 || stopped || index < items.Count ? SpacePlan.Partial(width, y) : SpacePlan.Full(width, y);
    }

    private static void Place(LayoutContext context, Element item, float width, ref float y, float gap, SpacePlan plan, bool draw)
    {
        y += gap;
        if (draw)
        {
            context.PushOffset(0, y);
            item.Draw(context, new SKSize(width, plan.Height));
            context.PopOffset();
        }

        y += plan.Height;
    }

    /// <summary>Waiting floats may not pass a heading or a page break (they stay in their section).</summary>
    private static bool IsBarrier(Element item) => item switch
    {
        Heading or PageBreak => true,
        StructureGroup group => IsBarrier(group.Child),
        _ => false,
    };

    /// <summary>
    /// Measures item <paramref name="index"/>; an item that must stay with its successor (a heading) wraps if the
    /// successor would not start in the remaining space. A float that would not fit does not count as the successor
    /// (it will wait for the next page). Not applied to the first item placed, nor when the page loop forces content
    /// onto a fresh page, so it can never loop.
    /// </summary>
    private SpacePlan MeasureItem(LayoutContext context, int index, float width, float height, bool drew)
    {
        var item = items[index];
        var plan = item.Measure(context, new SKSize(width, height));
        if (!drew || context.ForceFit || !item.StaysWithNext || plan.Kind != SpacePlanKind.Full)
        {
            return plan;
        }

        for (var next = index + 1; next < items.Count; next++)
        {
            var nextGap = Math.Max(Spacing, items[next].SpaceBefore);
            var rest = height - plan.Height - nextGap;
            var nextPlan = rest < 0 ? SpacePlan.Wrap : items[next].Measure(context, new SKSize(width, rest));
            if (nextPlan.IsEmpty || (nextPlan.IsWrap && items[next] is Float))
            {
                continue;
            }

            return nextPlan.IsWrap ? SpacePlan.Wrap : plan;
        }

        return plan;
    }
}
