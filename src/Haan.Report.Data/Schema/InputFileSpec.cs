namespace Haan.Report.Data.Schema;

/// <summary>One input file of the data directory: name, format, title, key columns and columns in order.</summary>
/// <param name="Name">File name in the data directory, e.g. <c>sgb2.csv</c>.</param>
/// <param name="Format">CSV table or GeoJSON.</param>
/// <param name="Title">German title of the file's section in docs/DATA.md, e.g. „Bevölkerung (synthetisch)“.</param>
/// <param name="Key">Columns that identify a row (each combination at most once); empty when rows have no key.</param>
/// <param name="Columns">Columns in the documented order.</param>
public sealed record InputFileSpec(string Name, InputFormat Format, string Title, IReadOnlyList<string> Key, IReadOnlyList<ColumnSpec> Columns)
{
    /// <summary>The column names in order.</summary>
    public IReadOnlyList<string> ColumnNames { get; } = Columns.Select(c => c.Name).ToList();
}
