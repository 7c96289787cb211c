using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>A full-width horizontal line (e.g. a Markdown thematic break).</summary>
public sealed class HorizontalRule : Element
{
    private bool done;

    public float Thickness { get; init; } = 0.75f;

    public SKColor Color { get; init; } = new(0x9A, 0x9A, 0x9A);

    /// <summary>Space above and below the line in pt.</summary>
    public float Margin { get; init; } = 4f;

    private float Height => Thickness + (2 * Margin);

    internal override void ResetState() => done = false;

    internal override SpacePlan Measure(LayoutContext context, SKSize available)
    {
        if (done)
        {
            return SpacePlan.Empty;
        }

        return Height <= available.Height + 0.001f ? SpacePlan.Full(available.Width, Height) : SpacePlan.Wrap;
    }

    internal override void DrawContent(LayoutContext context, SKSize available)
    {
        done = true;
        Painter.HorizontalLine(context, 0, available.Width, Margin + (Thickness / 2), Color, Thickness);
    }
}
