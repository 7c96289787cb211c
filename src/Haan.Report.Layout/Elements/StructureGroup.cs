using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>
/// Adds a structure element around a child without changing its layout (e.g. the LBody of a list item, or a Note around
/// a hint box). Set <see cref="Element.Role"/>; without one it is transparent.
/// </summary>
public sealed class StructureGroup(Element child) : Element
{
    public Element Child { get; } = child;

    internal override IEnumerable<Element> Children => [Child];

    internal override float SpaceBefore => Child.SpaceBefore;

    internal override bool StaysWithNext => Child.StaysWithNext;

    internal override SpacePlan Measure(LayoutContext context, SKSize available) => Child.Measure(context, available);

    internal override void DrawContent(LayoutContext context, SKSize available) => Child.Draw(context, available);
}
