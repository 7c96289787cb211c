namespace Haan.Report.Indicators;

/// <summary>Publication status of one cell; every table, chart, map and export uses it.</summary>
public enum CellStatus
{
    /// <summary>Value published.</summary>
    Published,

    /// <summary>Value published in parentheses: limited reliability (small denominator), symbol "( )".</summary>
    LowReliability,

    /// <summary>
    /// Suppressed (statistical confidentiality), symbol ".". One status for primary, secondary and inherited
    /// suppression: the kind would tell an attacker that a primary cell lies between 1 and the minimum count − 1, so
    /// it is kept only in the internal audit list (<see cref="Confidentiality.SuppressionAuditEntry"/>).
    /// </summary>
    Suppressed,

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

    /// <summary>True for a suppressed cell (of any kind).</summary>
    public static bool IsSuppressed(this CellStatus status) => status is CellStatus.Suppressed;

    /// <summary>German label used in every published output (one label for all kinds of suppression).</summary>
    public static string GermanLabel(this CellStatus status) => status switch
    {
        CellStatus.Published => "veröffentlicht",
        CellStatus.LowReliability => "eingeschränkte Aussagekraft",
        CellStatus.Suppressed => "gesperrt",
        CellStatus.NotMeaningful => "nicht sinnvoll",
        _ => "nicht verfügbar",
    };
}
