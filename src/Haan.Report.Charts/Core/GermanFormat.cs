using System.Globalization;

namespace Haan.Report.Charts;

/// <summary>How a value is written: decimals and an optional unit (e.g. "%").</summary>
public sealed record ValueFormat(int Decimals, string Unit = "")
{
    /// <summary>Percent with one decimal: „7,9 %“.</summary>
    public static ValueFormat Percent1 { get; } = new(1, "%");

    /// <summary>Whole numbers with thousands separator: „1.234“.</summary>
    public static ValueFormat Integer { get; } = new(0);

    /// <summary>One decimal: „12,3“.</summary>
    public static ValueFormat Decimal1 { get; } = new(1);

    /// <summary>Formats a value the German way; see <see cref="GermanFormat.Number"/>.</summary>
    public string Format(double value) => GermanFormat.Number(value, Decimals, Unit);

    /// <summary>Formats a value, or the secrecy sign „.“ for suppressed values and „–“ for missing ones.</summary>
    public string Format(double? value, bool suppressed) =>
        suppressed ? GermanFormat.SuppressedSign : value is { } v ? Format(v) : GermanFormat.MissingSign;
}

/// <summary>German number formatting (decimal comma, thousands point) independent of the machine culture.</summary>
public static class GermanFormat
{
    /// <summary>Narrow no-break space (U+202F) between number and "%".</summary>
    public const string NarrowNoBreakSpace = "\u202F";

    /// <summary>No-break space (U+00A0) between number and other units.</summary>
    public const string NoBreakSpace = "\u00A0";

    /// <summary>Sign for a value kept secret (statistical confidentiality).</summary>
    public const string SuppressedSign = ".";

    /// <summary>Sign for a value that does not exist.</summary>
    public const string MissingSign = "–";

    /// <summary>Legend text for suppressed values.</summary>
    public const string SuppressedLegend = "Wert geheim (.)";

    private static readonly NumberFormatInfo Info = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
        NegativeSign = "-",
        PositiveSign = "+",
    };

    /// <summary>„1.234“, „12,3“, „7,9 %“ (with a narrow no-break space before %).</summary>
    public static string Number(double value, int decimals, string unit = "")
    {
        if (decimals < 0 || decimals > 6) throw new ArgumentOutOfRangeException(nameof(decimals));
        if (double.IsNaN(value) || double.IsInfinity(value)) return MissingSign;
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0; // no "-0,0"
        var text = rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Info);
        if (string.IsNullOrEmpty(unit)) return text;
        var space = unit == "%" ? NarrowNoBreakSpace : NoBreakSpace;
        return text + space + unit;
    }

    /// <summary>Signed difference, e.g. „+1,2“ (unit appended as in <see cref="Number"/>).</summary>
    public static string Signed(double value, int decimals, string unit = "")
    {
        var text = Number(value, decimals, unit);
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero) > 0 ? "+" + text : text;
    }

    /// <summary>Joins names as German prose: „A“, „A und B“, „A, B und C“.</summary>
    public static string JoinAnd(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " und " + items[^1],
        };
    }
}
