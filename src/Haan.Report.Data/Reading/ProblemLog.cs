using System.Text.RegularExpressions;
using Haan.Report.Data.Text;
using Haan.Report.Diagnostics;

namespace Haan.Report.Data.Reading;

/// <summary>
/// Collects the <see cref="Problem"/>s of one load run. One cause, one message: the same kind of problem (same file,
/// column and message apart from the values) is listed <see cref="RepeatLimit"/> times, then summarised as
/// „… und 4.812 weitere Zeilen mit demselben Fehler“, so a file of a million broken rows stays readable.
/// </summary>
internal sealed partial class ProblemLog
{
    /// <summary>How many problems of one kind are listed before the rest is summarised.</summary>
    public const int RepeatLimit = 10;

    /// <summary>
    /// Largest sum of one count column of a file. Any sum the indicators form (of cells of up to 16 such columns)
    /// then fits into an <see cref="int"/>; real counts of a town stay far below (Haan: about 30.000 inhabitants).
    /// </summary>
    public const long ColumnTotalLimit = int.MaxValue / 16;

    private readonly List<Problem> problems = [];
    private readonly Dictionary<(string File, string? Column, ProblemSeverity Severity, string Kind), (int Count, int SummaryIndex)> kinds = new();
    private readonly Dictionary<(string File, string Column), long> totals = new();

    public ProblemLog(string directoryLabel) => DirectoryLabel = directoryLabel;

    /// <summary>Prefix shown before file names, e.g. <c>data</c>.</summary>
    public string DirectoryLabel { get; }

    /// <summary>The problems as listed (repeated kinds summarised).</summary>
    public IReadOnlyList<Problem> Problems
    {
        get
        {
            var listed = problems.ToList();
            foreach (var ((file, column, severity, _), (count, index)) in kinds.Where(k => k.Value.Count > RepeatLimit))
            {
                listed[index] = DataMessages.MoreOfTheSame(ProblemLocation.InTable(file, null, column), count - RepeatLimit, severity);
            }

            return listed;
        }
    }

    /// <summary>Every problem reported, including those summarised.</summary>
    public int Count { get; private set; }

    /// <summary>Every error reported, including those summarised.</summary>
    public int ErrorCount { get; private set; }

    public bool HasErrors => ErrorCount > 0;

    /// <summary>The file as shown to the user: directory label and file name, e.g. <c>data/sgb2.csv</c>.</summary>
    public string Label(string file) => DirectoryLabel + "/" + file;

    /// <summary>A location in <paramref name="file"/> of the data directory (line and column name may be null).</summary>
    public ProblemLocation At(string file, int? line = null, string? column = null) => ProblemLocation.InTable(Label(file), line, column);

    /// <summary>
    /// Adds a count to the running total of its column; reports once, at the row where the total passes
    /// <see cref="ColumnTotalLimit"/>, instead of an overflow later without file and line. False once the total is
    /// past the limit.
    /// </summary>
    public bool AddToTotal(string file, int line, string column, int value)
    {
        var before = totals.GetValueOrDefault((file, column));
        var after = before + value;
        totals[(file, column)] = after;
        if (before <= ColumnTotalLimit && after > ColumnTotalLimit)
        {
            Add(DataMessages.ColumnTotalTooLarge(At(file, line, column), value, ColumnTotalLimit));
        }

        return after <= ColumnTotalLimit;
    }

    /// <summary>Records a problem made by <see cref="DataMessages"/>.</summary>
    public void Add(Problem problem)
    {
        Count++;
        if (problem.IsError)
        {
            ErrorCount++;
        }

        var key = (problem.Location?.File ?? "", problem.Location?.ColumnName, problem.Severity, Kind(problem.Message + " " + problem.Expected));
        var (count, index) = kinds.GetValueOrDefault(key);
        count++;
        if (count <= RepeatLimit)
        {
            problems.Add(problem);
        }
        else if (count == RepeatLimit + 1)
        {
            index = problems.Count;
            problems.Add(problem); // replaced by the summary when read
        }

        kinds[key] = (count, index);
    }

    /// <summary>The message without its values: quoted text and numbers replaced, so that repetitions match.</summary>
    private static string Kind(string message) => Digits().Replace(Quoted().Replace(message, "„…“"), "#");

    [GeneratedRegex("„[^“]*“")]
    private static partial Regex Quoted();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
