using Haan.Report.Data.Schema;

namespace Haan.Report.Data.Tests;

/// <summary>docs/DATA.md documents exactly the columns of <see cref="DataSchema"/>; the generator writes exactly those headers.</summary>
public sealed class SchemaDocumentTests
{
    private static string DocumentPath => Path.Combine(Path.GetDirectoryName(TestData.RepoDataDirectory)!, "docs", "DATA.md");

    [Fact]
    public void Committed_data_document_has_the_column_tables_of_the_schema()
    {
        // Regenerate with: HAAN_UPDATE_DATA_DOC=1 dotnet test tests/Haan.Report.Data.Tests
        var committed = File.ReadAllText(DocumentPath);
        var expected = SchemaDocument.Apply(committed);
        if (Environment.GetEnvironmentVariable("HAAN_UPDATE_DATA_DOC") == "1")
        {
            File.WriteAllText(DocumentPath, expected);
            committed = expected;
        }

        Assert.Equal(expected, committed.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void A_column_missing_from_the_document_is_drift()
    {
        var committed = File.ReadAllText(DocumentPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        var edited = committed.Replace("| `nef_unter_15` |", "| `nef_u15` |", StringComparison.Ordinal);
        Assert.NotEqual(committed, edited);
        Assert.Equal(committed, SchemaDocument.Apply(edited));
    }

    [Fact]
    public void Every_file_of_the_schema_has_its_section_in_the_document()
    {
        var lines = File.ReadAllLines(DocumentPath);
        Assert.All(DataSchema.Files, f => Assert.Contains(SchemaDocument.Heading(f), lines));
    }

    [Fact]
    public void Generated_files_have_exactly_the_schema_columns_in_order()
    {
        foreach (var file in DataSchema.Files.Where(f => f.Format == InputFormat.Csv))
        {
            var header = File.ReadLines(Path.Combine(TestData.GeneratedDirectory, file.Name)).First().TrimStart('\uFEFF');
            Assert.Equal(string.Join(";", file.ColumnNames), header);
        }
    }

    [Fact]
    public void Keys_are_columns_of_their_file()
    {
        Assert.All(DataSchema.Files, f => Assert.All(f.Key, k => Assert.Contains(k, f.ColumnNames)));
    }
}
