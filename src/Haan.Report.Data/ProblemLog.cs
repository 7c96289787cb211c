using System.Globalization;

namespace Haan.Report.Data;

/// <summary>Collects <see cref="DataProblem"/>s for one load run.</summary>
internal sealed class ProblemLog
{
    private readonly List<DataProblem> problems = [];

    public ProblemLog(string directoryLabel) => DirectoryLabel = directoryLabel;

    /// <summary>Prefix shown before file names, e.g. <c>data</c>.</summary>
    public string DirectoryLabel { get; }

    public IReadOnlyList<DataProblem> Problems => problems;

    public bool HasErrors => problems.Any(p => p.Severity == ProblemSeverity.Error);

    public string Label(string file) => DirectoryLabel + "/" + file;

    public void Error(string file, int? line, string? column, string? value, string message) =>
        problems.Add(new DataProblem(Label(file), line, column, value, message));

    public void Warning(string file, int? line, string? column, string? value, string message) =>
        problems.Add(new DataProblem(Label(file), line, column, value, message, ProblemSeverity.Warning));

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string N(double value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + N(decimals), CultureInfo.InvariantCulture).Replace('.', ',');
}
