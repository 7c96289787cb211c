using Haan.Report.Diagnostics;

namespace Haan.Report.Data;

/// <summary>Result of <see cref="DataSetLoader.Load"/>: the data set (null if any error) and all problems found.</summary>
/// <param name="Data">The loaded data set, or null when at least one problem is an error.</param>
/// <param name="Problems">All errors and warnings, in file order.</param>
public sealed record DataLoadResult(DataSet? Data, IReadOnlyList<Problem> Problems)
{
    /// <summary>Only the problems with severity <see cref="ProblemSeverity.Error"/>.</summary>
    public IReadOnlyList<Problem> Errors => Problems.Where(p => p.IsError).ToList();
}
