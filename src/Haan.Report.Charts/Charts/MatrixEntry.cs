namespace Haan.Report.Charts;

/// <summary>An item placed in a <see cref="CategoryMatrixSpec"/>: row and column are 0-based indexes of the categories.</summary>
public sealed record MatrixEntry(string Label, int Row, int Column);
