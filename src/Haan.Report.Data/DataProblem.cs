using System.Globalization;
using System.Text;

namespace Haan.Report.Data;

/// <summary>Severity of a <see cref="DataProblem"/>.</summary>
public enum ProblemSeverity
{
    /// <summary>Fehler: the data set is not loaded (<see cref="DataLoadResult.Data"/> is null).</summary>
    Error,

    /// <summary>Hinweis: the data were read, but someone should look (e.g. Windows-1252 encoding, demographic balance).</summary>
    Warning,
}

/// <summary>
/// One problem found while loading the data directory. <see cref="ToString"/> renders it in German, e.g.
/// <c>data/bevoelkerung.csv, Zeile 12, Spalte „anzahl“: „abc“ ist keine Zahl. Erwartet: ganze Zahl ≥ 0.</c>
/// </summary>
/// <param name="File">File path as shown to the user: data directory name + file name, e.g. <c>data/bevoelkerung.csv</c>.</param>
/// <param name="Line">1-based line in the file (CSV: physical line incl. header = line 1; GeoJSON: line where the feature starts), or null for file-level problems.</param>
/// <param name="Column">Column (CSV) or property/feature label (GeoJSON), or null.</param>
/// <param name="Value">The offending value as found, or null.</param>
/// <param name="Message">German message including what is expected.</param>
/// <param name="Severity">Error or warning.</param>
public sealed record DataProblem(string File, int? Line, string? Column, string? Value, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    /// <summary>German one-line rendering: file, line, column, message (warnings are prefixed with „Hinweis:“).</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(File);
        if (Line is int line)
        {
            sb.Append(", Zeile ").Append(line.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(Column))
        {
            sb.Append(", Spalte „").Append(Column).Append('“');
        }

        sb.Append(": ");
        if (Severity == ProblemSeverity.Warning)
        {
            sb.Append("Hinweis: ");
        }

        sb.Append(Message);
        return sb.ToString();
    }
}

/// <summary>Result of <see cref="DataSetLoader.Load"/>: the data set (null if any error) and all problems found.</summary>
/// <param name="Data">The loaded data set, or null when at least one problem has <see cref="ProblemSeverity.Error"/>.</param>
/// <param name="Problems">All errors and warnings, in file order.</param>
public sealed record DataLoadResult(DataSet? Data, IReadOnlyList<DataProblem> Problems)
{
    /// <summary>Only the problems with severity <see cref="ProblemSeverity.Error"/>.</summary>
    public IReadOnlyList<DataProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
}
