namespace Haan.Report.Composition;

// Several types in one file: the exception only carries the problems.

/// <summary>
/// One problem with the report's inputs (data, templates, configuration), as shown to the user in German.
/// </summary>
public sealed record ReportProblem(string Message)
{
    /// <summary>Technical detail for <c>--verbose</c> (e.g. the template engine's original English message), or null.</summary>
    public string? Detail { get; init; }

    public override string ToString() => Message;
}

/// <summary>Thrown when the report cannot be built from the given inputs; lists every problem found.</summary>
public sealed class ReportInputException(IReadOnlyList<ReportProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<ReportProblem> Problems { get; } = problems;
}
