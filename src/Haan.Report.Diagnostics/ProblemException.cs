namespace Haan.Report.Diagnostics;

/// <summary>Thrown when inputs cannot be used; carries every problem found (errors and warnings), never only the first.</summary>
public sealed class ProblemException : Exception
{
    /// <summary>Creates the exception from all problems found.</summary>
    public ProblemException(IReadOnlyList<Problem> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception from one problem.</summary>
    public ProblemException(Problem problem)
        : this([problem])
    {
    }

    /// <summary>All problems, in the order found.</summary>
    public IReadOnlyList<Problem> Problems { get; }
}
