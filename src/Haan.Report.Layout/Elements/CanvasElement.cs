using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>
/// A drawing area of fixed height (and the available or a fixed width) whose content is drawn by a callback,
/// e.g. a ScottPlot chart rendering vector graphics straight onto the page. The callback gets a canvas translated
/// to the area's top-left corner and clipped to it, plus the area's size in pt. It is not called during layout passes
/// that draw nothing.
/// </summary>
public sealed class CanvasElement(float height, Action<SKCanvas, SKSize> draw) : Element
{
    private bool done;

    public float Height { get; } = height;

    /// <summary>True once drawn in the current pass.</summary>
    internal bool Done => done;

    /// <summary>
    /// Smallest height in pt the drawing may shrink to when the page has less room than <see cref="Height"/> (for charts
    /// that redraw at any size); null = always <see cref="Height"/>.
    /// </summary>
    public float? MinHeight { get; init; }

    /// <summary>Fixed width in pt; null = full available width.</summary>
    public float? Width { get; init; }

    /// <summary>Name used in error messages (e.g. "Abbildung 12").</summary>
    public string? Name { get; init; }

    /// <summary>
    /// Alternative text: the drawing becomes a Figure with this /Alt in the tagged PDF. Without one the drawing is
    /// treated as decoration (an artifact).
    /// </summary>
    public string? AltText { get; init; }

    internal override StructureRole DefaultRole => AltText is null ? StructureRole.None : StructureRole.Figure;

    internal override StructureInfo? Structure => base.Structure is { } info ? info with { AlternativeText = AltText } : null;

    internal override string? PathLabel => Name is null ? "Zeichenfläche" : $"Abbildung '{Name}'";

    internal override void ResetState() => done = false;

    /// <summary>The height drawn in the offered height: <see cref="Height"/>, or less down to <see cref="MinHeight"/>.</summary>
    private float HeightIn(float availableHeight) => MinHeight is null ? Height : Math.Clamp(availableHeight, Math.Min(MinHeight.Value, Height), Height);

    internal override SpacePlan Measure(LayoutContext context, SKSize available)
    {
        if (done)
        {
            return SpacePlan.Empty;
        }

        var smallest = Math.Min(MinHeight ?? Height, Height);
        if (smallest > available.Height + 0.001f)
        {
            context.ReportNoFit(this, PathLabel!, Height, available.Height);
            return SpacePlan.Wrap;
        }

        return SpacePlan.Full(Width ?? available.Width, HeightIn(available.Height));
    }

    internal override void DrawContent(LayoutContext context, SKSize available)
    {
        done = true;
        var size = new SKSize(Math.Min(Width ?? available.Width, available.Width), HeightIn(available.Height));
        context.RecordDump("canvas", new SKRect(0, 0, size.Width, size.Height), Name);
        context.MarkDrawn();
        if (context.Surface is null)
        {
            context.Recorder?.Start(this, size, draw);
        }

        if (context.Surface is { } surface)
        {
            var decorative = Structure is null;
            if (decorative)
            {
                surface.BeginArtifact(pagination: false);
            }

            var bounds = context.Absolute(new SKRect(0, 0, size.Width, size.Height));
            if (context.Recorder is { } recorder)
            {
                recorder.Play(this, size, draw, d => surface.DrawVector(bounds, d));
            }
            else
            {
                surface.DrawVector(bounds, draw);
            }
            if (decorative)
            {
                surface.EndArtifact();
            }
        }
    }
}
