using SkiaSharp;

namespace Haan.Report.Charts.Tests;

/// <summary>Locator maps show the whole town in grey with the profile's area highlighted (issue 15, item 5).</summary>
public sealed class LocatorMapTests
{
    private static int CountColour(byte[] png, SKColor colour)
    {
        using var bitmap = SKBitmap.Decode(png);
        var count = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var p = bitmap.GetPixel(x, y);
                if (Math.Abs(p.Red - colour.Red) <= 3 && Math.Abs(p.Green - colour.Green) <= 3 && Math.Abs(p.Blue - colour.Blue) <= 3)
                {
                    count++;
                }
            }
        }

        return count;
    }

    [Fact]
    public void The_whole_town_is_grey_even_when_only_the_area_and_its_neighbours_are_given()
    {
        var all = Fixtures.Areas;
        var highlight = all[4];
        var neighbours = all.Where(a => a.Key == highlight.Key || a.Geometry.Intersects(highlight.Geometry)).ToList();
        var onlyArea = all.Where(a => a.Key == highlight.Key).ToList();
        Assert.True(neighbours.Count < all.Count, "the test needs an area that does not touch every other area");

        byte[] Render(IReadOnlyList<MapArea> areas) =>
            new LocatorMapFigure(new LocatorMapSpec(areas, highlight.Key) { Outline = Fixtures.Haan, ShowLabel = false }, Fixtures.Style).RenderPng(60, 60, 150);

        var full = Render(all);
        var greyFull = CountColour(full, Palettes.Context);
        var highlighted = CountColour(full, Palettes.Highlight);
        Assert.True(greyFull > highlighted, $"grau {greyFull}, hervorgehoben {highlighted}");
        Assert.True(highlighted > 0);

        // The rest of the town is drawn once from the outline: as grey as with every area given (the white borders
        // between areas that are not drawn make it slightly greyer).
        foreach (var subset in new[] { neighbours, onlyArea })
        {
            var png = Render(subset);
            var grey = CountColour(png, Palettes.Context);
            Assert.InRange(grey, greyFull * 0.97, greyFull * 1.25);
            Assert.InRange(CountColour(png, Palettes.Highlight), highlighted * 0.9, highlighted * 1.1);
        }
    }
}
