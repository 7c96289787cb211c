using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>
/// A floating block (a figure with its caption) inside a <see cref="Column"/>: if it does not fit in the space left
/// on the page, the column continues with the text that follows and places the float at the top of the next page.
/// Floats keep their order, never move before the place where they stand in the column (so never before the text
/// that refers to them) and never past a heading or page break of the same column (they stay in their section).
/// Outside a column, or on an empty page, it behaves like its child.
/// </summary>
public sealed class Float(Element child) : Element
{
    public Element Child { get; } = child;

    internal override IEnumerable<Element> Children => [Child];

    internal override SpacePlan Measure(LayoutContext context, SKSize available) => Child.Measure(context, available);

    internal override void DrawContent(LayoutContext context, SKSize available) => Child.Draw(context, available);
}
