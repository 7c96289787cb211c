namespace Haan.Report.DataGenerator;

/// <summary>Integer apportionment (largest remainder) with optional upper caps: the parts always sum to the total.</summary>
internal static class Apportion
{
    public static int[] Split(int total, IReadOnlyList<double> weights, IReadOnlyList<int>? caps = null)
    {
        var n = weights.Count;
        var result = new int[n];
        if (total == 0)
        {
            return result;
        }

        int Cap(int i) => caps?[i] ?? int.MaxValue;
        var capSum = 0L;
        for (var i = 0; i < n; i++)
        {
            capSum += Cap(i);
        }

        if (capSum < total)
        {
            throw new InvalidOperationException($"Aufteilung unmöglich: {total} > Summe der Obergrenzen {capSum}.");
        }

        var w = weights.ToArray();
        var remaining = total;
        while (remaining > 0)
        {
            var active = Enumerable.Range(0, n).Where(i => result[i] < Cap(i) && w[i] > 0).ToList();
            if (active.Count == 0)
            {
                // Weights exhausted: spread the rest uniformly over the cells that still have room.
                for (var i = 0; i < n; i++)
                {
                    w[i] = result[i] < Cap(i) ? 1.0 : 0.0;
                }

                continue;
            }

            var weightSum = active.Sum(i => w[i]);
            var shares = active.Select(i => remaining * w[i] / weightSum).ToArray();
            var given = 0;
            for (var k = 0; k < active.Count; k++)
            {
                var i = active[k];
                var add = (int)Math.Min(Math.Floor(shares[k]), Cap(i) - result[i]);
                result[i] += add;
                given += add;
            }

            remaining -= given;
            if (given == 0)
            {
                var order = Enumerable.Range(0, active.Count)
                    .OrderByDescending(k => shares[k] - Math.Floor(shares[k]))
                    .ThenBy(k => k)
                    .ToList();
                foreach (var k in order)
                {
                    if (remaining == 0)
                    {
                        break;
                    }

                    var i = active[k];
                    if (result[i] < Cap(i))
                    {
                        result[i]++;
                        remaining--;
                    }
                }
            }
        }

        return result;
    }
}
