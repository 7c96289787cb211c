using NetTopologySuite.Geometries;
using SkiaSharp;

namespace Haan.Report.Charts.Tests;

public sealed class MapGeometryTests
{
    private const int Dpi = 300;

    [Fact]
    public void Test_areas_have_a_hole_and_several_parts()
    {
        var mitte = Fixtures.Areas.Single(a => a.Label == "Haan-Mitte").Geometry;
        var west = Fixtures.Areas.Single(a => a.Label == "Haan-West").Geometry;
        Assert.Contains(Enumerable.Range(0, mitte.NumGeometries).Select(i => (Polygon)mitte.GetGeometryN(i)), p => p.NumInteriorRings > 0);
        Assert.True(west.NumGeometries >= 2);
        Assert.Equal(Fixtures.Haan.Area, Fixtures.Areas.Sum(a => a.Geometry.Area), 0.5);
    }

    /// <summary>
    /// Counts the pixels of each area's fill colour in a 300 dpi render: their shares must match the real area
    /// shares, and their absolute counts the map scale (so x and y are scaled alike and holes stay empty).
    /// </summary>
    [Fact]
    public void Filled_pixels_match_true_areas()
    {
        double?[] values = [1, 3, 5, 7, 9, null, null];
        bool[] suppressed = [false, false, false, false, false, false, true];
        var areas = Fixtures.AreasWithValues(values, suppressed);
        var classes = ClassBreaks.Sequential([2, 4, 6, 8], ValueFormat.Integer, "Test");
        var style = Fixtures.Style with { AreaBorderWidth = 0 };
        var figure = new ChoroplethFigure(
            new ChoroplethSpec("Test", areas, ValueFormat.Integer)
            {
                Classes = classes, ShowAreaLabels = false, ShowValueLabels = false, ShowOutline = false,
                ShowScaleBar = false, ShowNorthArrow = false,
            },
            style);

        using var bitmap = SKBitmap.Decode(figure.RenderPng(160, 110, Dpi));
        var transform = figure.LastTransform!;
        var pixelsPerMetre = transform.PointsPerMetre * Dpi / 72.0;

        var colors = new Dictionary<SKColor, string>();
        for (var i = 0; i < 5; i++) colors[classes.Classes[i].Color] = areas[i].Key;
        colors[Palettes.NoData] = areas[5].Key;
        var counts = colors.Values.ToDictionary(k => k, _ => 0);

        // Only inside the map frame (the legend has swatches of the same colours).
        var left = (int)(transform.MapRect.Left * Dpi / 72.0);
        var right = (int)(transform.MapRect.Right * Dpi / 72.0);
        var pixels = bitmap.Pixels;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = left; x < Math.Min(right, bitmap.Width); x++)
            {
                if (colors.TryGetValue(pixels[(y * bitmap.Width) + x], out var key)) counts[key]++;
            }
        }

        var totalPixels = counts.Values.Sum();
        var checkedAreas = areas.Take(6).ToList();
        var totalArea = checkedAreas.Sum(a => a.Geometry.Area);
        foreach (var area in checkedAreas)
        {
            var pixelShare = counts[area.Key] / (double)totalPixels;
            var areaShare = area.Geometry.Area / totalArea;
            Assert.InRange(pixelShare / areaShare, 0.97, 1.03);

            var expectedPixels = area.Geometry.Area * pixelsPerMetre * pixelsPerMetre;
            Assert.InRange(counts[area.Key] / expectedPixels, 0.97, 1.03);
        }
    }

    [Fact]
    public void Map_keeps_square_units()
    {
        var figure = SampleFigures.Choropleth();
        figure.RenderPng(160, 110, 72);
        var t = figure.LastTransform!;
        var env = Fixtures.Haan.EnvelopeInternal;
        var a = t.ToCanvas(env.MinX, env.MinY);
        var b = t.ToCanvas(env.MaxX, env.MaxY);
        var ratioOnPage = Math.Abs(b.X - a.X) / Math.Abs(b.Y - a.Y);
        Assert.Equal(env.Width / env.Height, ratioOnPage, 3);
        Assert.True(t.MapRect.Right <= 160 / 25.4 * 72 && t.MapRect.Bottom <= 110 / 25.4 * 72);
    }
}
