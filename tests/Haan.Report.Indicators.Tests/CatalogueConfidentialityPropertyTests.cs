using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Haan.Report.Indicators.Adapter;
using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Counts;
using Haan.Report.Indicators.Engine;
using Xunit;

namespace Haan.Report.Indicators.Tests;

/// <summary>
/// The attack of <see cref="ConfidentialityPropertyTests"/> against the project catalogue (data/indikatoren.csv) with the
/// adapter's relations: random small case counts for every confidential count, everything published for two years.
/// The attacker's model of the data (which count is the sum of which) is written out here independently of the engine.
/// </summary>
public sealed class CatalogueConfidentialityPropertyTests
{
    private const long P = 1_000_000_007;
    private static readonly int[] Years = [2022, 2023];
    private static readonly Lazy<IndicatorCatalogue> Catalogue = new(() => IndicatorCatalogue.Load(FixtureCounts.CataloguePath));

    // Leaf counts (atoms). "nef_15plus" is the unpublished remainder of nef.
    private static readonly string[] Leaves =
    [
        "elb[m]", "elb[w]", "nef[0-15]", "nef_15plus", "gsi_alter", "gsi_em", "hlu", "asylblg", "al_sgb2", "al_sgb3",
        "wohngeld_hh", "kita_betreut[0-3]", "kita_betreut[3-6]", "hh_alleinerziehend",
    ];

    // How the attacker expands the counts that are sums.
    private static readonly Dictionary<string, string[]> Sums = new(StringComparer.Ordinal)
    {
        ["elb"] = ["elb[m]", "elb[w]"],
        ["nef"] = ["nef[0-15]", "nef_15plus"],
        ["sgb2_lb"] = ["elb[m]", "elb[w]", "nef[0-15]", "nef_15plus"],
    };

    private static int AreaCount => FixtureCounts.SevenAreas.Count;

    private static IEnumerable<string> Expand(CountKey key) =>
        Sums.TryGetValue(key.ToString(), out var parts) ? parts : Leaves.Contains(key.ToString()) ? [key.ToString()] : [];

    [Property(MaxTest = 15, QuietOnSuccess = true, Replay = "(20261202,15)")]
    public Property Project_catalogue_publishes_no_recoverable_cell()
    {
        var gen = Gen.Frequency((5, Gen.Choose(0, 5)), (3, Gen.Choose(6, 15)), (1, Gen.Choose(16, 80)))
            .ArrayOf(Years.Length * Leaves.Length * AreaCount);
        return Prop.ForAll(Arb.From(gen), data => Attack(data));
    }

    private static int AtomIndex(int y, int leaf, int area) => (((y * Leaves.Length) + leaf) * AreaCount) + area;

    private static void Attack(int[] data)
    {
        var catalogue = Catalogue.Value;
        var results = IndicatorEngine.Compute(catalogue, new RandomCounts(data), Years);
        var dimension = Years.Length * Leaves.Length * AreaCount;

        long[] Form(CountExpression expression, int area, int y, long scale)
        {
            var row = new long[dimension];
            foreach (var term in expression.Terms)
            {
                foreach (var leaf in Expand(term.Key))
                {
                    for (var a = 0; a < AreaCount; a++)
                    {
                        if (area == AreaCount || area == a)
                        {
                            var i = AtomIndex(y, Array.IndexOf(Leaves, leaf), a);
                            row[i] = (row[i] + (term.Sign > 0 ? scale : P - scale)) % P;
                        }
                    }
                }
            }

            return row;
        }

        long[] Add(long[] x, long[] z) => x.Zip(z, (u, v) => (u + v) % P).ToArray();

        var published = new List<long[]>();
        var secret = new List<(string What, long[] Form)>();
        var counted = catalogue.Indicators
            .Where(i => i.Kind != IndicatorKind.Composite && i.Numerator!.Terms.Any(t => Expand(t.Key).Any()))
            .ToList();
        foreach (var indicator in counted)
        {
            for (var y = 0; y < Years.Length; y++)
            {
                for (var area = 0; area <= AreaCount; area++)
                {
                    var areaId = area == AreaCount ? Area.TownId : FixtureCounts.SevenAreas[area].Id;
                    var cell = results.Get(indicator.Id, areaId, Years[y]);
                    if (cell.Status.HasValue() || cell.Numerator is not null)
                    {
                        published.Add(Form(indicator.Numerator!, area, y, 1));
                    }
                    else if (cell.Status.IsSuppressed())
                    {
                        secret.Add(($"{indicator.Id}/{areaId}/{Years[y]}", Form(indicator.Numerator!, area, y, 1)));
                    }

                    long Inverse(int yy, int aa)
                    {
                        var d = results.Get(indicator.Id, aa == AreaCount ? Area.TownId : FixtureCounts.SevenAreas[aa].Id, Years[yy]).Denominator
                            ?? throw new InvalidOperationException("published value without denominator");
                        return Pow((long)d % P, P - 2);
                    }

                    if (cell.Change1 is not null && indicator.Kind == IndicatorKind.Rate)
                    {
                        published.Add(Add(Form(indicator.Numerator!, area, y, Inverse(y, area)), Form(indicator.Numerator!, area, y - 1, P - Inverse(y - 1, area))));
                    }

                    if (cell.DeviationFromTown is not null && area != AreaCount && indicator.Kind == IndicatorKind.Rate)
                    {
                        published.Add(Add(Form(indicator.Numerator!, area, y, Inverse(y, area)), Form(indicator.Numerator!, AreaCount, y, P - Inverse(y, AreaCount))));
                    }
                }
            }
        }

        // Every small leaf count that some published numerator names directly must stay secret.
        for (var leaf = 0; leaf < Leaves.Length; leaf++)
        {
            var min = catalogue.Indicators
                .Where(i => i.MinCount > 0 && i.Numerator!.Terms.Any(t => t.Key.ToString() == Leaves[leaf]))
                .Select(i => i.MinCount)
                .DefaultIfEmpty(0)
                .Max();
            for (var y = 0; y < Years.Length; y++)
            {
                for (var a = 0; a < AreaCount; a++)
                {
                    var v = data[AtomIndex(y, leaf, a)];
                    if (v >= 1 && v < min)
                    {
                        var row = new long[dimension];
                        row[AtomIndex(y, leaf, a)] = 1;
                        secret.Add(($"{Leaves[leaf]}/SR0{a + 1}/{Years[y]}", row));
                    }
                }
            }
        }

        // The unpublished part of the Mindestsicherung (GSi bei Erwerbsminderung + HLU + AsylbLG) is a count, too.
        int[] residual = [Array.IndexOf(Leaves, "gsi_em"), Array.IndexOf(Leaves, "hlu"), Array.IndexOf(Leaves, "asylblg")];
        for (var y = 0; y < Years.Length; y++)
        {
            for (var a = 0; a < AreaCount; a++)
            {
                var v = residual.Sum(leaf => data[AtomIndex(y, leaf, a)]);
                if (v is >= 1 and < 5)
                {
                    var row = new long[dimension];
                    foreach (var leaf in residual)
                    {
                        row[AtomIndex(y, leaf, a)] = 1;
                    }

                    secret.Add(($"gsi_em + hlu + asylblg/SR0{a + 1}/{Years[y]}", row));
                }
            }
        }

        var span = new List<(int Pivot, long[] Row)>();
        long[] Reduce(long[] row)
        {
            var r = (long[])row.Clone();
            foreach (var (pivot, b) in span)
            {
                var f = r[pivot];
                if (f == 0) { continue; }
                for (var j = 0; j < dimension; j++) { r[j] = ((r[j] - (f * b[j] % P)) % P + P) % P; }
            }

            return r;
        }

        foreach (var row in published)
        {
            var r = Reduce(row);
            var pivot = Array.FindIndex(r, v => v != 0);
            if (pivot < 0) { continue; }
            var inv = Pow(r[pivot], P - 2);
            for (var j = 0; j < dimension; j++) { r[j] = r[j] * inv % P; }
            span.Add((pivot, r));
        }

        foreach (var (what, form) in secret)
        {
            Assert.False(Reduce(form).All(v => v == 0), "recoverable: " + what);
        }
    }

    private static long Pow(long b, long e)
    {
        long r = 1;
        b %= P;
        while (e > 0)
        {
            if ((e & 1) == 1) { r = r * b % P; }
            b = b * b % P;
            e >>= 1;
        }

        return r;
    }

    /// <summary>Random small case counts; every other count (populations, households, areas, facilities) is a fixed large number.</summary>
    private sealed class RandomCounts(int[] data) : ICountSource
    {
        public IReadOnlyList<Area> Areas => FixtureCounts.SevenAreas;

        public IReadOnlyList<CountRelation> Relations => DataSetCounts.KnownRelations;

        public double? Get(CountKey key, string areaId, int year)
        {
            var area = int.Parse(areaId.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture) - 1;
            var y = Array.IndexOf(Years, year);
            var parts = Expand(key).ToList();
            if (parts.Count > 0)
            {
                return parts.Sum(p => data[AtomIndex(y, Array.IndexOf(Leaves, p), area)]);
            }

            return 400 + (31 * area) + (7 * y) + key.ToString().Length;
        }

        public IReadOnlyList<string> InputFiles(CountKey key) => ["zufall.csv"];
    }
}
