namespace Haan.Report.Indicators.Confidentiality;

/// <summary>Why a cell is suppressed.</summary>
public enum SuppressionKind
{
    /// <summary>Count below the minimum count.</summary>
    Primary,

    /// <summary>Suppressed so that another suppressed cell cannot be recomputed.</summary>
    Secondary,

    /// <summary>Derived value (rate, change, index, composite) of a suppressed input.</summary>
    Inherited,
}

/// <summary>
/// One line of the audit list: which cell was suppressed and why — never its value.
/// <see cref="Subject"/> is a count expression (count cells) or an indicator id (inherited entries).
/// </summary>
public sealed record SuppressionAuditEntry(string Subject, string AreaId, int Year, SuppressionKind Kind, string Rule)
{
    /// <summary>German label of the kind.</summary>
    public string KindText => Kind switch
    {
        SuppressionKind.Primary => "primär",
        SuppressionKind.Secondary => "sekundär",
        _ => "abgeleitet",
    };
}
