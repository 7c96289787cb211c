namespace Haan.Report.WebEdition;

/// <summary>A table row: its kind and one display text per column.</summary>
public sealed record WebTableRow(WebRowKind Kind, IReadOnlyList<string> Cells);
