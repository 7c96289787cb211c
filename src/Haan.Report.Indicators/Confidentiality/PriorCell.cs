namespace Haan.Report.Indicators.Confidentiality;

/// <summary>
/// One cell as one earlier version showed it: the display text („7,9“, „(7,9)“, „–“) and, when that version's internal
/// confidentiality record is there (it is never published), the exact numerator and denominator behind it. With them,
/// „the count is still the same“ is decided exactly; without them from the display text, on the safe side.
/// </summary>
public sealed record PriorCell(string Display, bool HasExactCounts = false, double? Numerator = null, double? Denominator = null);
