using Haan.Report.Data;
using Haan.Report.Diagnostics;

namespace Haan.Report.Composition;

/// <summary>A data problem (file, line, column, message) as the one <see cref="Problem"/> type the command line shows.</summary>
internal static class DataProblems
{
    public static Problem ToProblem(DataProblem problem) =>
        new("Data", problem.Severity == Data.ProblemSeverity.Error ? Diagnostics.ProblemSeverity.Error : Diagnostics.ProblemSeverity.Warning,
            ProblemLocation.InTable(problem.File, problem.Line, problem.Column), problem.Message) { Value = problem.Value };
}
