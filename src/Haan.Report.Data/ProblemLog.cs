using System.Globalization;
using System.Text.RegularExpressions;

namespace Haan.Report.Data;

/// <summary>
/// Collects <see cref="DataProblem"/>s for one load run. One cause, one message: the same kind of problem (same file,
/// column and message apart from the values) is listed <see cref="RepeatLimit"/> times, then summarised as
/// „… und 4.812 weitere Zeilen mit demselben Fehler“, so a file of a million broken rows stays readable.
/// </summary>
internal sealed partial class ProblemLog
{
    /// <summary>How many problems of one kind are listed before the rest is summarised.</summary>
    public const int RepeatLimit = 10;

    private readonly List<DataProblem> problems = [];
    private readonly Dictionary<(string File, string? Column, ProblemSeverity Severity, string Kind), (int Count, int SummaryIndex)> kinds = new();

    public ProblemLog(string directoryLabel) => DirectoryLabel = directoryLabel;

    /// <summary>Prefix shown before file names, e.g. <c>data</c>.</summary>
    public string DirectoryLabel { get; }

    /// <summary>The problems as listed (repeated kinds summarised).</summary>
    public IReadOnlyList<DataProblem> Problems
    {
        get
        {
            var listed = problems.ToList();
            foreach (var ((file, column, severity, _), (count, index)) in kinds.Where(k => k.Value.Count > RepeatLimit))
            {
                var more = count - RepeatLimit;
                listed[index] = new DataProblem(file, null, column, null,
                    $"… und {Thousands(more)} weitere {(more == 1 ? "Zeile" : "Zeilen")} mit demselben Fehler (wie oben, nur mit anderen Werten).", severity);
            }

            return listed;
        }
    }

    /// <summary>Every problem reported, including those summarised.</summary>
    public int Count { get; private set; }

    /// <summary>Every error reported, including those summarised.</summary>
    public int ErrorCount { get; private set; }

    public bool HasErrors => ErrorCount > 0;

    public string Label(string file) => DirectoryLabel + "/" + file;

    public void Error(string file, int? line, string? column, string? value, string message) =>
        Add(new DataProblem(Label(file), line, column, value, message));

    public void Warning(string file, int? line, string? column, string? value, string message) =>
        Add(new DataProblem(Label(file), line, column, value, message, ProblemSeverity.Warning));

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string N(double value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + N(decimals), CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>
    /// Largest sum of one count column of a file. Any sum the indicators form (of cells of up to 16 such columns)
    /// then fits into an <see cref="int"/>; real counts of a town stay far below (Haan: about 30.000 inhabitants).
    /// </summary>
    public const long ColumnTotalLimit = int.MaxValue / 16;

    private readonly Dictionary<(string File, string Column), long> totals = new();

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
            Error(file, line, column, N(value), $"Die Summe der Spalte übersteigt ab dieser Zeile {Thousands(ColumnTotalLimit)}. So große Fallzahlen sind für eine Stadt nicht plausibel und können nicht sicher summiert werden. Erwartet: Fallzahlen ohne Tippfehler (Stellen doppelt eingegeben?).");
        }

        return after <= ColumnTotalLimit;
    }

    private void Add(DataProblem problem)
    {
        Count++;
        if (problem.Severity == ProblemSeverity.Error)
        {
            ErrorCount++;
        }

        var key = (problem.File, problem.Column, problem.Severity, Kind(problem.Message));
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

    public static string Thousands(long value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    [GeneratedRegex("„[^“]*“")]
    private static partial Regex Quoted();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
