using Haan.Report.Data;

namespace Haan.Report.DataGenerator;

/// <summary>
/// Synthetic benefit, household and childcare tables derived from the simulated population. Town totals are fixed
/// first (so that the published 2023 quotas of Haan are reproduced exactly with the BA definitions), then split over the
/// Sozialräume along the social gradient by largest-remainder apportionment.
/// </summary>
internal sealed class SocialTables
{
    private static readonly int[] Years = [2019, 2020, 2021, 2022, 2023];

    // Town targets per year: SGB II-Quote, ELB-Quote Männer, ELB-Quote Frauen, ELB-Quote (only checked where published), NEF-Quote u15.
    private static readonly Dictionary<int, (decimal Sgb2, decimal ElbMen, decimal ElbWomen, decimal? Elb, decimal NefU15)> Targets = new()
    {
        [2019] = (8.2m, 6.7m, 7.6m, null, 11.9m),
        [2020] = (8.5m, 7.0m, 7.8m, null, 12.3m),
        [2021] = (8.3m, 6.8m, 7.6m, null, 12.0m),
        [2022] = (8.5m, 6.9m, 7.8m, null, 12.5m),
        [2023] = (7.9m, 6.5m, 7.4m, 6.9m, 11.3m), // the town's published values (Kreis table)
    };

    private readonly Prng rng;
    private readonly PopulationSimulation sim;
    private readonly double[] gradient;
    private readonly Dictionary<int, int[][]> sgb2 = new(); // year → [area] → lb, elbM, elbF, nef, nefU15
    private readonly Dictionary<int, int[]> households = new();

    public SocialTables(Prng rng, PopulationSimulation sim, double[] gradient)
    {
        this.rng = rng;
        this.sim = sim;
        this.gradient = gradient;
    }

    private static int Areas => PopulationSimulation.Areas;

    /// <summary>Quota in percent rounded to one decimal, half away from zero (as published by the BA).</summary>
    public static decimal Quota(int numerator, int denominator) =>
        Math.Round(100m * numerator / denominator, 1, MidpointRounding.AwayFromZero);

    public void Write(Func<string, string> path)
    {
        WriteHouseholds(path("haushalte.csv"));
        WriteSgb2(path("sgb2.csv"));
        WriteUnemployment(path("arbeitslose.csv"));
        WriteSocialAssistance(path("sozialhilfe.csv"));
        WriteHousingBenefit(path("wohngeld.csv"));
    }

    private double Noise(double spread) => rng.Range(1 - spread, 1 + spread);

    private int[] SplitByArea(int total, Func<int, double> weight, Func<int, int>? cap = null) =>
        Apportion.Split(total, Enumerable.Range(0, Areas).Select(weight).ToList(), cap is null ? null : Enumerable.Range(0, Areas).Select(cap).ToList());

    private int Pop(int year, int? area, int min, int max, int? sex = null) => PopulationSimulation.Sum(sim.Stocks[year], area, min, max, sex);

    private void WriteHouseholds(string file)
    {
        double[] personsPerHousehold = [2.18, 2.12, 1.98, 1.82, 2.02, 2.05, 2.0];
        var rows = new List<IReadOnlyList<string>>();
        foreach (var year in Years)
        {
            var hh = new int[Areas];
            for (var a = 0; a < Areas; a++)
            {
                hh[a] = (int)Math.Round(Pop(year, a, 0, 200) / (personsPerHousehold[a] * Noise(0.01)));
                var withChildren = Math.Min(hh[a], (int)Math.Round(Pop(year, a, 0, 18) / (1.68 * Noise(0.03))));
                var singleParents = Math.Min(withChildren, (int)Math.Round(withChildren * 0.16 * Math.Sqrt(gradient[a]) * Noise(0.08)));
                rows.Add([Output.Int(year), Generator.Keys[a], Output.Int(hh[a]), Output.Int(withChildren), Output.Int(singleParents)]);
            }

            households[year] = hh;
        }

        Output.WriteCsv(file, rows);
    }

    private void WriteSgb2(string file)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var year in Years)
        {
            var t = Targets[year];
            var limit = AgeLimits.RetirementAge(year);
            var p064 = Pop(year, null, 0, limit);
            var pm = Pop(year, null, 15, limit, 0);
            var pf = Pop(year, null, 15, limit, 1);
            var pu15 = Pop(year, null, 0, 15);

            var best = (Men: -1, Women: -1, Score: double.MaxValue);
            foreach (var em in Candidates(t.ElbMen, pm))
            {
                foreach (var ef in Candidates(t.ElbWomen, pf))
                {
                    if (t.Elb is decimal elb && Quota(em + ef, pm + pf) != elb)
                    {
                        continue;
                    }

                    // Prefer values near the published figure (away from rounding boundaries), also for the combined quota.
                    var score = Math.Abs((100.0 * em / pm) - (double)t.ElbMen) + Math.Abs((100.0 * ef / pf) - (double)t.ElbWomen)
                        + (t.Elb is decimal e ? 3 * Math.Abs((100.0 * (em + ef) / (pm + pf)) - (double)e) : 0);
                    if (score < best.Score)
                    {
                        best = (em, ef, score);
                    }
                }
            }

            if (best.Men < 0)
            {
                throw new InvalidOperationException($"{year}: keine ELB-Zahlen treffen die Zielquoten.");
            }

            var nefU15 = Candidates(t.NefU15, pu15).OrderBy(n => Math.Abs((100.0 * n / pu15) - (double)t.NefU15)).First();
            var elbTotal = best.Men + best.Women;
            var lb = Candidates(t.Sgb2, p064)
                .Where(l => l - elbTotal - nefU15 is >= 15 and <= 150)
                .OrderBy(l => Math.Abs(l - elbTotal - nefU15 - 50))
                .Cast<int?>()
                .FirstOrDefault() ?? throw new InvalidOperationException($"{year}: SGB II-Quote {t.Sgb2} nicht mit ELB/NEF vereinbar (P0-lim {p064}, ELB {elbTotal}, NEF u15 {nefU15}, P15-lim {pm + pf}, Pu15 {pu15}).");
            var nef15Plus = lb - elbTotal - nefU15;

            var g = Enumerable.Range(0, Areas).Select(a => gradient[a] * Noise(0.04)).ToArray();
            var men = SplitByArea(best.Men, a => Pop(year, a, 15, limit, 0) * g[a], a => Pop(year, a, 15, limit, 0));
            var women = SplitByArea(best.Women, a => Pop(year, a, 15, limit, 1) * g[a] * Noise(0.03), a => Pop(year, a, 15, limit, 1));
            var u15 = SplitByArea(nefU15, a => Pop(year, a, 0, 15) * Math.Pow(g[a], 1.2), a => Pop(year, a, 0, 15));
            var nef15 = SplitByArea(nef15Plus, a => Pop(year, a, 15, limit) * g[a] * Noise(0.3));
            var table = new int[Areas][];
            for (var a = 0; a < Areas; a++)
            {
                var nef = u15[a] + nef15[a];
                table[a] = [men[a] + women[a] + nef, men[a], women[a], nef, u15[a]];
                rows.Add([Output.Int(year), Generator.Keys[a], .. table[a].Select(Output.Int)]);
            }

            sgb2[year] = table;
        }

        Output.WriteCsv(file, rows);
    }

    private static IEnumerable<int> Candidates(decimal quota, int denominator)
    {
        var centre = (int)Math.Round((double)quota / 100.0 * denominator);
        for (var n = Math.Max(0, centre - 40); n <= centre + 40; n++)
        {
            // Keep a margin of 0.005 percentage points to the rounding boundary, so that any correct
            // recomputation (double or decimal) rounds to the published value.
            var exact = 100m * n / denominator;
            if (Quota(n, denominator) == quota && Math.Abs(exact - quota) <= 0.045m)
            {
                yield return n;
            }
        }
    }

    private void WriteUnemployment(string file)
    {
        var sgb3Totals = new Dictionary<int, int> { [2019] = 340, [2020] = 425, [2021] = 392, [2022] = 351, [2023] = 366 };
        var rows = new List<IReadOnlyList<string>>();
        foreach (var year in Years)
        {
            var elb = sgb2[year].Select(r => r[1] + r[2]).ToArray();
            var alo2 = SplitByArea((int)Math.Round(0.37 * elb.Sum()), a => elb[a] * Noise(0.05), a => elb[a]);
            var alo3 = SplitByArea(sgb3Totals[year], a => Pop(year, a, 15, 65) * Math.Pow(gradient[a], 0.3) * Noise(0.05));
            for (var a = 0; a < Areas; a++)
            {
                rows.Add([Output.Int(year), Generator.Keys[a], Output.Int(alo2[a]), Output.Int(alo3[a])]);
            }
        }

        Output.WriteCsv(file, rows);
    }

    private void WriteSocialAssistance(string file)
    {
        var oldAgeRate = new Dictionary<int, double> { [2019] = 0.026, [2020] = 0.027, [2021] = 0.028, [2022] = 0.029, [2023] = 0.031 };
        var hlu = new Dictionary<int, int> { [2019] = 34, [2020] = 31, [2021] = 36, [2022] = 33, [2023] = 38 };
        var asyl = new Dictionary<int, int> { [2019] = 96, [2020] = 82, [2021] = 71, [2022] = 88, [2023] = 104 };
        double[] shelterWeight = [7.0, 1.5, 0.6, 1.4, 1.0, 0.3, 0.6]; // about half of the refugees live in Gruiten
        var rows = new List<IReadOnlyList<string>>();
        foreach (var year in Years)
        {
            var limit = AgeLimits.RetirementAge(year);
            var old = SplitByArea((int)Math.Round(oldAgeRate[year] * Pop(year, null, limit, 200)), a => Pop(year, a, limit, 200) * Math.Pow(gradient[a], 0.8) * Noise(0.05), a => Pop(year, a, limit, 200));
            var em = SplitByArea((int)Math.Round(0.005 * Pop(year, null, 18, limit)), a => Pop(year, a, 18, limit) * Math.Pow(gradient[a], 0.7) * Noise(0.1));
            var h = SplitByArea(hlu[year], a => Pop(year, a, 0, 200) * gradient[a] * Noise(0.4));
            var ab = SplitByArea(asyl[year], a => shelterWeight[a] * Noise(0.3));
            for (var a = 0; a < Areas; a++)
            {
                rows.Add([Output.Int(year), Generator.Keys[a], Output.Int(old[a]), Output.Int(em[a]), Output.Int(h[a]), Output.Int(ab[a])]);
            }
        }

        Output.WriteCsv(file, rows);
    }

    private void WriteHousingBenefit(string file)
    {
        var rate = new Dictionary<int, double> { [2019] = 0.013, [2020] = 0.014, [2021] = 0.014, [2022] = 0.015, [2023] = 0.026 };
        var rows = new List<IReadOnlyList<string>>();
        foreach (var year in Years)
        {
            var hh = households[year];
            var wg = SplitByArea((int)Math.Round(rate[year] * hh.Sum()), a => hh[a] * Math.Pow(gradient[a], 0.8) * Noise(0.08), a => hh[a]);
            for (var a = 0; a < Areas; a++)
            {
                rows.Add([Output.Int(year), Generator.Keys[a], Output.Int(wg[a])]);
            }
        }

        Output.WriteCsv(file, rows);
    }

    /// <summary>kita.csv: places (2023 = sum of the Kitas in einrichtungen.csv) and children in care by residence.</summary>
    public void WriteChildcare(string file, (int Total, int Under3)[] places2023)
    {
        var totals = new Dictionary<int, (int Total, int Under3)> { [2019] = (1120, 310), [2020] = (1150, 320), [2021] = (1170, 335), [2022] = (1190, 345), [2023] = (1213, 360) };
        var careU3 = new Dictionary<int, double> { [2019] = 0.33, [2020] = 0.32, [2021] = 0.34, [2022] = 0.35, [2023] = 0.36 };
        var care36 = new Dictionary<int, double> { [2019] = 0.93, [2020] = 0.90, [2021] = 0.92, [2022] = 0.92, [2023] = 0.93 };
        var rows = new List<IReadOnlyList<string>>();
        foreach (var year in Years)
        {
            int[] u3Places;
            int[] olderPlaces;
            if (year == Years[^1])
            {
                u3Places = places2023.Select(p => p.Under3).ToArray();
                olderPlaces = places2023.Select(p => p.Total - p.Under3).ToArray();
            }
            else
            {
                u3Places = SplitByArea(totals[year].Under3, a => places2023[a].Under3);
                olderPlaces = SplitByArea(totals[year].Total - totals[year].Under3, a => places2023[a].Total - places2023[a].Under3);
            }

            for (var a = 0; a < Areas; a++)
            {
                var c0 = Pop(year, a, 0, 3);
                var c3 = Pop(year, a, 3, 6);
                var caredU3 = Math.Min(c0, (int)Math.Round(c0 * careU3[year] * Math.Pow(gradient[a], -0.3) * Noise(0.05)));
                var cared36 = Math.Min(c3, (int)Math.Round(c3 * care36[year] * Math.Pow(gradient[a], -0.05) * Noise(0.02)));
                rows.Add([Output.Int(year), Generator.Keys[a], Output.Int(u3Places[a]), Output.Int(olderPlaces[a]), Output.Int(caredU3), Output.Int(cared36)]);
            }
        }

        Output.WriteCsv(file, rows);
    }
}
