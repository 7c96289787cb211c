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

    /// <summary>Formats a value the German way; see <see cref="GermanFormat.Number(double, int, string)"/>.</summary>
    public string Format(double value) => GermanFormat.Number(value, Decimals, Unit);

    /// <summary>Formats a value, or the secrecy sign „.“ for suppressed values and „–“ for missing ones.</summary>
    public string Format(double? value, bool suppressed) =>
        suppressed ? GermanFormat.SuppressedSymbol : value is { } v ? Format(v) : GermanFormat.NothingSymbol;
}
