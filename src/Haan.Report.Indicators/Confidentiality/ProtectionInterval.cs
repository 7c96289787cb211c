using System.Globalization;

namespace Haan.Report.Indicators.Confidentiality;

/// <summary>
/// The feasible interval of a suppressed count cell: the smallest and largest value consistent with everything
/// published (all linear relations, non-negativity). Infinite bounds mean the published values do not bound the cell.
/// </summary>
public sealed record ProtectionInterval(double Lower, double Upper)
{
    /// <summary>Upper − lower (infinite when unbounded).</summary>
    public double Width => Upper - Lower;

    /// <summary>"[0; 31]", "[0; ∞)" — for the internal audit list.</summary>
    public override string ToString() =>
        "[" + Bound(Lower) + "; " + (double.IsPositiveInfinity(Upper) ? "∞)" : Bound(Upper) + "]");

    private static string Bound(double value) =>
        double.IsNegativeInfinity(value) ? "−∞" : value.ToString("0.######", CultureInfo.InvariantCulture);
}
