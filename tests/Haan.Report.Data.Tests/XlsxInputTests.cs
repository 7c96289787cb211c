using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Haan.Report.Data.Text;
using Haan.Report.Testing;

namespace Haan.Report.Data.Tests;

/// <summary>An <c>.xlsx</c> with the same columns is accepted wherever a CSV is; problems name sheet, Excel row and column letter.</summary>
public sealed class XlsxInputTests
{
    /// <summary>
    /// Replaces <paramref name="csv"/> in <paramref name="dir"/> by a workbook with the same rows (sheet
    /// <paramref name="sheetName"/>, after an unrelated first sheet when the name matches the file); cells of
    /// <paramref name="numberColumns"/> as Excel numbers, of <paramref name="dateColumns"/> as Excel date numbers, the rest as text.
    /// </summary>
    private static void ToWorkbook(string dir, string csv, string sheetName, IReadOnlySet<string> numberColumns, IReadOnlySet<string>? dateColumns = null, Func<int, string, string, string>? edit = null)
    {
        var lines = TestData.Read(dir, csv).Split('\n').Where(l => l.Length > 0).Select(l => l.Split(';')).ToList();
        File.Delete(Path.Combine(dir, csv));
        using var document = SpreadsheetDocument.Create(Path.Combine(dir, Path.ChangeExtension(csv, ".xlsx")), SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var sheets = workbook.Workbook.Sheets!;
        uint id = 1;
        void AddSheet(string name, IEnumerable<Row> rows)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData(rows));
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
        }

        if (sheetName == Path.GetFileNameWithoutExtension(csv))
        {
            AddSheet("Hinweise", [new Row(new Cell { CellReference = "A1", DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text("Export vom Amt")) }) { RowIndex = 1 }]);
        }

        var header = lines[0];
        AddSheet(sheetName, lines.Select((fields, r) => new Row(fields.Select((value, c) =>
        {
            var reference = ((char)('A' + c)).ToString() + (r + 1).ToString(CultureInfo.InvariantCulture);
            value = edit?.Invoke(r + 1, header[c], value) ?? value;
            if (r > 0 && dateColumns?.Contains(header[c]) == true && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return new Cell { CellReference = reference, CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)) };
            }

            if (r > 0 && numberColumns.Contains(header[c]) && decimal.TryParse(value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var n))
            {
                return new Cell { CellReference = reference, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) };
            }

            return new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value)) };
        })) { RowIndex = (uint)(r + 1) }));
    }

    [Fact]
    public void A_workbook_with_excel_numbers_gives_the_same_data_as_the_csv()
    {
        var dir = TestData.Copy();
        ToWorkbook(dir, "haushalte.csv", "haushalte", new HashSet<string> { "jahr", "haushalte", "haushalte_mit_kindern", "alleinerziehende" });
        var result = TestData.Load(dir);
        Assert.True(result.Data is not null, TestData.Dump(result));
        Assert.Equal(TestData.Load(TestData.GeneratedDirectory).Data!.Households, result.Data.Households);
    }

    [Fact]
    public void Excel_dates_and_german_number_texts_both_work()
    {
        var dir = TestData.Copy();
        ToWorkbook(dir, "gemeinden_bevoelkerung.csv", "Tabelle1", new HashSet<string> { "bevoelkerung" }, new HashSet<string> { "stichtag" });
        ToWorkbook(dir, "kreis_mettmann_sgb2_quoten.csv", "kreis_mettmann_sgb2_quoten", new HashSet<string>()); // „7,9“ stays text
        var result = TestData.Load(dir);
        Assert.True(result.Data is not null, TestData.Dump(result));
        var expected = TestData.Load(TestData.GeneratedDirectory).Data!;
        Assert.Equal(expected.MunicipalityPopulation, result.Data.MunicipalityPopulation);
        Assert.Equal(expected.KreisSgbII, result.Data.KreisSgbII);
    }

    [Fact]
    public void A_bad_cell_names_sheet_excel_row_and_column_letter()
    {
        var dir = TestData.Copy();
        ToWorkbook(dir, "haushalte.csv", "haushalte", new HashSet<string> { "jahr", "haushalte" }, edit: (row, column, value) => row == 12 && column == "haushalte" ? "abc" : value);
        var result = TestData.Load(dir);
        var p = ProblemAssert.Has(result.Problems, nameof(DataMessages.NotAWholeNumber), "abc");
        Assert.Equal(("data/haushalte.xlsx", "haushalte", 12, "C", "haushalte"), (p.Location?.File, p.Location?.Sheet, p.Location?.Line, p.Location?.ColumnName, p.Location?.Context));
        Assert.StartsWith("data/haushalte.xlsx, Tabellenblatt „haushalte“, Zeile 12, Spalte „C“ (haushalte): „abc“ ist keine Zahl.", p.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelled_header_in_a_workbook_names_the_sheet()
    {
        var dir = TestData.Copy();
        ToWorkbook(dir, "wohngeld.csv", "wohngeld", new HashSet<string>(), edit: (row, column, value) => row == 1 && column == "wohngeld_haushalte" ? "wohngeld_haushalt" : value);
        var p = ProblemAssert.Has(TestData.Load(dir).Problems, nameof(DataMessages.MisspelledColumn), "wohngeld_haushalt", "wohngeld_haushalte");
        Assert.Equal(("data/wohngeld.xlsx", "wohngeld", 1), (p.Location?.File, p.Location?.Sheet, p.Location?.Line));
    }
}
