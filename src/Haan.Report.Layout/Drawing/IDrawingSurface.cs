using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>
/// The drawing seam of the layout engine. Elements draw content (shaped glyph runs, rectangles, rules, vector
/// figures, images, links, destinations) and structure (begin/end of a structure element, begin/end of an
/// artifact) through it; the tagged PDF writer and the Skia raster backend implement it. All coordinates are in
/// pt on the page, origin top left, y downwards.
/// </summary>
internal interface IDrawingSurface
{
    void BeginPage(SKSize size);

    void EndPage();

    /// <summary>Glyphs of one face, size and colour at absolute positions (baseline points).</summary>
    void DrawGlyphs(FontFace face, float size, SKColor color, ReadOnlySpan<ushort> glyphs, ReadOnlySpan<SKPoint> positions);

    void FillRect(SKRect rect, SKColor color);

    void StrokeRect(SKRect rect, SKColor color, float width);

    void Line(SKPoint from, SKPoint to, SKColor color, float width, bool dotted);

    /// <summary>Vector drawing by a callback onto a Skia canvas whose origin is the top left of <paramref name="bounds"/>, clipped to it.</summary>
    void DrawVector(SKRect bounds, Action<SKCanvas, SKSize> draw);

    void DrawImage(SKRect bounds, SKImage image);

    /// <summary>A clickable area to a URL or to a named destination; <paramref name="contents"/> describes it (the link text).</summary>
    void Link(SKRect rect, string? url, string? anchorId, string contents);

    void Destination(string anchorId, SKPoint point);

    /// <summary>Starts (or, with a key already used on an earlier page, continues) a structure element inside the current one.</summary>
    void BeginStructure(object key, StructureInfo info);

    void EndStructure();

    /// <summary>Everything drawn until <see cref="EndArtifact"/> is an artifact (decoration, page furniture, repeated headers).</summary>
    void BeginArtifact(bool pagination);

    void EndArtifact();
}
