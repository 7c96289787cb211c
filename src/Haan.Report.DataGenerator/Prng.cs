namespace Haan.Report.DataGenerator;

/// <summary>SplitMix64: tiny, fully specified PRNG so the output is identical on every runtime and machine.</summary>
internal sealed class Prng(ulong seed)
{
    private ulong state = seed;

    public ulong NextUInt64()
    {
        unchecked
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [lo, hi).</summary>
    public double Range(double lo, double hi) => lo + ((hi - lo) * NextDouble());

    /// <summary>Uniform integer in [0, n).</summary>
    public int NextInt(int n) => (int)(NextUInt64() % (ulong)n);

    /// <summary>Index drawn with probability proportional to <paramref name="weights"/>.</summary>
    public int Pick(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var r = NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            r -= weights[i];
            if (r < 0 && weights[i] > 0)
            {
                return i;
            }
        }

        for (var i = weights.Count - 1; i >= 0; i--)
        {
            if (weights[i] > 0)
            {
                return i;
            }
        }

        throw new InvalidOperationException("Alle Gewichte sind 0.");
    }
}
