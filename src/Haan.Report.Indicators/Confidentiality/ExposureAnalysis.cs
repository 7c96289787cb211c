namespace Haan.Report.Indicators.Confidentiality;

/// <summary>
/// Linear algebra for one component and one set of published cells. <c>M</c> is the matrix of structural equations
/// restricted to the unpublished unknowns (published values are known constants). An unpublished unknown <c>s</c> is
/// recoverable iff <c>e_s</c> lies in the row space of <c>M</c>, i.e. some combination <c>y0</c> of equations has
/// <c>y0ᵀM = e_sᵀ</c> (the certificate). Suppressing further published cells adds their columns to <c>M</c>; the
/// cell stays recoverable iff some <c>y = y0 + z</c>, <c>z</c> in the left null space of <c>M</c>, is orthogonal to all
/// new columns — a small linear system, so candidates are tested without rebuilding the elimination.
/// </summary>
internal sealed class ExposureAnalysis
{
    private const double Tolerance = 1e-9;
    private readonly int dimension;
    private readonly int equations;
    private readonly List<(int Pivot, double[] Row, double[] Combination)> basis = [];
    private readonly List<double[]> leftNull = [];

    /// <summary>Eliminates the rows (dense, over the local unpublished unknowns), tracking combinations.</summary>
    public ExposureAnalysis(IReadOnlyList<double[]> rows, int dimension)
    {
        this.dimension = dimension;
        equations = rows.Count;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = (double[])rows[i].Clone();
            var combination = new double[equations];
            combination[i] = 1;
            Reduce(row, combination);
            var pivot = LinearSpan.Pivot(row, dimension);

            if (pivot < 0)
            {
                leftNull.Add(combination);
                continue;
            }

            var scale = row[pivot];
            for (var j = 0; j < dimension; j++)
            {
                row[j] /= scale;
            }

            for (var j = 0; j < equations; j++)
            {
                combination[j] /= scale;
            }

            basis.Add((pivot, row, combination));
        }
    }

    /// <summary>The certificate <c>y0</c> (combination of equations) when unknown <paramref name="local"/> is recoverable, else null.</summary>
    public double[]? Certificate(int local)
    {
        var row = new double[dimension];
        row[local] = 1;
        var combination = new double[equations];
        Reduce(row, combination);
        if (row.Any(v => Math.Abs(v) > 1e-7))
        {
            return null;
        }

        for (var j = 0; j < equations; j++)
        {
            combination[j] = -combination[j];
        }

        return combination;
    }

    /// <summary>
    /// True when suppressing the cells with the given equation columns makes the unknown with certificate
    /// <paramref name="certificate"/> unrecoverable.
    /// </summary>
    public bool Protects(double[] certificate, IReadOnlyList<double[]> columns)
    {
        var k = leftNull.Count;
        var plain = new LinearSpan(k);
        var augmented = new LinearSpan(k + 1);
        foreach (var column in columns)
        {
            var a = new Dictionary<int, double>();
            for (var i = 0; i < k; i++)
            {
                var v = Dot(leftNull[i], column);
                if (Math.Abs(v) > Tolerance)
                {
                    a[i] = v;
                }
            }

            plain.Add(a);
            var t = -Dot(certificate, column);
            if (Math.Abs(t) > Tolerance)
            {
                a[k] = t;
            }

            augmented.Add(a);
        }

        // Solvable (still recoverable) iff the augmented system has the same rank.
        return augmented.Rank > plain.Rank;
    }

    private static double Dot(double[] x, double[] y)
    {
        double sum = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }

    private void Reduce(double[] row, double[] combination)
    {
        foreach (var (pivot, b, c) in basis)
        {
            var factor = row[pivot];
            if (factor == 0)
            {
                continue;
            }

            for (var j = 0; j < dimension; j++)
            {
                row[j] -= factor * b[j];
            }

            for (var j = 0; j < equations; j++)
            {
                combination[j] -= factor * c[j];
            }
        }
    }
}
