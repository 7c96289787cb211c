using Haan.Report.Indicators;
using Haan.Report.Indicators.Engine;

namespace Haan.Report.Composition.Content;

/// <summary>
/// The value every figure draws for a cell: the published display value (rounded to the indicator's decimals, exactly
/// as printed in tables, CSV and XLSX), or null when the cell shows no value (suppressed, not meaningful, not
/// available) — then the figure draws no geometry for it. Geometry from unrounded values would publish more digits
/// than the tables: bar lengths times the published denominators gave exact numerators.
/// </summary>
public static class DisplayValues
{
    /// <summary>The drawn value of a cell, or null.</summary>
    public static double? Of(IndicatorValue cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Status.HasValue() ? cell.RoundedValue : null;
    }
}
