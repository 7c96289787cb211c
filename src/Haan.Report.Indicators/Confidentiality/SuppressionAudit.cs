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
/// One line of the internal audit list: which cell was suppressed, of which kind and why — never its value. The list
/// is internal: the kind is not published (one public status „gesperrt“), because „primary“ would tell that the count
/// lies between 1 and the minimum count − 1.
/// <see cref="Subject"/> is a count expression (count cells) or an indicator id (inherited entries).
/// </summary>
public sealed record SuppressionAuditEntry(string Subject, string AreaId, int Year, SuppressionKind Kind, string Rule)
{
    /// <summary>
    /// For count cells: the interval an attacker can compute from everything published (exact linear-programming
    /// audit); null for inherited entries.
    /// </summary>
    public ProtectionInterval? Interval { get; init; }

    /// <summary>For count cells with a count rule: the width the interval must have (2 × minimum count), else null.</summary>
    public double? RequiredWidth { get; init; }

    /// <summary>German label of the kind.</summary>
    public string KindText => Kind switch
    {
        SuppressionKind.Primary => "primär",
        SuppressionKind.Secondary => "sekundär",
        _ => "abgeleitet",
    };
}
