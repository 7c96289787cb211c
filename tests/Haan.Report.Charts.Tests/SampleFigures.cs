using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Haan.Report.Charts.Tests;

/// <summary>One sample of every figure type (made-up values on real boundaries), used by snapshot tests.</summary>
internal static class SampleFigures
{
    private static readonly (string Name, Func<IFigure> Create, double WidthMm, double HeightMm)[] Catalogue =
    [
        ("bar_sgb2", () => Bar(), 160, 90),
        ("bar_classes", () => new BarChartFigure(
            new BarChartSpec(
                "Betreuungsquote unter 3 Jahren 2023",
                Fixtures.AreaNames.Take(6).Select((n, i) => new BarItem(n, new[] { 41.2, 36.5, 24.8, 33.0, 19.6, 31.4 }[i])).ToList(),
                ValueFormat.Percent1)
            { ReferenceLabel = "Stadt Haan", ReferenceValue = 31.0, ColorByReferenceClass = true, Scale = ColourScale.DivergingHighCool },
            Fixtures.Style), 160, 80),
        ("map_choropleth", () => Choropleth(), 160, 110),
        ("map_levels", () => new ChoroplethFigure(
            new ChoroplethSpec("Anteil 65 Jahre und älter 2023", Fixtures.AreasWithValues([27.0, 30.5, 22.0, 29.0, 19.0, 28.0, null]), ValueFormat.Percent1)
            {
                Classes = ClassBreaks.Sequential([20, 24, 28], ValueFormat.Percent1, "Anteil an der Bevölkerung"),
                Attribution = Fixtures.Attribution,
                Outline = Fixtures.Haan,
            },
            Fixtures.Style), 160, 110),
        ("map_locator", () => new LocatorMapFigure(new LocatorMapSpec(Fixtures.Areas, "5"), Fixtures.Style), 50, 50),
        ("map_reachability", () => Reachability(), 160, 110),
        ("map_kreis", () => Kreis(), 160, 110),
        ("timeseries", () => new TimeSeriesFigure(new TimeSeriesSpec("SGB II-Quote", SeriesSet(), ValueFormat.Percent1) { Highlight = "Unterhaan" }, Fixtures.Style), 160, 95),
        ("small_multiples", () => new SmallMultiplesFigure(
            new SmallMultiplesSpec("SGB II-Quote", SeriesSet().Where(s => !s.IsReference).ToList(), ValueFormat.Percent1) { Reference = SeriesSet().Single(s => s.IsReference) },
            Fixtures.Style), 160, 90),
        ("bar_multiples", () => new BarSmallMultiplesFigure(
            new BarSmallMultiplesSpec(
                "Indikatoren 2023",
                [
                    Bar().Spec,
                    new BarChartSpec("Kinderarmut (NEF-Quote u15)", Fixtures.AreaNames.Select((n, i) => new BarItem(n, new double?[] { 8.0, 12.9, 17.1, 15.8, 27.4, 10.2, null }[i], i == 6)).ToList(), ValueFormat.Percent1) { ReferenceLabel = "Stadt Haan", ReferenceValue = 13.8 },
                    new BarChartSpec("Altenquotient", Fixtures.AreaNames.Select((n, i) => new BarItem(n, new double?[] { 38.2, 45.1, 31.0, 41.7, 28.3, 40.2, 35.0 }[i])).ToList(), ValueFormat.Decimal1) { ReferenceLabel = "Stadt Haan", ReferenceValue = 38.6 },
                    new BarChartSpec("Ausländeranteil", Fixtures.AreaNames.Select((n, i) => new BarItem(n, new double?[] { 7.1, 6.4, 13.9, 10.2, 18.8, 8.3, 9.0 }[i])).ToList(), ValueFormat.Percent1) { ReferenceLabel = "Stadt Haan", ReferenceValue = 10.6 },
                ]),
            Fixtures.Style), 160, 120),
        ("pyramid", () => Pyramid(), 160, 100),
        ("stacked_age", () => Stacked(), 160, 95),
        ("scatter", () => Scatter(), 160, 100),
        ("status_matrix", () => Matrix(), 160, 90),
    ];

    public static IReadOnlyList<string> Names => Catalogue.Select(c => c.Name).ToList();

    public static (string Name, IFigure Figure, double WidthMm, double HeightMm) Get(string name)
    {
        var entry = Catalogue.Single(c => c.Name == name);
        return (entry.Name, entry.Create(), entry.WidthMm, entry.HeightMm);
    }

    public static BarChartFigure Bar() => new(
        new BarChartSpec(
            "SGB II-Quote 2023",
            Fixtures.Areas.Select((a, i) => new BarItem(a.Label, Fixtures.SgbIiQuote2023[i], Fixtures.Suppressed[i])).ToList(),
            ValueFormat.Percent1)
        { ReferenceLabel = "Stadt Haan", ReferenceValue = 7.9 },
        Fixtures.Style);

    public static ChoroplethFigure Choropleth() => new(
        new ChoroplethSpec("SGB II-Quote 2023", Fixtures.AreasWithValues(Fixtures.SgbIiQuote2023, Fixtures.Suppressed), ValueFormat.Percent1)
        {
            ReferenceLabel = "Stadt Haan",
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
                HighlightKey = "05158008",
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

    public static IReadOnlyList<Series> SeriesSet()
    {
        int[] years = [2019, 2020, 2021, 2022, 2023];
        var list = new List<Series> { new("Stadt Haan", years.Select((y, i) => new SeriesPoint(y, 7.1 + (i * 0.2))).ToList(), IsReference: true) };
        for (var a = 0; a < 7; a++)
        {
            var baseValue = Fixtures.SgbIiQuote2023[a] ?? 11.0;
            var slope = (a % 3) - 1 + (a == 4 ? 1.2 : 0);
            list.Add(new Series(a == 6 ? "Haan-Süd" : Fixtures.AreaNames[a], years.Select((y, i) => new SeriesPoint(y, Math.Round(baseValue - ((4 - i) * slope * 0.3), 1), Suppressed: a == 1 && y == 2021)).ToList()));
        }

        return list;
    }

    /// <summary>A pyramid as the report draws it: 18 equal 5-year groups (0–5 … 80–85, 85+).</summary>
    public static PyramidFigure Pyramid()
    {
        var groups = Enumerable.Range(0, 17).Select(i => $"{i * 5}–{(i + 1) * 5}").Append("85+").ToArray();
        double[] m = [2.4, 2.5, 2.6, 2.7, 2.9, 3.0, 3.1, 3.0, 3.1, 3.6, 4.1, 3.9, 3.3, 2.8, 2.4, 2.2, 1.5, 1.0];
        double[] w = [2.3, 2.4, 2.5, 2.6, 2.8, 3.0, 3.1, 3.1, 3.2, 3.7, 4.2, 4.0, 3.5, 3.0, 2.7, 2.6, 2.0, 1.9];
        double[] am = [2.9, 2.8, 2.7, 2.9, 3.3, 3.4, 3.2, 3.0, 2.9, 3.2, 3.6, 3.4, 2.9, 2.4, 2.0, 1.8, 1.2, 0.8];
        double[] aw = [2.8, 2.7, 2.6, 2.8, 3.2, 3.3, 3.2, 3.0, 3.0, 3.3, 3.7, 3.5, 3.1, 2.6, 2.3, 2.2, 1.7, 1.6];
        return new PyramidFigure(
            new PyramidSpec(
                "Haan-Ost",
                groups.Select((g, i) => new AgeGroupShare(g, am[i], aw[i])).ToList(),
                groups.Select((g, i) => new AgeGroupShare(g, m[i], w[i])).ToList())
            {
                ReferenceLabel = "Stadt Haan",
                BandYears = 5,
                Note = "Alter in Jahren; Gruppen zu je 5 Jahren, oberste: 85 und älter",
            },
            Fixtures.Style);
    }

    public static StackedBarFigure Stacked()
    {
        string[] segments = ["unter 18", "18–29", "30–49", "50–64", "65 und älter"];
        var rows = new List<StackedBarRow> { new("Stadt Haan", [16.0, 11.5, 23.5, 22.5, 26.5], IsReference: true) };
        double[][] shares =
        [
            [17.5, 9.5, 22.0, 24.0, 27.0], [14.0, 10.0, 21.0, 24.5, 30.5], [18.5, 13.0, 26.0, 20.5, 22.0],
            [15.0, 12.0, 23.0, 21.0, 29.0], [21.0, 14.5, 26.5, 19.0, 19.0], [15.5, 10.5, 22.5, 23.5, 28.0],
        ];
        for (var a = 0; a < 6; a++) rows.Add(new StackedBarRow(Fixtures.AreaNames[a], shares[a]));
        return new StackedBarFigure(new StackedBarSpec("Altersstruktur 2023", segments, rows), Fixtures.Style);
    }

    public static ScatterFigure Scatter()
    {
        double?[] kinder = [8.0, 12.9, 17.1, 15.8, 27.4, 10.2, null];
        var items = Fixtures.Areas.Select((a, i) => new ScatterItem(a.Label, Fixtures.SgbIiQuote2023[i], kinder[i], Fixtures.Suppressed[i])).ToList();
        return new ScatterFigure(
            new ScatterSpec("SGB II-Quote 2023", "Kinderarmut (NEF-Quote u15) 2023", items, ValueFormat.Percent1, ValueFormat.Percent1) { ReferenceLabel = "Stadt Haan", ReferenceX = 7.9, ReferenceY = 13.8 },
            Fixtures.Style);
    }

    /// <summary>A status × dynamics matrix as the report draws it (rows hoch … sehr niedrig, columns positiv … negativ).</summary>
    public static CategoryMatrixFigure Matrix() => new(
        new CategoryMatrixSpec("Status", ["hoch", "mittel", "niedrig", "sehr niedrig"], "Dynamik", ["positiv", "stabil", "negativ"],
        [
            new("Gruiten", 0, 1),
            new("Haan-Nord", 0, 0),
            new("Haan-West", 2, 1),
            new("Haan-Mitte", 1, 1),
            new("Haan-Ost", 3, 2),
            new("Unterhaan", 1, 2),
            new("Park", 1, 1),
        ])
        {
            Subject = "Sozialindex 2023",
            ItemHeading = "Sozialraum",
            ItemNoun = "Sozialräume",
            ColourKey = "Farbe: Handlungsbedarf von gering (blau) über mittel (grau) bis hoch (rot)",
            Finding = "besonderer Handlungsbedarf: Haan-Ost",
        },
        Fixtures.Style);

    private static double Frac(double v) => v - Math.Floor(v);
}
