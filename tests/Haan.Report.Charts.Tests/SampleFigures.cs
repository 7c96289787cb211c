using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Haan.Report.Charts.Tests;

/// <summary>One sample of every figure type (made-up values on real boundaries), used by snapshot tests.</summary>
internal static class SampleFigures
{
    public static IReadOnlyList<string> Names => All().Select(f => f.Name).ToList();

    public static (string Name, IFigure Figure, double WidthMm, double HeightMm) Get(string name) => All().Single(f => f.Name == name);

    public static IEnumerable<(string Name, IFigure Figure, double WidthMm, double HeightMm)> All()
    {
        var style = Fixtures.Style;
        yield return ("bar_sgb2", Bar(), 160, 90);
        yield return ("map_choropleth", Choropleth(), 160, 110);
        yield return ("map_locator", new LocatorMapFigure(new LocatorMapSpec(Fixtures.Areas, "5") { ShowScaleBar = false }, style), 50, 50);
        yield return ("map_reachability", Reachability(), 160, 110);
        yield return ("map_kreis", Kreis(), 160, 110);
    }

    public static BarChartFigure Bar() => new(
        new BarChartSpec(
            "SGB II-Quote 2023",
            Fixtures.Areas.Select((a, i) => new BarItem(a.Label, Fixtures.SgbIiQuote2023[i], Fixtures.Suppressed[i])).ToList(),
            ValueFormat.Percent1)
        { ReferenceValue = 7.9 },
        Fixtures.Style);

    public static ChoroplethFigure Choropleth() => new(
        new ChoroplethSpec("SGB II-Quote 2023", Fixtures.AreasWithValues(Fixtures.SgbIiQuote2023, Fixtures.Suppressed), ValueFormat.Percent1)
        {
            ReferenceValue = 7.9,
            Attribution = Fixtures.Attribution,
            Outline = Fixtures.Haan,
            Facilities = Facilities(),
        },
        Fixtures.Style);

    public static ChoroplethFigure Kreis()
    {
        double[] quotes = [9.8, 8.1, 7.9, 10.4, 11.2, 7.2, 10.9, 13.6, 8.7, 12.9];
        var areas = Fixtures.Towns.Select((t, i) => new MapArea(t.Ags, t.Name, t.Geometry, quotes[i])).ToList();
        return new ChoroplethFigure(
            new ChoroplethSpec("SGB II-Quote 2023", areas, ValueFormat.Percent1)
            {
                ReferenceValue = 10.2,
                ReferenceLabel = "Kreis Mettmann",
                CategoryNoun = "Stadt",
                Attribution = "Geobasis: © IT.NRW, dl-de/zero-2-0; Werte: Testdaten",
            },
            Fixtures.Style);
    }

    public static IReadOnlyList<MapPoint> Facilities()
    {
        var env = Fixtures.Haan.EnvelopeInternal;
        var prepared = PreparedGeometryFactory.Prepare(Fixtures.Haan);
        var points = new List<MapPoint>();
        string[] categories = ["Kita", "Grundschule", "Jugendzentrum"];
        for (var i = 0; i < 40 && points.Count < 14; i++)
        {
            var x = env.MinX + (env.Width * Frac(i * 0.618034 + 0.1));
            var y = env.MinY + (env.Height * Frac(i * 0.414214 + 0.3));
            if (!prepared.Contains(new Point(x, y))) continue;
            var category = categories[points.Count % 3];
            points.Add(new MapPoint($"{category} {points.Count + 1}", category, x, y));
        }

        return points;
    }

    public static ReachabilityFigure Reachability()
    {
        var haan = Fixtures.Haan;
        var env = haan.EnvelopeInternal;
        var prepared = PreparedGeometryFactory.Prepare(haan);
        var cells = new List<GridCell>();
        (double X, double Y, double W)[] centres = [(0.35, 0.45, 60), (0.7, 0.35, 45), (0.75, 0.8, 35), (0.2, 0.25, 25)];
        for (var x = Math.Floor(env.MinX / 100) * 100; x < env.MaxX; x += 100)
        {
            for (var y = Math.Floor(env.MinY / 100) * 100; y < env.MaxY; y += 100)
            {
                if (!prepared.Contains(new Point(x + 50, y + 50))) continue;
                var fx = (x - env.MinX) / env.Width;
                var fy = (y - env.MinY) / env.Height;
                var v = centres.Sum(c => c.W * Math.Exp(-(((fx - c.X) * (fx - c.X)) + ((fy - c.Y) * (fy - c.Y))) / 0.012));
                var count = Math.Round(v * (0.6 + (0.4 * Frac((x * 0.0013) + (y * 0.0007)))));
                if (count >= 1) cells.Add(new GridCell(x, y, 100, count));
            }
        }

        var playgrounds = new List<MapPoint>();
        for (var i = 0; i < 60 && playgrounds.Count < 18; i++)
        {
            var x = env.MinX + (env.Width * Frac((i * 0.7548777) + 0.2));
            var y = env.MinY + (env.Height * Frac((i * 0.5698403) + 0.6));
            if (!prepared.Contains(new Point(x, y))) continue;
            playgrounds.Add(new MapPoint($"Spielplatz {playgrounds.Count + 1}", "Spielplatz", x, y));
        }

        return new ReachabilityFigure(
            new ReachabilitySpec("Spielplätze mit 400-m-Umkreis und Kinder unter 10 Jahren je Hektar", cells, playgrounds, "Kinder unter 10 Jahren je 100-m-Zelle", "Spielplatz")
            {
                Attribution = Fixtures.Attribution + "; Raster: Testdaten",
                Outline = haan,
                AreaBorders = Fixtures.Areas.Select(a => a.Geometry).ToList(),
            },
            Fixtures.Style);
    }

    private static double Frac(double v) => v - Math.Floor(v);
}
