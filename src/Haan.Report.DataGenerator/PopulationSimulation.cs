namespace Haan.Report.DataGenerator;

/// <summary>Yearly flows of one Sozialraum, as applied by the cohort-component simulation.</summary>
internal sealed record AreaFlows(int Births, int Deaths, int InFromOutside, int OutToOutside, int InFromOtherAreas, int OutToOtherAreas);

/// <summary>
/// Deterministic cohort-component simulation of the synthetic population: start stock 31.12.2018 (official total and
/// sex split), then per year: ageing, deaths, births, moves across the town boundary, moves between Sozialräume.
/// Stocks and flows are therefore consistent: P(t) = P(t−1) + births − deaths + in − out for every Sozialraum.
/// </summary>
internal sealed class PopulationSimulation
{
    public const int Ages = 96; // 0 … 94, 95 = 95+
    public const int Areas = 7;

    // Town flows per year (31.12.): 2019 and 2023 are the published Melderegister figures, 2020 births/deaths as
    // reported, the rest chosen so that the stock follows the official series (30 406 / 30 263 / ~30 000).
    private static readonly Dictionary<int, (int Births, int Deaths, int In, int Out, int Internal, double ForeignShareIn)> TownFlows = new()
    {
        [2019] = (146, 350, 1311, 1186, 1150, 0.38),
        [2020] = (136, 347, 1250, 1181, 1080, 0.36),
        [2021] = (160, 390, 1300, 1290, 1120, 0.38),
        [2022] = (170, 400, 1700, 1450, 1210, 0.50),
        [2023] = (190, 406, 1684, 1427, 1190, 0.45),
    };

    private readonly Prng rng;
    private readonly double[] areaShare;
    private readonly double[] foreignShare;
    private readonly double[] fertility;
    private readonly double[] attraction;

    public PopulationSimulation(Prng rng, double[] areaShare, double[] foreignShare, double[] fertility, double[] attraction)
    {
        this.rng = rng;
        this.areaShare = areaShare;
        this.foreignShare = foreignShare;
        this.fertility = fertility;
        this.attraction = attraction;
    }

    /// <summary>Stock [area, age, sex(0 m, 1 w), nat(0 de, 1 foreign)] per year.</summary>
    public SortedDictionary<int, int[,,,]> Stocks { get; } = new();

    /// <summary>Flows per year and area.</summary>
    public SortedDictionary<int, AreaFlows[]> Flows { get; } = new();

    public void Run(int firstYear, int lastYear)
    {
        var stock = InitialStock();
        for (var year = firstYear; year <= lastYear; year++)
        {
            var (next, flows) = Step(stock, year);
            Stocks[year] = next;
            Flows[year] = flows;
            stock = next;
        }
    }

    private static double AgeProfile(int age, int sex, int area)
    {
        (int A, double V)[] knots =
        [
            (0, 0.78), (5, 0.82), (10, 0.88), (18, 1.0), (20, 0.9), (25, 0.85), (30, 0.95), (40, 1.1), (50, 1.45),
            (57, 1.5), (60, 1.35), (65, 1.08), (70, 0.94), (75, 0.93), (80, 0.91), (85, 0.62), (90, 0.25), (94, 0.09), (95, 0.27),
        ];
        var v = knots[^1].V;
        for (var k = 0; k < knots.Length - 1; k++)
        {
            if (age >= knots[k].A && age < knots[k + 1].A)
            {
                var t = (age - knots[k].A) / (double)(knots[k + 1].A - knots[k].A);
                v = knots[k].V + (t * (knots[k + 1].V - knots[k].V));
                break;
            }
        }

        if (sex == 1 && age > 70)
        {
            v *= 1 + ((age - 70) * 0.03);
        }

        // Area profiles: 0 Gruiten (families), 1 Oberhaan (young, mixed), 2 Süd (older), 3 Mitte (oldest), 4 Nord, 5 West (older), 6 Unterhaan.
        double[] childFactor = [1.12, 1.18, 0.95, 0.82, 1.0, 0.97, 1.02];
        double[] oldFactor = [0.97, 0.9, 1.1, 1.2, 0.98, 1.06, 0.98];
        if (age < 18)
        {
            v *= childFactor[area];
        }
        else if (age >= 65)
        {
            v *= oldFactor[area];
        }

        return v;
    }

    private static double Mobility(int age) => age switch
    {
        < 6 => 0.7,
        < 18 => 0.35,
        < 25 => 1.6,
        < 35 => 1.8,
        < 45 => 0.9,
        < 65 => 0.4,
        < 80 => 0.2,
        _ => 0.35,
    };

    /// <summary>Moving into Haan: families with small children are over-represented (the town grows only by migration).</summary>
    private static double MobilityIn(int age) => age < 6 ? 0.95 : Mobility(age);

    private static double ForeignAgeFactor(int age) => age switch
    {
        < 18 => 1.0,
        < 50 => 1.4,
        < 65 => 0.9,
        _ => 0.4,
    };

    private int[,,,] InitialStock()
    {
        var stock = new int[Areas, Ages, 2, 2];
        int[] sexTotals = [14_610, 15_874]; // official 31.12.2018 (Destatis)
        for (var sex = 0; sex < 2; sex++)
        {
            var weights = new List<double>();
            for (var a = 0; a < Areas; a++)
            {
                for (var age = 0; age < Ages; age++)
                {
                    for (var nat = 0; nat < 2; nat++)
                    {
                        var f = Math.Min(0.6, foreignShare[a] * ForeignAgeFactor(age));
                        weights.Add(areaShare[a] * AgeProfile(age, sex, a) * (nat == 0 ? 1 - f : f) * rng.Range(0.9, 1.1));
                    }
                }
            }

            var counts = Apportion.Split(sexTotals[sex], weights);
            var i = 0;
            for (var a = 0; a < Areas; a++)
            {
                for (var age = 0; age < Ages; age++)
                {
                    for (var nat = 0; nat < 2; nat++)
                    {
                        stock[a, age, sex, nat] = counts[i++];
                    }
                }
            }
        }

        return stock;
    }

    private (int[,,,] Stock, AreaFlows[] Flows) Step(int[,,,] previous, int year)
    {
        var (births, deaths, inTotal, outTotal, internalTotal, foreignShareIn) = TownFlows[year];
        var s = new int[Areas, Ages, 2, 2];
        var b = new int[Areas];
        var d = new int[Areas];
        var inOut = new int[Areas];
        var outOut = new int[Areas];
        var inInt = new int[Areas];
        var outInt = new int[Areas];

        // 1. Ageing (95+ accumulates).
        for (var a = 0; a < Areas; a++)
        {
            for (var sex = 0; sex < 2; sex++)
            {
                for (var nat = 0; nat < 2; nat++)
                {
                    for (var age = Ages - 1; age >= 1; age--)
                    {
                        s[a, age, sex, nat] = previous[a, age - 1, sex, nat] + (age == Ages - 1 ? previous[a, Ages - 1, sex, nat] : 0);
                    }
                }
            }
        }

        // 2. Deaths: Gompertz hazard, scaled to the town total.
        Remove(s, deaths, (a, age, sex, nat) => Math.Min(0.6, Math.Exp((sex == 0 ? -10.6 : -11.1) + (0.095 * age))), d);

        // 3. Births by mothers aged 20–44 (nationality of the mother), 51.3 % boys.
        var bw = new List<double>();
        var bIndex = new List<(int A, int Sex, int Nat)>();
        for (var a = 0; a < Areas; a++)
        {
            for (var nat = 0; nat < 2; nat++)
            {
                var mothers = 0;
                for (var age = 20; age < 45; age++)
                {
                    mothers += s[a, age, 1, nat];
                }

                for (var sex = 0; sex < 2; sex++)
                {
                    bw.Add(mothers * fertility[a] * (nat == 1 ? 1.3 : 1.0) * (sex == 0 ? 0.513 : 0.487));
                    bIndex.Add((a, sex, nat));
                }
            }
        }

        var bc = Apportion.Split(births, bw);
        for (var i = 0; i < bc.Length; i++)
        {
            var (a, sex, nat) = bIndex[i];
            s[a, 0, sex, nat] += bc[i];
            b[a] += bc[i];
        }

        // 4. Moves out of Haan.
        Remove(s, outTotal, (a, age, sex, nat) => Mobility(age) * (nat == 1 ? 1.4 : 1.0), outOut);

        // 5. Moves between Sozialräume: movers leave their cell and pick a destination area by population.
        var movers = new int[Areas, Ages, 2, 2];
        Remove(s, internalTotal, (a, age, sex, nat) => Mobility(age), outInt, movers);
        var areaPops = Enumerable.Range(0, Areas).Select(a => (double)AreaTotal(s, a)).ToArray();
        for (var a = 0; a < Areas; a++)
        {
            var destWeights = areaPops.Select((p, j) => j == a ? 0.0 : p).ToArray();
            for (var age = 0; age < Ages; age++)
            {
                for (var sex = 0; sex < 2; sex++)
                {
                    for (var nat = 0; nat < 2; nat++)
                    {
                        for (var k = 0; k < movers[a, age, sex, nat]; k++)
                        {
                            var dest = rng.Pick(destWeights);
                            s[dest, age, sex, nat]++;
                            inInt[dest]++;
                        }
                    }
                }
            }
        }

        // 6. Moves into Haan.
        var iw = new List<double>();
        var iIndex = new List<(int A, int Age, int Sex, int Nat)>();
        for (var a = 0; a < Areas; a++)
        {
            var areaPop = AreaTotal(s, a);
            for (var age = 0; age < Ages; age++)
            {
                for (var sex = 0; sex < 2; sex++)
                {
                    for (var nat = 0; nat < 2; nat++)
                    {
                        var areaWeight = areaPop * attraction[a] * (nat == 1 && year == 2022 && a == 0 ? 1.5 : 1.0);
                        iw.Add(areaWeight * MobilityIn(age) * (nat == 1 ? foreignShareIn : 1 - foreignShareIn) * rng.Range(0.8, 1.2));
                        iIndex.Add((a, age, sex, nat));
                    }
                }
            }
        }

        var ic = Apportion.Split(inTotal, iw);
        for (var i = 0; i < ic.Length; i++)
        {
            var (a, age, sex, nat) = iIndex[i];
            s[a, age, sex, nat] += ic[i];
            inOut[a] += ic[i];
        }

        var flows = Enumerable.Range(0, Areas).Select(a => new AreaFlows(b[a], d[a], inOut[a], outOut[a], inInt[a], outInt[a])).ToArray();
        return (s, flows);
    }

    private void Remove(int[,,,] s, int total, Func<int, int, int, int, double> rate, int[] perArea, int[,,,]? removed = null)
    {
        var w = new List<double>();
        var caps = new List<int>();
        var index = new List<(int A, int Age, int Sex, int Nat)>();
        for (var a = 0; a < Areas; a++)
        {
            for (var age = 0; age < Ages; age++)
            {
                for (var sex = 0; sex < 2; sex++)
                {
                    for (var nat = 0; nat < 2; nat++)
                    {
                        w.Add(s[a, age, sex, nat] * rate(a, age, sex, nat) * rng.Range(0.85, 1.15));
                        caps.Add(s[a, age, sex, nat]);
                        index.Add((a, age, sex, nat));
                    }
                }
            }
        }

        var c = Apportion.Split(total, w, caps);
        for (var i = 0; i < c.Length; i++)
        {
            var (a, age, sex, nat) = index[i];
            s[a, age, sex, nat] -= c[i];
            perArea[a] += c[i];
            if (removed is not null)
            {
                removed[a, age, sex, nat] += c[i];
            }
        }
    }

    public static int AreaTotal(int[,,,] s, int a)
    {
        var sum = 0;
        for (var age = 0; age < Ages; age++)
        {
            for (var sex = 0; sex < 2; sex++)
            {
                for (var nat = 0; nat < 2; nat++)
                {
                    sum += s[a, age, sex, nat];
                }
            }
        }

        return sum;
    }

    /// <summary>Sum over an area (or all areas when <paramref name="area"/> is null), ages [min, max), optional sex.</summary>
    public static int Sum(int[,,,] s, int? area, int minAge, int maxAgeExclusive, int? sex = null)
    {
        var sum = 0;
        for (var a = 0; a < Areas; a++)
        {
            if (area is int only && only != a)
            {
                continue;
            }

            for (var age = minAge; age < Math.Min(maxAgeExclusive, Ages); age++)
            {
                for (var x = 0; x < 2; x++)
                {
                    if (sex is int onlySex && onlySex != x)
                    {
                        continue;
                    }

                    sum += s[a, age, x, 0] + s[a, age, x, 1];
                }
            }
        }

        return sum;
    }
}
