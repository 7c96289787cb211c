namespace Haan.Report.Charts;

/// <summary>
/// The values a figure draws, as a table of display texts (German format, „.“ for suppressed values): a header row,
/// body rows whose first cell names the row, and which columns hold numbers (right-aligned).
/// </summary>
public sealed record FigureDataTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<bool> NumericColumns)
{
    /// <summary>Footnotes below the table (e.g. what a hatched area means).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
