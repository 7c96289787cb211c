namespace Haan.Report.Charts;

/// <summary>
/// A matrix of two ordered categorisations (e.g. status × dynamics of a social index), the items in the cells.
/// Rows and columns are ordered from the favourable to the unfavourable end: a cell's colour follows the sum of its
/// row and column index on the diverging scheme (cool → neutral → warm), so the caller's order decides the meaning.
/// </summary>
/// <param name="RowTitle">Heading of the rows, e.g. „Status“.</param>
/// <param name="RowLabels">Row categories, top to bottom.</param>
/// <param name="ColumnTitle">Heading of the columns, e.g. „Dynamik“.</param>
/// <param name="ColumnLabels">Column categories, left to right.</param>
public sealed record CategoryMatrixSpec(string RowTitle, IReadOnlyList<string> RowLabels, string ColumnTitle, IReadOnlyList<string> ColumnLabels, IReadOnlyList<MatrixEntry> Entries)
{
    /// <summary>Subject for the alt text and the data table, e.g. „Sozialindex 2023“.</summary>
    public string Subject { get; init; } = "Matrix";

    /// <summary>Heading of the item column of the data table, e.g. „Sozialraum“.</summary>
    public string ItemHeading { get; init; } = "Eintrag";

    /// <summary>Noun of the items for the alt text, e.g. „Sozialräume“.</summary>
    public string ItemNoun { get; init; } = "Einträge";

    /// <summary>The colour key in one muted line under the grid, e.g. what blue and red mean; null = none.</summary>
    public string? ColourKey { get; init; }

    /// <summary>What the alt text adds after the counts, e.g. which items need attention; null = nothing.</summary>
    public string? Finding { get; init; }
}
