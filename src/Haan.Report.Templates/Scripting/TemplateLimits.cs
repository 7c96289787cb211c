namespace Haan.Report.Templates.Scripting;

/// <summary>Resource limits for one template run; generous for real reports, tight enough to stop runaway loops.</summary>
public sealed record TemplateLimits
{
    /// <summary>Cumulative loop iterations per template run.</summary>
    public int LoopLimit { get; init; } = 100_000;

    /// <summary>Maximum depth of nested function calls.</summary>
    public int RecursionLimit { get; init; } = 50;

    /// <summary>Maximum length of the rendered output in characters.</summary>
    public int OutputLimit { get; init; } = 2_000_000;

    /// <summary>Maximum time one regular expression (<c>regex.match</c> …) may take before it is stopped.</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Maximum wall time of one template run.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    public static TemplateLimits Default { get; } = new();
}
