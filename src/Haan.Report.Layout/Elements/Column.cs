using System.Collections;
using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>Stacks children vertically with optional spacing. Pages break between children or inside a child that can split.</summary>
public sealed class Column : Element, IEnumerable<Element>
{
    private readonly List<Element> items = [];
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

    internal override void ResetState() => currentIndex = 0;

    internal override SpacePlan Measure(LayoutContext context, SKSize available)
    {
        float height = 0, width = 0;
        var drew = false;
        for (var i = currentIndex; i < items.Count; i++)
        {
            var gap = drew ? Math.Max(Spacing, items[i].SpaceBefore) : 0;
            var remaining = available.Height - height - gap;
            if (remaining < 0)
            {
                return SpacePlan.Partial(width, height);
            }

            var plan = MeasureItem(context, i, available.Width, remaining, drew);
            if (plan.IsEmpty)
            {
                continue;
            }

            if (plan.IsWrap)
            {
                return drew ? SpacePlan.Partial(width, height) : SpacePlan.Wrap;
            }

            height += gap + plan.Height;
            width = Math.Max(width, plan.Width);
            drew = true;
            if (plan.Kind == SpacePlanKind.Partial)
            {
                return SpacePlan.Partial(width, height);
            }
        }

        return drew ? SpacePlan.Full(width, height) : SpacePlan.Empty;
    }

    /// <summary>
    /// Measures item <paramref name="index"/>; an item that must stay with its successor (a heading) wraps if the
    /// successor would not start in the remaining space. Not applied to the first item placed, nor when the page
    /// loop forces content onto a fresh page, so it can never loop.
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
            if (nextPlan.IsEmpty)
            {
                continue;
            }

            return nextPlan.IsWrap ? SpacePlan.Wrap : plan;
        }

        return plan;
    }

    internal override void DrawContent(LayoutContext context, SKSize available)
    {
        float y = 0;
        var drew = false;
        while (currentIndex < items.Count)
        {
            var item = items[currentIndex];
            var gap = drew ? Math.Max(Spacing, item.SpaceBefore) : 0;
            var remaining = available.Height - y - gap;
            if (remaining < 0)
            {
                return;
            }

            var plan = MeasureItem(context, currentIndex, available.Width, remaining, drew);
            if (plan.IsEmpty)
            {
                currentIndex++;
                continue;
            }

            if (plan.IsWrap)
            {
                return;
            }

            y += gap;
            context.PushOffset(0, y);
            item.Draw(context, new SKSize(available.Width, plan.Height));
            context.PopOffset();
            y += plan.Height;
            drew = true;
            if (plan.Kind == SpacePlanKind.Partial)
            {
                return;
            }

            // Defensive: only move on when the item really has nothing left, so no content can ever be skipped.
            if (!item.Measure(context, new SKSize(available.Width, 0)).IsEmpty)
            {
                return;
            }

            currentIndex++;
        }
    }
}
