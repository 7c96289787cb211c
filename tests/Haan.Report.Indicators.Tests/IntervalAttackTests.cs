using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Google.OrTools.LinearSolver;
using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Confidentiality;
using Haan.Report.Indicators.Counts;
using Haan.Report.Indicators.Engine;
using Xunit;

namespace Haan.Report.Indicators.Tests;

/// <summary>
/// Interval attack: an attacker who has only the published values (every shown numerator of every indicator, area,
/// town and year — with the published denominators a shown rate gives its numerator — and, for a correction, the
/// values of the earlier version) writes each of them as a linear equation over the atomic counts (ELB men, ELB women,
/// NEF, unemployed, Grundsicherung …), adds non-negativity, and solves min and max of every secret with its own linear
/// program (GLOP). Promise: a small count (1 … minimum − 1) stays open from 0 up to at least
/// <see cref="CellSuppressor.ProtectionFactor"/> × the minimum count, and every suppressed numerator keeps an interval
/// at least that wide. The attacker's formulation (atoms) is independent of the suppressor's (keys and relations).
/// </summary>
public sealed class IntervalAttackTests
{
    private const int AreaCount = ConfidentialityPropertyTests.AreaCount;

    // The attacker also knows that no count exceeds its published population (every denominator here is above 200),
    // so every program is bounded. A bound at the box means "as large as the population allows".
    private const double Box = 200;
    private static readonly int[] Years = ConfidentialityPropertyTests.Years;
    private static readonly string[] Atoms = ConfidentialityPropertyTests.Atoms;
    private static readonly int[] AtomMin = ConfidentialityPropertyTests.AtomMin;
    private static readonly (string Id, int[] Atoms, string Denominator)[] Published = ConfidentialityPropertyTests.Indicators;

    private static Gen<int[]> SmallCounts => Gen.Frequency(
            (5, Gen.Choose(0, 4)),
            (3, Gen.Choose(5, 12)),
            (1, Gen.Choose(13, 60)))
        .ArrayOf(Years.Length * Atoms.Length * AreaCount);

    [Property(MaxTest = 25, QuietOnSuccess = true, Replay = "(2468101,1357911)")]
    public Property No_suppressed_cell_is_narrowed_below_the_promised_interval()
    {
        return Prop.ForAll(Arb.From(SmallCounts), data =>
        {
            var results = IndicatorEngine.Compute(ConfidentialityPropertyTests.TestCatalogue(), ConfidentialityPropertyTests.Source(data), Years);
            AssertProtected(data, results, []);
        });
    }

    // A fixed seed: the suite is deterministic like the report. Each mode of the earlier version's record: with the
    // internal record (exact counts) and without it (decided from the display texts alone).
    [Property(MaxTest = 300, QuietOnSuccess = true, Replay = "(20261202,20261203)")]
    public Property A_correction_version_with_the_earlier_values_known_still_keeps_every_interval()
    {
        var gen = from first in SmallCounts
                  from changes in Gen.Choose(0, (Years.Length * Atoms.Length * AreaCount) - 1).Zip(Gen.Choose(0, 45)).ArrayOf(4)
                  from withRecord in Gen.Elements(true, false)
                  select (first, changes, withRecord);
        return Prop.ForAll(Arb.From(gen), input => CheckCorrection(input.first, input.changes, input.withRecord, mayRefuse: !input.withRecord));
    }

    /// <summary>
    /// Found by the property test (seed 9858971451737510507,374193784686192325, test 264): the correction turns
    /// elb[w]/SR07/2023 from 53 into 0, so that ms/SR07 (sgb2_lb + gsi) becomes 4, below its minimum of 5, while lb/SR07
    /// (sgb2_lb alone, minimum 3) shows 4 — which pins ms/SR07 to at least 4 although its interval must reach down to 0.
    /// The suppressor does not find lb/SR07 as the partner across indicators and refuses to publish (exit 1 with an input
    /// message). That is safe — nothing is published — but a known limitation: a better search would suppress lb/SR07.
    /// </summary>
    [Fact]
    public void A_new_small_count_pinned_by_a_published_part_in_another_indicator_is_refused_rather_than_published()
    {
        int[] first =
        [
            1, 2, 4, 4, 3, 11, 2, 0, 1, 4, 2, 9, 1, 1, 2, 2, 6, 11, 4, 44, 3, 28,
            3, 8, 15, 12, 0, 8, 4, 4, 0, 55, 2, 40, 1, 0, 4, 49, 41, 3, 26, 3, 12,
            9, 12, 31, 0, 11, 1, 1, 7, 4, 4, 11, 0, 53, 8, 54, 2, 4, 1, 32, 3, 10,
            9, 3, 0, 5, 0, 40, 3, 12, 8, 5, 9, 4, 7, 4, 20, 7, 3, 10, 7, 0,
        ];
        CheckCorrection(first, [(57, 3), (55, 0), (14, 15), (51, 18)], withRecord: true, mayRefuse: true);
    }

    /// <summary>
    /// Found by the property test (seed 6013560117572915767,15483410924594821797, size 68): v1 showed nq/SR02/2023 as
    /// „–“ (exactly zero). The display comparison once missed that form, so the suppressor did not count the cell as
    /// known, suppressed it as a secondary cell in v2 and promised an interval the attacker closes to [0; 0].
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_cell_an_earlier_version_showed_as_exact_zero_counts_as_known(bool withRecord)
    {
        int[] first =
        [
            4, 7, 2, 2, 4, 3, 2, 22, 14, 4, 36, 5, 4, 6, 7, 11, 9, 11, 2, 7, 2, 56,
            1, 4, 11, 9, 9, 7, 5, 5, 0, 4, 4, 1, 2, 2, 9, 12, 3, 59, 9, 1, 8, 3,
            24, 4, 3, 12, 0, 0, 3, 2, 0, 7, 6, 1, 25, 0, 1, 3, 3, 3, 10, 3, 4, 0,
            58, 3, 6, 2, 52, 2, 4, 2, 23, 0, 11, 4, 0, 12, 0, 4, 4, 1,
        ];
        CheckCorrection(first, [(13, 24), (17, 1), (60, 19), (20, 18)], withRecord);
    }

    /// <summary>
    /// Found by the property test (seed 10542895608022617317,6513245507960283297, size 8): the correction turns
    /// elb[m]/SR07/2023 from 0 into 1. The town rate shows the same text before and after, although its count changed
    /// by one; taken as unchanged, every partner looked known and the suppressor gave up (an internal error). The
    /// exact record lets the town cell protect SR07; without it the suppressor must refuse (nothing is published).
    /// </summary>
    [Fact]
    public void A_town_cell_whose_count_changed_under_the_same_display_can_protect_a_new_small_count()
    {
        int[] first =
        [
            1, 3, 1, 49, 2, 7, 7, 7, 0, 41, 0, 3, 4, 14, 58, 10, 1, 8, 6, 0, 2, 2,
            4, 0, 5, 11, 0, 8, 1, 11, 8, 1, 5, 9, 10, 0, 1, 2, 3, 1, 0, 7, 5, 3, 4,
            4, 37, 5, 0, 0, 3, 11, 11, 1, 4, 4, 16, 12, 10, 1, 1, 2, 8, 7, 9, 4, 2,
            4, 3, 7, 1, 1, 1, 1, 23, 0, 1, 8, 4, 0, 56, 12, 10, 4,
        ];
        CheckCorrection(first, [(80, 40), (17, 36), (36, 45), (48, 1)], withRecord: true);

        var catalogue = ConfidentialityPropertyTests.TestCatalogue();
        var v1 = IndicatorEngine.Compute(catalogue, ConfidentialityPropertyTests.Source(first), Years);
        var second = (int[])first.Clone();
        foreach (var (index, value) in new[] { (80, 40), (17, 36), (36, 45), (48, 1) })
        {
            second[index] = value;
        }

        var refusal = Assert.Throws<ProtectionImpossibleException>(() =>
            IndicatorEngine.Compute(catalogue, ConfidentialityPropertyTests.Source(second), Years, PriorFromDisplayOnly(v1)));
        Assert.Equal(("elb[m]", "SR07", 2023), (refusal.Expression, refusal.AreaId, refusal.Year));
    }

    private static void CheckCorrection(int[] first, (int Index, int Value)[] changes, bool withRecord, bool mayRefuse = false)
    {
        var second = (int[])first.Clone();
        foreach (var (index, value) in changes)
        {
            second[index] = value;
        }

        var catalogue = ConfidentialityPropertyTests.TestCatalogue();
        var v1 = IndicatorEngine.Compute(catalogue, ConfidentialityPropertyTests.Source(first), Years);
        IndicatorResults v2;
        try
        {
            v2 = IndicatorEngine.Compute(catalogue, ConfidentialityPropertyTests.Source(second), Years, withRecord ? Prior(v1) : PriorFromDisplayOnly(v1));
        }
        catch (ProtectionImpossibleException) when (mayRefuse)
        {
            // Without the exact record the suppressor must assume that a same-looking cell did not change; where that
            // leaves a new small count without any partner it refuses to publish, which is safe (the build stops
            // with an input message). With the record it must always succeed.
            return;
        }


        // The attacker knows every v1 equation whose atoms did not change (a stronger attacker than one who has to
        // guess which values a correction touched).
        var earlier = Equations(v1).Where(e => e.Atoms.All(a => first[a] == second[a])).ToList();
        AssertProtected(second, v2, earlier);
    }

    /// <summary>The issue's case: Grundsicherung im Alter SR06 = 1 (minimum 5), smallest other cell SR04 = 5, town 198.</summary>
    [Fact]
    public void Grundsicherung_im_Alter_SR06_1_is_not_paired_with_SR04_5_and_the_correction_to_40_keeps_the_pattern()
    {
        var catalogue = GsiCatalogue();
        double[] before = [40, 45, 30, 5, 42, 1, 35];
        var v1 = IndicatorEngine.Compute(catalogue, GsiSource(before), [2023]);
        Assert.Equal(198, v1.Get("gsi_alter_quote", Area.TownId, 2023).Numerator);
        Assert.True(v1.Get("gsi_alter_quote", "SR06", 2023).Status.IsSuppressed());

        // SR04 = 5 as the only partner would leave SR06 in [0; 6]: the promise needs at least [0; 10].
        var (low, high) = GsiAttack(v1, before, []);
        Assert.Equal(0, low["SR06"]);
        Assert.True(high["SR06"] >= 10, $"SR06 upper bound {high["SR06"]}");
        Assert.All(low.Keys, area => Assert.True(high[area] - low[area] >= 10, $"{area}: [{low[area]}; {high[area]}]"));
        Assert.False(v1.Get("gsi_alter_quote", "SR04", 2023).Status.IsSuppressed());

        var entry = Assert.Single(v1.Audit, e => e is { Subject: "gsi_alter", AreaId: "SR06", Kind: SuppressionKind.Primary });
        Assert.Equal(0, entry.Interval!.Lower);
        Assert.True(entry.Interval.Upper >= 10);
        Assert.Equal(10, entry.RequiredWidth);
        Assert.All(v1.Audit.Where(e => e.Kind != SuppressionKind.Inherited), e => Assert.True(e.Interval!.Width >= 10, e.ToString()));

        // Correction v1.0.1: SR04 5 → 40. Everything v1.0.0 showed is known; the new pattern must hold with it.
        double[] after = [40, 45, 30, 40, 42, 1, 35];
        var v2 = IndicatorEngine.Compute(catalogue, GsiSource(after), [2023], Prior(v1));
        Assert.Equal(233, v2.Get("gsi_alter_quote", Area.TownId, 2023).Numerator);
        var suppressedBefore = Enumerable.Range(1, 7).Select(i => "SR0" + i).Where(a => v1.Get("gsi_alter_quote", a, 2023).Status.IsSuppressed()).ToList();
        var suppressedAfter = Enumerable.Range(1, 7).Select(i => "SR0" + i).Where(a => v2.Get("gsi_alter_quote", a, 2023).Status.IsSuppressed()).ToList();
        Assert.Equal(suppressedBefore, suppressedAfter); // the earlier pattern is kept
        var (low2, high2) = GsiAttack(v2, after, Published1(v1, before));
        Assert.Equal(0, low2["SR06"]);
        Assert.True(high2["SR06"] >= 10, $"SR06 upper bound after the correction {high2["SR06"]}");
    }

    [Fact]
    public void The_partner_choice_of_the_old_method_is_what_the_interval_audit_rejects()
    {
        // Only SR06 and SR04 suppressed: town − published = 6 = SR06 + SR04, so SR06 ∈ [0; 6] — narrower than 2 × 5.
        using var solver = Solver.CreateSolver("GLOP")!;
        var sr06 = solver.MakeNumVar(0, Box, "sr06");
        var sr04 = solver.MakeNumVar(0, Box, "sr04");
        var sum = solver.MakeConstraint(6, 6);
        sum.SetCoefficient(sr06, 1);
        sum.SetCoefficient(sr04, 1);
        Assert.Equal(6, Maximise(solver, sr06), 6);
        Assert.True(Maximise(solver, sr06) < CellSuppressor.ProtectionFactor * 5);
    }

    /// <summary>What a later build knows of <paramref name="results"/>: the manifest's values and the internal record.</summary>
    internal static PriorPublication Prior(IndicatorResults results) => Prior(results, exact: true);

    /// <summary>The same without the internal record (deleted or never written): the manifest's display texts only.</summary>
    internal static PriorPublication PriorFromDisplayOnly(IndicatorResults results) => Prior(results, exact: false);

    private static PriorPublication Prior(IndicatorResults results, bool exact) => new(
        results.Values.Where(v => v.Status.HasValue()).ToDictionary(
            v => (v.IndicatorId, v.AreaId, v.Year),
            v => (IReadOnlyList<PriorCell>)[exact ? new PriorCell(v.Display, true, v.Numerator, v.Denominator) : new PriorCell(v.Display)]),
        results.Values.Where(v => v.Status.IsSuppressed()).Select(v => (v.IndicatorId, v.AreaId, v.Year)).ToHashSet());

    private static IndicatorCatalogue GsiCatalogue() => IndicatorCatalogue.Parse(
        CatalogueTests.Header + "\n" + CatalogueTests.Line("gsi_alter_quote", "Quote", "%", "gsi_alter", "bev[65-]", minCount: 5),
        "gsi-test.csv");

    private static FixtureCounts GsiSource(double[] gsi) => new FixtureCounts()
        .Row("gsi_alter", 0, gsi)
        .Row("bev[65-]", 0, 900, 950, 800, 700, 1000, 600, 850);

    private static List<(string Area, double Value)> Published1(IndicatorResults results, double[] values) =>
        Enumerable.Range(0, 7).Select(i => ("SR0" + (i + 1), i))
            .Where(x => results.Get("gsi_alter_quote", x.Item1, 2023).Status.HasValue())
            .Select(x => (x.Item1, values[x.i]))
            .ToList();

    /// <summary>
    /// Attack on the one-row case: unknown SR cells ≥ 0; every shown SR numerator and the town are equations; the
    /// values <paramref name="earlier"/> of an earlier version are known for cells that did not change.
    /// </summary>
    private static (Dictionary<string, double> Low, Dictionary<string, double> High) GsiAttack(
        IndicatorResults results, double[] values, List<(string Area, double Value)> earlier)
    {
        using var solver = Solver.CreateSolver("GLOP")!;
        var areas = Enumerable.Range(1, 7).Select(i => "SR0" + i).ToList();
        var x = areas.ToDictionary(a => a, a => solver.MakeNumVar(0, Box, a));
        var town = results.Get("gsi_alter_quote", Area.TownId, 2023);
        var total = solver.MakeConstraint(town.Numerator!.Value, town.Numerator!.Value);
        foreach (var area in areas)
        {
            total.SetCoefficient(x[area], 1);
            var cell = results.Get("gsi_alter_quote", area, 2023);
            if (cell.Numerator is { } n)
            {
                solver.MakeConstraint(n, n).SetCoefficient(x[area], 1);
            }
        }

        foreach (var (area, value) in earlier.Where(e => values[areas.IndexOf(e.Area)] == e.Value))
        {
            solver.MakeConstraint(value, value).SetCoefficient(x[area], 1);
        }

        var suppressed = areas.Where(a => results.Get("gsi_alter_quote", a, 2023).Status.IsSuppressed()).ToList();
        return (suppressed.ToDictionary(a => a, a => Minimise(solver, x[a])), suppressed.ToDictionary(a => a, a => Maximise(solver, x[a])));
    }

    private sealed record Equation(int[] Atoms, double Value);

    /// <summary>Every shown numerator as an equation over the atoms (index as in <see cref="ConfidentialityPropertyTests"/>).</summary>
    private static List<Equation> Equations(IndicatorResults results)
    {
        var equations = new List<Equation>();
        foreach (var (id, atoms, _) in Published)
        {
            for (var y = 0; y < Years.Length; y++)
            {
                for (var area = 0; area <= AreaCount; area++)
                {
                    var areaId = area == AreaCount ? Area.TownId : FixtureCounts.SevenAreas[area].Id;
                    if (results.Get(id, areaId, Years[y]).Numerator is { } n)
                    {
                        equations.Add(new Equation(AtomsOf(atoms, area, y), n));
                    }
                }
            }
        }

        return equations;
    }

    private static int[] AtomsOf(int[] atoms, int area, int y) =>
        [.. atoms.SelectMany(atom => (area == AreaCount ? Enumerable.Range(0, AreaCount) : [area]).Select(a => Index(y, atom, a)))];

    private static int Index(int y, int atom, int area) => (((y * Atoms.Length) + atom) * AreaCount) + area;

    private static void AssertProtected(int[] data, IndicatorResults results, List<Equation> earlier)
    {
        using var solver = Solver.CreateSolver("GLOP")!;
        var x = Enumerable.Range(0, data.Length).Select(i => solver.MakeNumVar(0, Box, "a" + i)).ToArray();
        foreach (var equation in Equations(results).Concat(earlier))
        {
            var constraint = solver.MakeConstraint(equation.Value, equation.Value);
            foreach (var atom in equation.Atoms)
            {
                constraint.SetCoefficient(x[atom], 1);
            }
        }

        // 1. Every small atomic count: open from 0 to at least factor × minimum.
        for (var i = 0; i < data.Length; i++)
        {
            var min = AtomMin[i / AreaCount % Atoms.Length];
            if (data[i] >= 1 && data[i] < min)
            {
                var (low, high) = (Minimise(solver, x[i]), Maximise(solver, x[i]));
                Assert.True(low <= 1e-6 && high >= (CellSuppressor.ProtectionFactor * min) - 1e-6,
                    $"small count {Atoms[i / AreaCount % Atoms.Length]} area {(i % AreaCount) + 1} = {data[i]} narrowed to [{low}; {high}]");
            }
        }

        // 2. Every suppressed numerator (count cell suppressed): an interval at least factor × minimum wide.
        var catalogue = results.Catalogue;
        foreach (var (id, atoms, _) in Published)
        {
            var definition = catalogue[id];
            for (var y = 0; y < Years.Length; y++)
            {
                for (var area = 0; area <= AreaCount; area++)
                {
                    var areaId = area == AreaCount ? Area.TownId : FixtureCounts.SevenAreas[area].Id;
                    var countCell = new CountCell(definition.Numerator!, areaId, Years[y]);
                    if (!results.CountStatus.TryGetValue(countCell, out var status) || !status.IsSuppressed())
                    {
                        continue;
                    }

                    // A secondary cell whose value was already public (earlier version) carries no promise; the audit
                    // says so (no required width). Small counts are never in that state (checked in 1.).
                    var entry = results.Audit.Single(e => e.Subject == definition.Numerator!.ToString() && e.AreaId == areaId && e.Year == Years[y] && e.Kind != SuppressionKind.Inherited);
                    if (entry.RequiredWidth is null)
                    {
                        Assert.NotEqual(SuppressionKind.Primary, entry.Kind);
                        continue;
                    }

                    var objective = solver.Objective();
                    objective.Clear();
                    foreach (var atom in AtomsOf(atoms, area, y))
                    {
                        objective.SetCoefficient(x[atom], 1);
                    }

                    objective.SetMinimization();
                    Assert.Equal(Solver.ResultStatus.OPTIMAL, solver.Solve());
                    var low = objective.Value();
                    objective.SetMaximization();
                    Assert.Equal(Solver.ResultStatus.OPTIMAL, solver.Solve());
                    var high = objective.Value();
                    Assert.True(high - low >= (CellSuppressor.ProtectionFactor * definition.MinCount) - 1e-6,
                        $"suppressed numerator {id}/{areaId}/{Years[y]} narrowed to [{low}; {high}]");
                }
            }
        }
    }

    private static double Minimise(Solver solver, Variable v) => Optimise(solver, v, true);

    private static double Maximise(Solver solver, Variable v) => Optimise(solver, v, false);

    private static double Optimise(Solver solver, Variable v, bool minimise)
    {
        var objective = solver.Objective();
        objective.Clear();
        objective.SetCoefficient(v, 1);
        if (minimise)
        {
            objective.SetMinimization();
        }
        else
        {
            objective.SetMaximization();
        }

        Assert.Equal(Solver.ResultStatus.OPTIMAL, solver.Solve());
        return Math.Round(objective.Value(), 6);
    }
}
