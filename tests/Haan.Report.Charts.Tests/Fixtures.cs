using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Haan.Report.Charts.Tests;

/// <summary>Shared test inputs: the bundled fonts, real boundaries (EPSG:25832) and a made-up split of Haan.</summary>
internal static class Fixtures
{
    public static string RepoRoot { get; } = FindRepoRoot();

    private static readonly Lazy<ChartStyle> LazyStyle = new(() => ChartStyle.FromFontFolder(Path.Combine(RepoRoot, "templates", "fonts")));
    private static readonly Lazy<IReadOnlyList<(string Ags, string Name, Geometry Geometry)>> LazyTowns = new(LoadTowns);
    private static readonly Lazy<IReadOnlyList<MapArea>> LazyAreas = new(SplitHaan);

    public static ChartStyle Style => LazyStyle.Value;

    public static IReadOnlyList<(string Ags, string Name, Geometry Geometry)> Towns => LazyTowns.Value;

    public static Geometry Haan => Towns.Single(t => t.Ags == "05158008").Geometry;

    /// <summary>
    /// Seven test "Sozialräume" cut out of Haan's real boundary with half-planes: one with a hole
    /// (the „Park“ island cut out of it) and one made of two separate parts.
    /// </summary>
    public static IReadOnlyList<MapArea> Areas => LazyAreas.Value;

    public const string Attribution = "Geobasis: © IT.NRW, dl-de/zero-2-0; Sozialräume: Testdaten";

    public static readonly string[] AreaNames = ["Gruiten", "Haan-Nord", "Haan-West", "Haan-Mitte", "Haan-Ost", "Unterhaan", "Park"];

    public static readonly double?[] SgbIiQuote2023 = [5.1, 6.8, 9.6, 8.0, 14.2, 7.4, null];

    public static readonly bool[] Suppressed = [false, false, false, false, false, false, true];

    public static IReadOnlyList<MapArea> AreasWithValues(double?[] values, bool[]? suppressed = null) =>
        Areas.Select((a, i) => a with { Value = values[i], Suppressed = suppressed?[i] ?? false }).ToList();

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Haan.Report.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    private static IReadOnlyList<(string, string, Geometry)> LoadTowns()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "kreis_mettmann_gemeinden_dvg2_2023_epsg25832.geojson");
        var collection = JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(path), options)
            ?? throw new InvalidOperationException("No features.");
        return collection
            .Select(f => ((string)f.Attributes["AGS"], (string)f.Attributes["GN"], f.Geometry))
            .OrderBy(t => t.Item1, StringComparer.Ordinal)
            .ToList();
    }

    private static IReadOnlyList<MapArea> SplitHaan()
    {
        var haan = Haan;
        var env = haan.EnvelopeInternal;
        var f = haan.Factory;
        Geometry Box(double x0, double x1, double y0, double y1) =>
            f.ToGeometry(new Envelope(env.MinX + (x0 * env.Width), env.MinX + (x1 * env.Width), env.MinY + (y0 * env.Height), env.MinY + (y1 * env.Height)));

        // Horizontal and vertical half-plane cuts in fractions of Haan's bounding box.
        var north = haan.Intersection(Box(0, 1, 0.62, 1));          // Gruiten + Haan-Nord
        var south = haan.Difference(north);
        var gruiten = north.Intersection(Box(0.55, 1, 0, 1));
        var nord = north.Difference(gruiten);
        var west = south.Intersection(Box(0, 0.33, 0, 1));
        var rest = south.Difference(west);
        var ost = rest.Intersection(Box(0.66, 1, 0, 1));
        var middleBand = rest.Difference(ost);
        var unterhaan = middleBand.Intersection(Box(0, 1, 0, 0.3));
        var mitte = middleBand.Difference(unterhaan);

        // A park island inside Haan-Mitte → Haan-Mitte gets a hole.
        var c = mitte.InteriorPoint.Coordinate;
        var park = f.CreatePoint(c).Buffer(280, 16);
        mitte = mitte.Difference(park);

        // Haan-West becomes two separate parts: a detached piece of Unterhaan's south-east corner is added.
        var detached = unterhaan.Intersection(Box(0.8, 1, 0, 0.3));
        if (!detached.IsEmpty)
        {
            unterhaan = unterhaan.Difference(detached);
            west = west.Union(detached);
        }

        var geometries = new[] { gruiten, nord, west, mitte, ost, unterhaan, park };
        return geometries.Select((g, i) => new MapArea(
                (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                AreaNames[i],
                g,
                SgbIiQuote2023[i],
                Suppressed[i]))
            .ToList();
    }
}
