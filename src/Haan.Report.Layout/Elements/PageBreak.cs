using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>Ends the current page; following content starts on the next page. At the top of a page (nothing drawn yet) it does nothing.</summary>
public sealed class PageBreak : Element
{
    private bool done;

    internal override void ResetState() => done = false;

    internal override SpacePlan Measure(LayoutContext context, SKSize available)
        => done || context.PageFresh ? SpacePlan.Empty : SpacePlan.Partial(0, 0);

    internal override void DrawContent(LayoutContext context, SKSize available)
    {
        done = true;
        context.RecordDump("break", SKRect.Empty);
    }
}
