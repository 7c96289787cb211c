using System.Globalization;

namespace Haan.Report.Formatting;

/// <summary>
/// The one place where numbers become German text („1.234,5“, „7,9 %“, „+0,4 Pp.“), used by tables, sentences,
/// charts and maps alike so that every printed value agrees. Built on a hand-made <see cref="NumberFormatInfo"/>
/// (decimal ",", group "."), never on culture data (InvariantGlobalization is on). Rounding is half away from zero,
/// on the decimal representation of the value (2.675 → 2,68).
/// </summary>
public static class GermanFormat
{
    /// <summary>Narrow no-break space (U+202F) placed between a number and "%" or "‰".</summary>
    public const string NarrowNoBreakSpace = "\u202F";

    /// <summary>No-break space (U+00A0) between a number and other units.</summary>
    public const string NoBreakSpace = "\u00A0";

    /// <summary>Symbol of official statistics for "unknown or secret" (suppressed cells).</summary>
    public const string SuppressedSymbol = ".";

    /// <summary>Symbol of official statistics for "not meaningful".</summary>
    public const string NotMeaningfulSymbol = "x";

    /// <summary>Symbol of official statistics for "nothing" (also: no value, no rank).</summary>
    public const string NothingSymbol = "–";

    /// <summary>Symbol for "not (yet) available": the input for that year does not exist (e.g. facility stocks of past years).</summary>
    public const string NotAvailableSymbol = "…";

    /// <summary>Legend text for suppressed areas and bars.</summary>
    public const string SuppressedLegend = "Wert geheim (.)";

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

    /// <summary>
    /// „1.234,5“ for (1234.5, 1); with a unit „7,9 %“ (narrow no-break space before % and ‰, no-break space before
    /// other units). A value that rounds to zero is printed without sign; NaN/∞ print as „–“.
    /// </summary>
    public static string Number(double value, int decimals, string unit = "")
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return NothingSymbol;
        }

        var rounded = Round(value, decimals);
        if (rounded == 0)
        {
            rounded = 0; // removes negative zero
        }

        var text = rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Info);
        return unit.Length == 0 ? text : text + (unit is "%" or "‰" ? NarrowNoBreakSpace : NoBreakSpace) + unit;
    }

    /// <summary>Number or the suppression symbol when <paramref name="value"/> is null.</summary>
    public static string Number(double? value, int decimals) =>
        value is { } v ? Number(v, decimals) : SuppressedSymbol;

    /// <summary>"7,9 %" (narrow no-break space before the percent sign).</summary>
    public static string Percent(double value, int decimals) => Number(value, decimals, "%");

    /// <summary>Percent or the suppression symbol when <paramref name="value"/> is null.</summary>
    public static string Percent(double? value, int decimals) =>
        value is { } v ? Percent(v, decimals) : SuppressedSymbol;

    /// <summary>Signed number: "+1.234,5", "-0,3", "0,0" (zero after rounding has no sign); unit as in <see cref="Number(double, int, string)"/>.</summary>
    public static string Signed(double value, int decimals, string unit = "")
    {
        var rounded = Round(value, decimals);
        var text = Number(rounded, decimals, unit);
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

    private static readonly string[] Words = ["null", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"];

    /// <summary>
    /// A count as it is written in running text before a plural noun: the word up to twelve („sieben Sozialräume“,
    /// „fünf Sozialräume“), digits with thousands separator above („500 Sozialräume“, „1.200 Sozialräume“).
    /// </summary>
    public static string CountWord(int value) => value is >= 0 and < 13 ? Words[value] : Count(value);

    /// <summary>A value with its catalogue unit: "%" → "7,9 %", "je 1.000" → "12,3 je 1.000", "Anzahl" → "1.234".</summary>
    public static string WithUnit(double value, int decimals, string unit) => unit switch
    {
        "%" or "‰" => Number(value, decimals, unit),
        "Anzahl" or "Index" or "Verhältnis" => Number(value, decimals),
        _ => Number(value, decimals) + " " + unit,
    };

    /// <summary>
    /// Joins names as German prose: „A“, „A und B“, „A, B und C“. When a name itself contains „und“ (e.g.
    /// „Gruiten-Mitte und Gruiten-Nord“), the last joiner is „sowie“ so the list stays unambiguous.
    /// </summary>
    public static string JoinAnd(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var last = items.Any(i => i.Contains(" und ", StringComparison.Ordinal)) ? " sowie " : " und ";
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + last + items[^1],
        };
    }
}
