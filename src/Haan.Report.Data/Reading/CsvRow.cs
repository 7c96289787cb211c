using System.Globalization;
using Haan.Report.Data.Text;
using Haan.Report.Diagnostics;

namespace Haan.Report.Data.Reading;

/// <summary>One data row of a CSV file with its physical line number; typed access reports every bad cell.</summary>
internal sealed class CsvRow
{
    private readonly Dictionary<string, string> values;

    private readonly string? sheet;
    private readonly IReadOnlyDictionary<string, string>? columnLetters;

    /// <param name="file">File name in the data directory.</param>
    /// <param name="line">CSV line or Excel row.</param>
    /// <param name="values">Cell texts by column name.</param>
    /// <param name="log">Where problems go.</param>
    /// <param name="sheet">Excel sheet, or null for a CSV file.</param>
    /// <param name="columnLetters">Excel column letter by column name, or null for a CSV file.</param>
    public CsvRow(string file, int line, Dictionary<string, string> values, ProblemLog log, string? sheet = null, IReadOnlyDictionary<string, string>? columnLetters = null)
    {
        File = file;
        Line = line;
        this.values = values;
        Log = log;
        this.sheet = sheet;
        this.columnLetters = columnLetters;
    }

    public string File { get; }

    public int Line { get; }

    public ProblemLog Log { get; }

    /// <summary>The location of <paramref name="column"/> in this row (null: the whole row).</summary>
    public ProblemLocation At(string? column) => sheet is null
        ? Log.At(File, Line, column)
        : Log.At(File, Line, column is not null && columnLetters?.GetValueOrDefault(column) is { } letter ? letter : column) with
        {
            Sheet = sheet,
            Context = column is not null && columnLetters?.ContainsKey(column) == true ? column : null,
        };

    /// <summary>Records a problem of this row.</summary>
    public void Report(Problem problem) => Log.Add(problem);

    /// <summary>Replaces a cell with a value from another input (a KomMonitor download).</summary>
    public void Replace(string column, string value) => values[column] = value;

    /// <summary>Raw (trimmed) text of a column; empty if the column is absent.</summary>
    public string Text(string column) => values.TryGetValue(column, out var v) ? v : "";

    /// <summary>Text that must not be empty.</summary>
    public string? RequiredText(string column, string expected)
    {
        var v = Text(column);
        if (v.Length == 0)
        {
            Report(DataMessages.MissingValue(At(column), expected));
            return null;
        }

        return v;
    }

    /// <summary>A whole number ≥ 0 (counts).</summary>
    public int? Count(string column)
    {
        var count = Integer(column, 0, int.MaxValue, "ganze Zahl ≥ 0");
        // Past the plausible column total the values are not used any more (no overflow in later sums).
        return count is { } n && !Log.AddToTotal(File, Line, column, n) ? null : count;
    }

    /// <summary>A reference year.</summary>
    public int? Year(string column = "jahr") => Integer(column, 1950, 2100, "Jahreszahl, z. B. 2023");

    public int? OptionalCount(string column) => Text(column).Length == 0 ? null : Count(column);

    public int? Integer(string column, int min, int max, string expected)
    {
        var v = Text(column);
        if (v.Length == 0)
        {
            Report(DataMessages.MissingValue(At(column), expected));
            return null;
        }

        if (!int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            if (v.TrimStart('-', '+').Length > 0 && v.TrimStart('-', '+').All(char.IsAsciiDigit))
            {
                Report(DataMessages.NumberTooLarge(At(column), v, expected));
                return null;
            }

            var separator = v.Contains('.', StringComparison.Ordinal) || v.Contains(',', StringComparison.Ordinal);
            Report(DataMessages.NotAWholeNumber(At(column), v, expected, separator));
            return null;
        }

        if (n < 0 && min >= 0)
        {
            Report(DataMessages.Negative(At(column), v, expected));
            return null;
        }

        if (n < min || n > max)
        {
            Report(DataMessages.OutOfRange(At(column), v, expected));
            return null;
        }

        return n;
    }

    /// <summary>A decimal number in German notation (decimal comma, no thousands separator).</summary>
    public decimal? Decimal(string column, decimal min, decimal max, string expected, bool optional = false)
    {
        var v = Text(column);
        if (v.Length == 0)
        {
            if (!optional)
            {
                Report(DataMessages.MissingValue(At(column), expected));
            }

            return null;
        }

        if (v.Contains('.', StringComparison.Ordinal))
        {
            Report(DataMessages.DecimalWithPoint(At(column), v, expected));
            return null;
        }

        if (!decimal.TryParse(v.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
        {
            Report(DataMessages.NotADecimal(At(column), v, expected));
            return null;
        }

        if (d < min || d > max)
        {
            Report(DataMessages.OutOfRange(At(column), v, expected));
            return null;
        }

        return d;
    }

    /// <summary>One of a fixed set of values.</summary>
    public string? OneOf(string column, IReadOnlyCollection<string> allowed)
    {
        var v = Text(column);
        if (!allowed.Contains(v, StringComparer.Ordinal))
        {
            Report(DataMessages.NotAllowed(At(column), v, allowed));
            return null;
        }

        return v;
    }

    /// <summary>An eight-digit Amtlicher Gemeindeschlüssel.</summary>
    public string? Ags(string column = "ags")
    {
        var v = Text(column);
        if (v.Length != 8 || !v.All(char.IsAsciiDigit))
        {
            Report(DataMessages.NotAnAgs(At(column), v));
            return null;
        }

        return v;
    }

    /// <summary>An ISO date (JJJJ-MM-TT).</summary>
    public DateOnly? Date(string column)
    {
        var text = Text(column);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        Report(DataMessages.NotADate(At(column), text));
        return null;
    }
}
