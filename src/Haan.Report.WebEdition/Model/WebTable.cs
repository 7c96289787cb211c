namespace Haan.Report.WebEdition;

/// <summary>
/// A table as the PDF shows it: caption (with its number, if numbered), rows of display texts exactly as printed,
/// which columns are right-aligned (numbers), whether the first cell heads its row, footnotes and the source line.
/// </summary>
public sealed record WebTable(
    string? Number,
    string Caption,
    IReadOnlyList<WebTableRow> Rows,
    IReadOnlyList<bool> RightAligned,
    bool FirstColumnHeadsRows,
    IReadOnlyList<string> Footnotes,
    string Source);
