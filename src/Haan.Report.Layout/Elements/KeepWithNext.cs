using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>
/// Keeps its child on the same page as the start of the element that follows it in a <see cref="Column"/>
/// (e.g. a table caption above its table). Headings behave like this by themselves.
/// </summary>
public sealed class KeepWithNext(Element child) : Element
{
    public Element Child { get; } = child;

    internal override IEnumerable<Element> Children => [Child];

    internal override bool StaysWithNext => true;

    internal override SpacePlan Measure(LayoutContext context, SKSize available) => Child.Measure(context, available);

    internal override void DrawContent(LayoutContext context, SKSize available) => Child.Draw(context, available);
}
