using System.Globalization;

namespace Haan.Report.Indicators;

/// <summary>
/// The one place where numbers become German text. Built on a hand-made <see cref="NumberFormatInfo"/>
/// (decimal ",", group "."), never on culture data (InvariantGlobalization is on).
/// Rounding is half away from zero, on the decimal representation of the value.
/// </summary>
public static class GermanFormat
{
    /// <summary>Narrow no-break space (U+202F) placed between a number and its unit sign.</summary>
    public const string NarrowNoBreakSpace = "\u202F";

    /// <summary>Symbol of official statistics for "unknown or secret" (suppressed cells).</summary>
    public const string SuppressedSymbol = ".";

    /// <summary>Symbol of official statistics for "not meaningful".</summary>
    public const string NotMeaningfulSymbol = "x";

    /// <summary>Symbol of official statistics for "nothing".</summary>
    public const string NothingSymbol = "–";

    private static readonly NumberFormatInfo Info = CreateInfo();

    private static NumberFormatInfo CreateInfo()
    {
        var info = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        info.NumberDecimalSeparator = ",";
        info.NumberGroupSeparator = ".";
        info.NumberGroupSizes = [3];
        info.NegativeSign = "-";
        info.PositiveSign = "+";
        return NumberFormatInfo.ReadOnly(info);
    }

    /// <summary>Rounds half away from zero to the given decimals, using the decimal representation.</summary>
    public static double Round(double value, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return value;
        }

        if (Math.Abs(value) >= 7.9e27)
        {
            return Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        }

        return (double)Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
    }

    /// <summary>"1.234,5" for (1234.5, 1). A value that rounds to zero is printed without sign.</summary>
    public static string Number(double value, int decimals)
    {
        var rounded = Round(value, decimals);
        if (rounded == 0)
        {
            rounded = 0; // removes negative zero
        }

        return rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Info);
    }

    /// <summary>Number or the suppression symbol when <paramref name="value"/> is null.</summary>
    public static string Number(double? value, int decimals) =>
        value is { } v ? Number(v, decimals) : SuppressedSymbol;

    /// <summary>"7,9 %" (narrow no-break space before the percent sign).</summary>
    public static string Percent(double value, int decimals) => Number(value, decimals) + NarrowNoBreakSpace + "%";

    /// <summary>Percent or the suppression symbol when <paramref name="value"/> is null.</summary>
    public static string Percent(double? value, int decimals) =>
        value is { } v ? Percent(v, decimals) : SuppressedSymbol;

    /// <summary>Signed number: "+1.234,5", "-0,3", "0,0" (zero after rounding has no sign).</summary>
    public static string Signed(double value, int decimals)
    {
        var rounded = Round(value, decimals);
        var text = Number(rounded, decimals);
        return rounded > 0 ? "+" + text : text;
    }

    /// <summary>"+0,4 Pp." (percentage points, signed).</summary>
    public static string PercentagePoints(double value, int decimals) =>
        Signed(value, decimals) + NarrowNoBreakSpace + "Pp.";

    /// <summary>Percentage points or the suppression symbol when <paramref name="value"/> is null.</summary>
    public static string PercentagePoints(double? value, int decimals) =>
        value is { } v ? PercentagePoints(v, decimals) : SuppressedSymbol;

    /// <summary>Integer count with thousands separator: "30.406".</summary>
    public static string Count(long value) => value.ToString("N0", Info);

    /// <summary>A value with its catalogue unit: "%" → "7,9 %", "je 1.000" → "12,3 je 1.000", "Anzahl" → "1.234".</summary>
    public static string WithUnit(double value, int decimals, string unit) => unit switch
    {
        "%" => Percent(value, decimals),
        "‰" => Number(value, decimals) + NarrowNoBreakSpace + "‰",
        "Anzahl" or "Index" or "Verhältnis" => Number(value, decimals),
        _ => Number(value, decimals) + " " + unit,
    };

    /// <summary>
    /// Text for a published value set cell following the Zeichenerklärung: suppressed → ".",
    /// not meaningful → "x", not available → ".", low reliability → "(7,9)".
    /// </summary>
    public static string Cell(double? value, CellStatus status, int decimals) => status switch
    {
        CellStatus.Published when value is { } v => Number(v, decimals),
        CellStatus.LowReliability when value is { } v => "(" + Number(v, decimals) + ")",
        CellStatus.NotMeaningful => NotMeaningfulSymbol,
        _ => SuppressedSymbol,
    };

    /// <summary>The symbol of official statistics for a status ("." for suppressed/unknown, "x", "( )", "").</summary>
    public static string Symbol(CellStatus status) => status switch
    {
        CellStatus.Published => string.Empty,
        CellStatus.LowReliability => "( )",
        CellStatus.NotMeaningful => NotMeaningfulSymbol,
        _ => SuppressedSymbol,
    };
}
