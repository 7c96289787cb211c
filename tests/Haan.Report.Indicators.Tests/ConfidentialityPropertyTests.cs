using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Counts;
using Haan.Report.Indicators.Engine;
using Xunit;

namespace Haan.Report.Indicators.Tests;

/// <summary>
/// Attacker test: random small counts, everything the report publishes (values, numerators, changes, deviations for
/// every Sozialraum, the town and two years) becomes a linear equation over the atomic counts; each suppressed cell and
/// each small atomic count must stay outside the span of those equations. The span check is an independent exact
/// implementation over the prime field GF(1 000 000 007): every rational recovery is also a recovery modulo p, so the
/// check cannot miss one.
/// </summary>
public sealed class ConfidentialityPropertyTests
{
    private const long P = 1_000_000_007;
    internal const int AreaCount = 7;
    internal static readonly int[] Years = [2022, 2023];

    // Atomic variables: ELB men, ELB women, NEF, unemployed SGB II, unemployed SGB III, Grundsicherung (hidden in "ms").
    internal static readonly string[] Atoms = ["elb[m]", "elb[w]", "nef", "al_sgb2", "al_sgb3", "gsi"];
    internal static readonly int[] AtomMin = [3, 3, 3, 3, 3, 5];

    // Published indicators: id → (atoms of the numerator, denominator key).
    internal static readonly (string Id, int[] Atoms, string Denominator)[] Indicators =
    [
        ("qm", [0], "bev[15-RA,m]"),
        ("qw", [1], "bev[15-RA,w]"),
        ("q", [0, 1], "bev[15-RA]"),
        ("lb", [0, 1, 2], "bev"),
        ("nq", [2], "bev[0-15]"),
        ("a2", [3], "bev[15-65]"),
        ("a3", [4], "bev[15-65]"),
        ("a", [3, 4], "bev[15-65]"),
        ("ms", [0, 1, 2, 5], "bev"),
    ];

    internal static IndicatorCatalogue TestCatalogue() => IndicatorCatalogue.Parse(
        CatalogueTests.Header + "\n" + string.Join("\n",
            CatalogueTests.Line("qm", "Quote", "%", "elb[m]", "bev[15-RA,m]", minCount: 3),
            CatalogueTests.Line("qw", "Quote", "%", "elb[w]", "bev[15-RA,w]", minCount: 3),
            CatalogueTests.Line("q", "Quote", "%", "elb", "bev[15-RA]", minCount: 3),
            CatalogueTests.Line("lb", "Quote", "%", "sgb2_lb", "bev", minCount: 3),
            CatalogueTests.Line("nq", "Quote", "%", "nef", "bev[0-15]", minCount: 3),
            CatalogueTests.Line("a2", "Quote", "%", "al_sgb2", "bev[15-65]", minCount: 3),
            CatalogueTests.Line("a3", "Quote", "%", "al_sgb3", "bev[15-65]", minCount: 3),
            CatalogueTests.Line("a", "Quote", "%", "al_sgb2 + al_sgb3", "bev[15-65]", minCount: 3),
            CatalogueTests.Line("ms", "Quote", "%", "sgb2_lb + gsi", "bev", minCount: 5),
            CatalogueTests.Line("idx", "Komposit", "Index", "lb + nq + a2", "", decimals: 1)),
        "geheimhaltung-test.csv");

    /// <summary>Builds the source from data[year][atom][area].</summary>
    internal static ICountSource Source(int[] data) => new GeneratedCounts(
        [
            new CountRelation(FixtureCounts.K("elb"), [FixtureCounts.K("elb[m]"), FixtureCounts.K("elb[w]")], false),
            new CountRelation(FixtureCounts.K("sgb2_lb"), [FixtureCounts.K("elb"), FixtureCounts.K("nef")], false),
        ],
        (y, atom, area) => data[(((y * Atoms.Length) + atom) * AreaCount) + area]);

    /// <summary>Fixed population denominators (large enough for full reliability).</summary>
    private static long DenominatorValue(string key, int area, int year) => 200 + (37 * area) + ((year - 2022) * 11) + key.Length;

    [Property(MaxTest = 40, QuietOnSuccess = true, Replay = "(20261202,41)")]
    public Property No_suppressed_cell_can_be_recovered_by_linear_combination()
    {
        var gen = Gen.Frequency(
                (5, Gen.Choose(0, 4)),
                (3, Gen.Choose(5, 12)),
                (1, Gen.Choose(13, 60)))
            .ArrayOf(Years.Length * Atoms.Length * AreaCount);
        return Prop.ForAll(Arb.From(gen), data => Attack(data));
    }

    [Fact]
    public void A_single_small_cell_gets_a_secondary_partner_and_is_not_recoverable()
    {
        var data = Enumerable.Repeat(20, Years.Length * Atoms.Length * AreaCount).ToArray();
        data[(((1 * Atoms.Length) + 0) * AreaCount) + 2] = 2; // 2023, ELB men, SR03
        var results = Attack(data);
        var primary = results.Get("qm", "SR03", 2023);
        Assert.Equal(CellStatus.Suppressed, primary.Status);
        Assert.Null(primary.Value);
        Assert.Null(primary.Numerator);
        Assert.Equal(".", primary.Display);
        Assert.Contains(results.Audit, e => e is { Subject: "elb[m]", AreaId: "SR03", Year: 2023, Kind: Confidentiality.SuppressionKind.Primary });
        Assert.Contains(results.Audit, e => e.Kind == Confidentiality.SuppressionKind.Secondary && e.Year == 2023);
        Assert.DoesNotContain(results.Audit, e => e.Year == 2022);
        Assert.Null(primary.Change1);
        Assert.Null(results.Get("qm", "SR03", 2023).DeviationFromTown);
        Assert.Equal(CellStatus.Published, results.Get("qm", Area.TownId, 2023).Status);

        // At least two suppressed Sozialraum cells in the ELB-men row of 2023, and the SR03 sex split is broken.
        Assert.True(FixtureCounts.SevenAreas.Count(a => results.Get("qm", a.Id, 2023).Status.IsSuppressed()) >= 2);
        Assert.True(results.Get("qw", "SR03", 2023).Status.IsSuppressed() || results.Get("q", "SR03", 2023).Status.IsSuppressed());

        Assert.Equal(4, results.Audit.Count(e => e.Kind != Confidentiality.SuppressionKind.Inherited)); // a 2 × 2 pattern suffices
        // Published cells keep their counts; the composite inherits suppression from its input "lb".
        Assert.Contains(FixtureCounts.SevenAreas, a => results.Get("qm", a.Id, 2023) is { Status: CellStatus.Published, Numerator: 20 });
        var lb = results.Get("lb", "SR03", 2023);
        Assert.Equal(lb.Status.IsSuppressed(), results.Get("idx", "SR03", 2023).Status.IsSuppressed());
    }

    [Fact]
    public void A_small_hidden_component_of_a_published_sum_is_protected()
    {
        var data = Enumerable.Repeat(20, Years.Length * Atoms.Length * AreaCount).ToArray();
        data[(((0 * Atoms.Length) + 5) * AreaCount) + 4] = 1; // 2022, Grundsicherung (only inside "ms"), SR05
        var results = Attack(data);
        // Either the sum or its published part must be suppressed, otherwise the difference reveals the component.
        Assert.True(results.Get("ms", "SR05", 2022).Status.IsSuppressed() || results.Get("lb", "SR05", 2022).Status.IsSuppressed());
        Assert.Contains(results.Audit, e => e is { Subject: "gsi", AreaId: "SR05", Year: 2022, Kind: Confidentiality.SuppressionKind.Primary });
    }

    private static IndicatorResults Attack(int[] data)
    {
        var results = IndicatorEngine.Compute(TestCatalogue(), Source(data), Years);
        int AtomIndex(int y, int atom, int area) => (((y * Atoms.Length) + atom) * AreaCount) + area;
        var dimension = Years.Length * Atoms.Length * AreaCount;

        // Linear form of an indicator's numerator (area index AreaCount = town), scaled by a factor mod p.
        long[] Form(string id, int area, int yearIndex, long scale)
        {
            var row = new long[dimension];
            var atoms = Indicators.First(i => i.Id == id).Atoms;
            foreach (var atom in atoms)
            {
                for (var a = 0; a < AreaCount; a++)
                {
                    if (area == AreaCount || area == a)
                    {
                        row[AtomIndex(yearIndex, atom, a)] = (row[AtomIndex(yearIndex, atom, a)] + scale) % P;
                    }
                }
            }

            return row;
        }

        long InverseDenominator(string id, int area, int yearIndex)
        {
            var key = Indicators.First(i => i.Id == id).Denominator;
            return Pow(DenominatorOf(key, area, yearIndex), P - 2);
        }

        long DenominatorOf(string key, int area, int yearIndex) => area == AreaCount
            ? Enumerable.Range(0, AreaCount).Sum(a => DenominatorValue(key, a, Years[yearIndex]))
            : DenominatorValue(key, area, Years[yearIndex]);

        long[] Add(long[] x, long[] y) => x.Zip(y, (u, v) => (u + v) % P).ToArray();

        var published = new List<long[]>();
        var secret = new List<(string What, long[] Form)>();
        foreach (var (id, _, _) in Indicators)
        {
            for (var y = 0; y < Years.Length; y++)
            {
                for (var area = 0; area <= AreaCount; area++)
                {
                    var areaId = area == AreaCount ? Area.TownId : FixtureCounts.SevenAreas[area].Id;
                    var cell = results.Get(id, areaId, Years[y]);
                    if (cell.Status.HasValue() || cell.Numerator is not null)
                    {
                        published.Add(Form(id, area, y, 1));
                    }
                    else if (cell.Status.IsSuppressed())
                    {
                        secret.Add(($"{id}/{areaId}/{Years[y]}", Form(id, area, y, 1)));
                    }

                    if (cell.Value is not null)
                    {
                        var expectedNumerator = Indicators.First(i => i.Id == id).Atoms
                            .Sum(atom => area == AreaCount ? Enumerable.Range(0, AreaCount).Sum(a => data[AtomIndex(y, atom, a)]) : data[AtomIndex(y, atom, area)]);
                        Assert.False(expectedNumerator is >= 1 && expectedNumerator < (id == "ms" ? 5 : 3), $"primary cell published: {id}/{areaId}/{Years[y]}");
                    }

                    // Derived values published as equations: change against the previous year and deviation from the town.
                    if (cell.Change1 is not null)
                    {
                        published.Add(Add(Form(id, area, y, InverseDenominator(id, area, y)), Form(id, area, y - 1, P - InverseDenominator(id, area, y - 1))));
                    }

                    if (cell.DeviationFromTown is not null && area != AreaCount)
                    {
                        published.Add(Add(Form(id, area, y, InverseDenominator(id, area, y)), Form(id, AreaCount, y, P - InverseDenominator(id, AreaCount, y))));
                    }
                }
            }
        }

        // The composite "idx" = 100/3 × Σ_k rate_k(area) / rate_k(town) is linear in the area's numerators once the town
        // values are known: coefficient of component k = 100 × D_town / (3 × N_town × d_area).
        for (var y = 0; y < Years.Length; y++)
        {
            for (var area = 0; area < AreaCount; area++)
            {
                var cell = results.Get("idx", FixtureCounts.SevenAreas[area].Id, Years[y]);
                if (cell.Value is null)
                {
                    continue;
                }

                var row = new long[dimension];
                foreach (var component in new[] { "lb", "nq", "a2" })
                {
                    var key = Indicators.First(i => i.Id == component).Denominator;
                    var townNumerator = (long)results.Get(component, Area.TownId, Years[y]).Numerator!.Value;
                    var coefficient = 100 * DenominatorOf(key, AreaCount, y) % P
                        * Pow(3 * townNumerator % P * DenominatorOf(key, area, y) % P, P - 2) % P;
                    row = Add(row, Form(component, area, y, coefficient));
                }

                published.Add(row);
            }
        }

        for (var y = 0; y < Years.Length; y++)
        {
            for (var atom = 0; atom < Atoms.Length; atom++)
            {
                for (var a = 0; a < AreaCount; a++)
                {
                    var v = data[AtomIndex(y, atom, a)];
                    if (v >= 1 && v < AtomMin[atom])
                    {
                        var row = new long[dimension];
                        row[AtomIndex(y, atom, a)] = 1;
                        secret.Add(($"{Atoms[atom]}/SR0{a + 1}/{Years[y]}", row));
                    }
                }
            }
        }

        var basis = new ModularSpan(dimension);
        foreach (var row in published)
        {
            basis.Add(row);
        }

        foreach (var (what, form) in secret)
        {
            Assert.False(basis.Contains(form), "recoverable: " + what);
        }

        return results;
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

    private sealed class ModularSpan(int dimension)
    {
        private readonly List<(int Pivot, long[] Row)> rows = [];

        public void Add(long[] row)
        {
            var r = Reduce(row);
            var pivot = Array.FindIndex(r, v => v != 0);
            if (pivot < 0) { return; }
            var inv = Pow(r[pivot], P - 2);
            for (var j = 0; j < dimension; j++) { r[j] = r[j] * inv % P; }
            rows.Add((pivot, r));
        }

        public bool Contains(long[] row) => Reduce(row).All(v => v == 0);

        private long[] Reduce(long[] row)
        {
            var r = (long[])row.Clone();
            foreach (var (pivot, b) in rows)
            {
                var f = r[pivot];
                if (f == 0) { continue; }
                for (var j = 0; j < dimension; j++) { r[j] = ((r[j] - (f * b[j] % P)) % P + P) % P; }
            }

            return r;
        }
    }

    /// <summary>Count source over generated atoms; denominators are fixed.</summary>
    private sealed class GeneratedCounts(IReadOnlyList<CountRelation> relations, Func<int, int, int, double> at) : ICountSource
    {
        public IReadOnlyList<Area> Areas => FixtureCounts.SevenAreas;

        public IReadOnlyList<CountRelation> Relations => relations;

        public double? Get(CountKey key, string areaId, int year)
        {
            var area = int.Parse(areaId.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture) - 1;
            var y = Array.IndexOf(Years, year);
            double A(int atom) => at(y, atom, area);
            return key.ToString() switch
            {
                "elb[m]" => A(0),
                "elb[w]" => A(1),
                "elb" => A(0) + A(1),
                "nef" => A(2),
                "sgb2_lb" => A(0) + A(1) + A(2),
                "al_sgb2" => A(3),
                "al_sgb3" => A(4),
                "gsi" => A(5),
                _ when key.Variable == "bev" => DenominatorValue(key.ToString(), area, year),
                _ => null,
            };
        }

        public IReadOnlyList<string> InputFiles(CountKey key) => ["test.csv"];
    }
}
