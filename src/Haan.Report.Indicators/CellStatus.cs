namespace Haan.Report.Indicators;

/// <summary>Publication status of one cell; every table, chart, map and export uses it.</summary>
public enum CellStatus
{
    /// <summary>Value published.</summary>
    Published,

    /// <summary>Value published in parentheses: limited reliability (small denominator), symbol "( )".</summary>
    LowReliability,

    /// <summary>Primary suppression: the count is below the minimum count, symbol ".".</summary>
    SuppressedPrimary,

    /// <summary>Secondary suppression (protects another cell) or inherited from a suppressed input, symbol ".".</summary>
    SuppressedSecondary,

    /// <summary>Not meaningful, e.g. denominator zero, symbol "x".</summary>
    NotMeaningful,

    /// <summary>Input data not available, symbol ".".</summary>
    NotAvailable,
}

/// <summary>Helpers for <see cref="CellStatus"/>.</summary>
public static class CellStatusExtensions
{
    /// <summary>True when a value is shown (plain or in parentheses).</summary>
    public static bool HasValue(this CellStatus status) =>
        status is CellStatus.Published or CellStatus.LowReliability;

    /// <summary>True for primary or secondary suppression.</summary>
    public static bool IsSuppressed(this CellStatus status) =>
        status is CellStatus.SuppressedPrimary or CellStatus.SuppressedSecondary;

    /// <summary>German label used in the report and the audit list.</summary>
    public static string GermanLabel(this CellStatus status) => status switch
    {
        CellStatus.Published => "veröffentlicht",
        CellStatus.LowReliability => "eingeschränkte Aussagekraft",
        CellStatus.SuppressedPrimary => "gesperrt (primär)",
        CellStatus.SuppressedSecondary => "gesperrt (sekundär)",
        CellStatus.NotMeaningful => "nicht sinnvoll",
        _ => "nicht verfügbar",
    };
}
