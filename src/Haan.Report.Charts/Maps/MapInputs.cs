using NetTopologySuite.Geometries;
using SkiaSharp;

namespace Haan.Report.Charts;

/// <summary>
/// One area of a map (a Sozialraum, a town). The geometry is a NetTopologySuite Polygon or MultiPolygon in
/// ETRS89 / UTM32N (EPSG:25832, metres); holes and several parts are drawn correctly (even-odd fill).
/// </summary>
/// <param name="Key">Stable identifier (e.g. Sozialraum number or AGS).</param>
/// <param name="Label">Name shown on the map.</param>
/// <param name="Value">Indicator value, or null if missing.</param>
/// <param name="Suppressed">Value is kept secret: the area is hatched and no number is shown.</param>
public sealed record MapArea(string Key, string Label, Geometry Geometry, double? Value, bool Suppressed = false);

/// <summary>Marker shapes for point overlays.</summary>
public enum MarkerShape
{
    Circle,
    Square,
    Triangle,
    Diamond,
    Cross,
}

/// <summary>A point (facility) on a map, in EPSG:25832 metres.</summary>
/// <param name="Category">Facility type, e.g. „Kita“, „Grundschule“; one symbol per category.</param>
public sealed record MapPoint(string Label, string Category, double X, double Y);

/// <summary>
/// How a facility category is drawn. Categories without a symbol get one automatically (Okabe–Ito colours and
/// shapes in order of first appearance).
/// </summary>
public sealed record PointSymbol(string Category, MarkerShape Shape, SKColor Color);

/// <summary>One cell of a population grid (e.g. 100 m × 100 m), lower-left corner and size in metres.</summary>
public sealed record GridCell(double X, double Y, double Size, double Value);
