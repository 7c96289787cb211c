namespace Haan.Report.Diagnostics;

/// <summary>Severity of a <see cref="Problem"/>.</summary>
public enum ProblemSeverity
{
    /// <summary>Fehler: nothing is written; the command ends with exit code 1.</summary>
    Error,

    /// <summary>Hinweis: the inputs were read, but someone should look (e.g. a plausibility warning).</summary>
    Warning,
}
