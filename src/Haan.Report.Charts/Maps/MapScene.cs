using NetTopologySuite.Geometries;
using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>A filled polygon layer entry.</summary>
internal sealed record SceneArea(Geometry Geometry, SKColor Fill, bool Hatched, SKColor Border, float BorderWidth);

/// <summary>A text label at a map position (two lines at most).</summary>
internal sealed record SceneLabel(double X, double Y, string Title, string? Value, bool Bold = false);

/// <summary>A point symbol at a map position.</summary>
internal sealed record ScenePoint(double X, double Y, PointSymbol Symbol);

internal enum LegendSwatch
{
    Fill,
    Hatched,
    Marker,
    Outline,
    Buffer,
}

internal sealed record LegendEntry(string Label, LegendSwatch Swatch, SKColor Color, MarkerShape Shape = MarkerShape.Circle, string? Note = null);

internal sealed record LegendSection(string? Title, IReadOnlyList<LegendEntry> Entries, string? Subtitle = null);

/// <summary>Everything a map draws, in map coordinates (metres) — built by the specific map figures.</summary>
internal sealed record MapScene(
    Envelope Extent,
    IReadOnlyList<SceneArea> Areas,
    IReadOnlyList<SceneArea> Overlays,
    Geometry? Outline,
    IReadOnlyList<ScenePoint> Points,
    IReadOnlyList<SceneLabel> Labels,
    IReadOnlyList<LegendSection> Legend,
    string? Attribution,
    bool ScaleBar,
    bool NorthArrow);
