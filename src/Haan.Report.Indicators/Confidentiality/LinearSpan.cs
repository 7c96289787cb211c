namespace Haan.Report.Indicators.Confidentiality;

/// <summary>
/// Incrementally maintained row echelon basis of a set of sparse rows; gives their rank.
/// Rows here have small integer coefficients, so double precision with a tolerance is exact enough.
/// </summary>
internal sealed class LinearSpan
{
    private const double Tolerance = 1e-9;
    private readonly int dimension;
    private readonly List<(int Pivot, double[] Row)> basis = [];

    public LinearSpan(int dimension) => this.dimension = dimension;

    /// <summary>Index of the largest entry above the tolerance among the first <paramref name="dimension"/> (partial pivoting), or -1.</summary>
    internal static int Pivot(double[] row, int dimension)
    {
        var pivot = -1;
        var best = Tolerance;
        for (var j = 0; j < dimension; j++)
        {
            if (Math.Abs(row[j]) > best)
            {
                best = Math.Abs(row[j]);
                pivot = j;
            }
        }

        return pivot;
    }

    public int Rank => basis.Count;

    public void Add(IReadOnlyDictionary<int, double> sparse)
    {
        var row = new double[dimension];
        foreach (var (index, value) in sparse)
        {
            row[index] += value;
        }

        Reduce(row);
        var pivot = Pivot(row, dimension);

        if (pivot < 0)
        {
            return;
        }

        var scale = row[pivot];
        for (var j = 0; j < dimension; j++)
        {
            row[j] /= scale;
        }

        // Echelon form in insertion order: the new row is zero in every earlier pivot column, so reducing a vector
        // row by row in insertion order is exact without back-substitution.
        basis.Add((pivot, row));
    }

    private void Reduce(double[] row)
    {
        foreach (var (pivot, b) in basis)
        {
            var factor = row[pivot];
            if (Math.Abs(factor) > 0)
            {
                for (var j = 0; j < dimension; j++)
                {
                    row[j] -= factor * b[j];
                }
            }
        }
    }
}
