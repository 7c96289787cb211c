namespace Haan.Report.Data.Schema;

/// <summary>One column of an input table (or one property of a GeoJSON feature), as documented in docs/DATA.md.</summary>
/// <param name="Name">Column name exactly as in the header, e.g. <c>anzahl</c>.</param>
/// <param name="Type">German description of the type, e.g. „ganze Zahl ≥ 0“ (the „Typ“ cell of the documentation).</param>
/// <param name="Description">German meaning of the column (the „Bedeutung“ cell), Markdown.</param>
public sealed record ColumnSpec(string Name, string Type, string Description);
