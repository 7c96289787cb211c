using SkiaSharp;

namespace Haan.Report.Charts.Tests;

public sealed class OverviewMapTests
{
    [Fact]
    public void Labels_every_area_and_describes_them_all()
    {
        var figure = new OverviewMapFigure(new OverviewMapSpec(Fixtures.Areas) { Outline = Fixtures.Haan }, Fixtures.Style);

        Assert.Equal(Fixtures.Areas.Select(a => a.Label), figure.LabelTexts);
        Assert.All(Fixtures.Areas, a => Assert.Contains(a.Label, figure.AltText, StringComparison.Ordinal));
        Assert.Empty(figure.LegendTexts);
    }

    [Fact]
    public void Neighbouring_areas_get_different_fills()
    {
        var figure = new OverviewMapFigure(new OverviewMapSpec(Fixtures.Areas), Fixtures.Style);
        using var bitmap = SKBitmap.Decode(figure.RenderPng(120, 120, 150));

        // The most frequent colour on a grid of points inside each area is its fill (labels and borders are rare).
        var colours = Fixtures.Areas.Select(area =>
        {
            var envelope = area.Geometry.EnvelopeInternal;
            var samples = new List<SKColor>();
            for (var i = 1; i < 20; i++)
            {
                for (var j = 1; j < 20; j++)
                {
                    var x = envelope.MinX + (envelope.Width * i / 20);
                    var y = envelope.MinY + (envelope.Height * j / 20);
                    if (area.Geometry.Contains(new NetTopologySuite.Geometries.Point(x, y)))
                    {
                        var p = figure.LastTransform!.ToCanvas(x, y);
                        samples.Add(bitmap.GetPixel((int)(p.X * 150 / 72), (int)(p.Y * 150 / 72)));
                    }
                }
            }

            return samples.GroupBy(c => c).OrderByDescending(g => g.Count()).First().Key;
        }).Distinct().Count();

        Assert.True(colours >= 5, $"only {colours} distinct fills");
    }
}
