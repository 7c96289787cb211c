using System.Globalization;
using System.Text;

namespace Haan.Report.Diagnostics;

/// <summary>
/// Where a problem is, as precisely as the input allows: the file as shown to the user, and optionally the Excel sheet,
/// the 1-based line (CSV line, GeoJSON feature line, template line, Excel row), the 1-based character column (templates)
/// or the column name (CSV column, Excel column letter, GeoJSON property), and a context such as
/// „Sozialraum SR05, Zeile 150 des ausgefüllten Texts“.
/// </summary>
public sealed record ProblemLocation
{
    /// <summary>Creates a location in <paramref name="file"/>.</summary>
    public ProblemLocation(string file) => File = file;

    /// <summary>File as shown to the user, e.g. <c>data/bevoelkerung.csv</c> or <c>kapitel/04-bevoelkerung.md</c>.</summary>
    public string File { get; init; }

    /// <summary>Excel sheet name, or null.</summary>
    public string? Sheet { get; init; }

    /// <summary>1-based line (or Excel row), or null for a problem of the whole file.</summary>
    public int? Line { get; init; }

    /// <summary>1-based character column (templates), or null.</summary>
    public int? Column { get; init; }

    /// <summary>Column name, Excel column letter or property name, or null.</summary>
    public string? ColumnName { get; init; }

    /// <summary>Field of a configuration file (JSON), e.g. <c>titel</c>, or null.</summary>
    public string? Field { get; init; }

    /// <summary>Where in a generated text the problem arose (e.g. inside a loop), or null.</summary>
    public string? Context { get; init; }

    /// <summary>The nearest heading above the place (for problems found on the laid-out page), or null.</summary>
    public string? NearHeading { get; init; }

    /// <summary>A location in a file with a line and optionally a character column (values ≤ 0 mean unknown).</summary>
    public static ProblemLocation At(string file, int line, int column = 0) => new(file)
    {
        Line = line > 0 ? line : null,
        Column = line > 0 && column > 0 ? column : null,
    };

    /// <summary>A location in a table file: line and column name (either may be null).</summary>
    public static ProblemLocation InTable(string file, int? line, string? columnName) => new(file)
    {
        Line = line,
        ColumnName = string.IsNullOrEmpty(columnName) ? null : columnName,
    };

    /// <summary>German rendering, e.g. <c>data/sgb2.csv, Zeile 12, Spalte „anzahl“</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(File);
        if (!string.IsNullOrEmpty(Sheet))
        {
            sb.Append(", Tabellenblatt „").Append(Sheet).Append('“');
        }

        if (Line is int line)
        {
            sb.Append(", Zeile ").Append(line.ToString(CultureInfo.InvariantCulture));
        }

        if (Column is int column)
        {
            sb.Append(", Spalte ").Append(column.ToString(CultureInfo.InvariantCulture));
        }
        else if (!string.IsNullOrEmpty(ColumnName))
        {
            sb.Append(", Spalte „").Append(ColumnName).Append('“');
        }

        if (!string.IsNullOrEmpty(Field))
        {
            sb.Append(", Feld „").Append(Field).Append('“');
        }

        if (!string.IsNullOrEmpty(Context))
        {
            sb.Append(" (").Append(Context).Append(')');
        }

        if (!string.IsNullOrEmpty(NearHeading))
        {
            sb.Append(", nach der Überschrift „").Append(NearHeading).Append('“');
        }

        return sb.ToString();
    }
}
