using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>Fixed vertical space. At a page break the remaining space is dropped rather than carried over.</summary>
public sealed class Spacer(float height) : Element
{
    private bool done;

    public float Height { get; } = height;

    internal override void ResetState() => done = false;

    internal override SpacePlan Measure(LayoutContext context, SKSize available)
    {
        if (done)
        {
            return SpacePlan.Empty;
        }

        return Height <= available.Height ? SpacePlan.Full(0, Height) : SpacePlan.Partial(0, Math.Max(0, available.Height));
    }

    internal override void DrawContent(LayoutContext context, SKSize available) => done = true;
}
