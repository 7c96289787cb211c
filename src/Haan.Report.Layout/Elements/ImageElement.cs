using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>A raster image (PNG/JPEG bytes) scaled to the available or a fixed width, keeping its aspect ratio.</summary>
public sealed class ImageElement : Element
{
    private readonly SKImage image;
    private bool done;

    public ImageElement(byte[] encoded, string? name = null)
    {
        Name = name;
        image = SKImage.FromEncodedData(encoded)
            ?? throw new LayoutException($"Bild kann nicht gelesen werden (kein PNG/JPEG?): {(name is null ? "ohne Namen" : $"'{name}'")}.");
    }

    public string? Name { get; }

    /// <summary>Alternative text: the image becomes a Figure with this /Alt in the tagged PDF; without one it is an artifact.</summary>
    public string? AltText { get; init; }

    internal override StructureRole DefaultRole => AltText is null ? StructureRole.None : StructureRole.Figure;

    internal override StructureInfo? Structure => base.Structure is { } info ? info with { AlternativeText = AltText } : null;

    /// <summary>Width in pt; null = full available width.</summary>
    public float? Width { get; init; }

    internal override string? PathLabel => Name is null ? "Bild" : $"Bild '{Name}'";

    internal override void ResetState() => done = false;

    private SKSize Size(float availableWidth)
    {
        var width = Math.Min(Width ?? availableWidth, availableWidth);
        return new SKSize(width, width * image.Height / image.Width);
    }

    internal override SpacePlan Measure(LayoutContext context, SKSize available)
    {
        if (done)
        {
            return SpacePlan.Empty;
        }

        var size = Size(available.Width);
        if (size.Height > available.Height + 0.001f)
        {
            context.ReportNoFit(this, PathLabel!, size.Height, available.Height);
            return SpacePlan.Wrap;
        }

        return SpacePlan.Full(size.Width, size.Height);
    }

    internal override void DrawContent(LayoutContext context, SKSize available)
    {
        done = true;
        var size = Size(available.Width);
        var rect = new SKRect(0, 0, size.Width, size.Height);
        context.RecordDump("image", rect, Name);
        context.MarkDrawn();
        if (context.Surface is { } surface)
        {
            var decorative = Structure is null;
            if (decorative)
            {
                surface.BeginArtifact(pagination: false);
            }

            surface.DrawImage(context.Absolute(rect), image);
            if (decorative)
            {
                surface.EndArtifact();
            }
        }
    }
}
