using System.Globalization;
using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Counts;

namespace Haan.Report.Indicators.Tests;

/// <summary>
/// Hand-made count source: per key one row of seven Sozialraum values for the base year and a yearly step
/// (value(year) = base + (year − baseYear) × step). Keys are written in catalogue notation.
/// </summary>
internal sealed class FixtureCounts : ICountSource
{
    public static readonly IReadOnlyList<Area> SevenAreas = Enumerable.Range(1, 7)
        .Select(i => new Area("SR0" + i.ToString(CultureInfo.InvariantCulture), "Sozialraum " + i.ToString(CultureInfo.InvariantCulture)))
        .ToList();

    private readonly Dictionary<string, (double[] Base, double Step)> rows = new(StringComparer.Ordinal);
    private readonly int baseYear;

    public FixtureCounts(int baseYear = 2023, IReadOnlyList<Area>? areas = null, IReadOnlyList<CountRelation>? relations = null)
    {
        this.baseYear = baseYear;
        Areas = areas ?? SevenAreas;
        Relations = relations ?? [];
    }

    public IReadOnlyList<Area> Areas { get; }

    /// <summary>The fixture's town (the engine names the town row after its count source).</summary>
    public string TownName => "Stadt Haan";

    public IReadOnlyList<CountRelation> Relations { get; }

    public FixtureCounts Row(string key, double step, params double[] values)
    {
        if (values.Length != Areas.Count)
        {
            throw new ArgumentException("one value per area expected", nameof(values));
        }

        rows[Normalise(key)] = (values, step);
        return this;
    }

    public double? Get(CountKey key, string areaId, int year)
    {
        if (!rows.TryGetValue(key.ToString(), out var row))
        {
            return null;
        }

        var index = Areas.Select((a, i) => (a, i)).First(x => x.a.Id == areaId).i;
        return row.Base[index] + ((year - baseYear) * row.Step);
    }

    public IReadOnlyList<string> InputFiles(CountKey key) => ["fixture-" + key.Variable + ".csv"];

    private static string Normalise(string key) =>
        CountKey.TryParse(key, out var error)?.ToString() ?? throw new ArgumentException(error, nameof(key));

    public static CountKey K(string key) => CountKey.TryParse(key, out var error) ?? throw new ArgumentException(error, nameof(key));

    /// <summary>The standard fixture used by the indicator tests (base year 2023, years 2019–2023).</summary>
    public static FixtureCounts Standard() =>
        new FixtureCounts(relations: [new CountRelation(K("elb"), [K("elb[m]"), K("elb[w]")], false)])
            .Row("bev", 20, 4000, 5000, 3000, 6000, 4500, 3500, 4000)
            .Row("bev[0-3]", 0, 120, 150, 60, 240, 90, 105, 80)
            .Row("bev[3-6]", 0, 100, 160, 90, 180, 135, 70, 120)
            .Row("bev[0-6]", 0, 220, 310, 150, 420, 225, 175, 200)
            .Row("bev[6-10]", 0, 160, 200, 120, 240, 180, 140, 160)
            .Row("bev[10-18]", 0, 320, 400, 240, 480, 360, 280, 320)
            .Row("bev[18-65]", 0, 2200, 2800, 1600, 3400, 2500, 1900, 2200)
            .Row("bev[65-]", 0, 1100, 1130, 890, 1460, 1240, 1105, 1120)
            .Row("bev[80-]", 0, 300, 250, 200, 350, 320, 280, 300)
            .Row("bev[0-20]", 0, 800, 1000, 500, 1200, 900, 600, 700)
            .Row("bev[20-65]", 0, 2000, 2500, 1500, 3000, 2000, 1750, 2000)
            .Row("bev[ausl]", 0, 400, 750, 150, 900, 360, 210, 320)
            .Row("hh_alleinerziehend", 0, 40, 60, 15, 90, 30, 21, 28)
            .Row("hh_kinder", 0, 400, 500, 300, 600, 300, 210, 280)
            .Row("hh", 0, 2000, 2500, 1500, 3000, 2250, 1750, 2000)
            .Row("zuzuege", 0, 200, 300, 120, 360, 180, 140, 160)
            .Row("fortzuege", 0, 180, 250, 150, 300, 180, 105, 200)
            .Row("sgb2_lb", 10, 300, 600, 90, 720, 270, 175, 200)
            .Row("bev[0-RA]", 0, 3000, 3900, 2200, 4600, 3400, 2500, 2900)
            .Row("elb", 0, 200, 400, 60, 480, 180, 120, 140)
            .Row("elb[m]", 0, 90, 190, 25, 230, 80, 55, 60)
            .Row("elb[w]", 0, 110, 210, 35, 250, 100, 65, 80)
            .Row("bev[15-RA]", 0, 2500, 3200, 1800, 3800, 2800, 2000, 2300)
            .Row("bev[15-RA,m]", 0, 1250, 1600, 900, 1900, 1400, 1000, 1150)
            .Row("bev[15-RA,w]", 0, 1250, 1600, 900, 1900, 1400, 1000, 1150)
            .Row("nef[0-15]", 0, 60, 120, 15, 150, 45, 35, 40)
            .Row("bev[0-15]", 0, 500, 600, 300, 750, 450, 350, 400)
            .Row("gsi_alter", 0, 33, 45, 9, 73, 31, 22, 28)
            .Row("bev[RA-]", 0, 1100, 1130, 890, 1460, 1240, 1105, 1120)
            .Row("gsi_em", 0, 10, 12, 6, 15, 8, 7, 9)
            .Row("hlu", 0, 5, 8, 3, 10, 6, 4, 5)
            .Row("asylblg", 0, 12, 20, 6, 40, 10, 8, 9)
            .Row("al_sgb2", 0, 60, 110, 20, 140, 50, 35, 40)
            .Row("al_sgb3", 0, 40, 50, 25, 60, 45, 30, 35)
            .Row("bev[15-65]", 0, 2400, 3100, 1750, 3700, 2700, 1950, 2250)
            .Row("wohngeld_hh", 0, 40, 75, 15, 90, 45, 28, 30)
            .Row("ladepunkte", 0, 4, 10, 0, 6, 9, 2, 3)
            .Row("kita_betreut[0-3]", 0, 36, 45, 15, 60, 30, 35, 24)
            .Row("kita_betreut[3-6]", 0, 95, 150, 85, 162, 130, 66, 114)
            .Row("kita_plaetze[0-3]", 0, 40, 30, 20, 90, 30, 21, 20)
            .Row("kita_plaetze[3-6]", 0, 100, 150, 90, 200, 120, 70, 100)
            .Row("spielplaetze", 0, 8, 9, 5, 12, 9, 6, 7)
            .Row("bev[0-18]", 0, 800, 1000, 500, 1200, 900, 600, 700)
            .Row("raster_spielplatz_400m[0-18]", 0, 640, 900, 300, 1080, 810, 420, 560)
            .Row("raster_bev[0-18]", 0, 800, 1000, 500, 1200, 900, 600, 700)
            .Row("raster_bus_500m[65-]", 0, 990, 1017, 445, 1314, 1116, 884, 1008)
            .Row("raster_beratung_500m[65-]", 0, 550, 904, 89, 1168, 620, 442, 560)
            .Row("raster_bev[65-]", 0, 1100, 1130, 890, 1460, 1240, 1105, 1120)
            .Row("versiegelt_ha", 0, 80, 150, 30, 180, 90, 50, 60)
            .Row("flaeche_ha", 0, 200, 300, 300, 400, 300, 500, 400);

    public static IReadOnlyList<int> Years { get; } = [2019, 2020, 2021, 2022, 2023];

    public static string CataloguePath
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "data", "indikatoren.csv")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? throw new FileNotFoundException("data/indikatoren.csv"), "data", "indikatoren.csv");
        }
    }
}
