using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Haan.Report.Data.Schema;
using Haan.Report.Data.Text;

namespace Haan.Report.Data.Reading;

/// <summary>
/// Reads an Excel workbook (<c>.xlsx</c>) in place of a CSV file with the same columns, with the Open XML SDK: the sheet
/// named like the file (without extension), else the first sheet; the first non-empty row is the header. Numbers
/// stored as Excel numbers become the CSV conventions (decimal comma), Excel date numbers in date columns become
/// <c>JJJJ-MM-TT</c>; text cells (e.g. German numbers „12,5“) are taken as they are. Problems name the sheet, the Excel
/// row and the column letter.
/// </summary>
internal static class XlsxFile
{
    /// <summary>The workbook that may stand in for <paramref name="csvName"/>: same name with <c>.xlsx</c>.</summary>
    public static string WorkbookName(string csvName) => Path.ChangeExtension(csvName, ".xlsx");

    public static List<CsvRow>? Read(string directory, InputFileSpec spec, ProblemLog log)
    {
        var file = WorkbookName(spec.Name);
        var path = Path.Combine(directory, file);
        if (InputFileCheck.Problem(directory, path) is { } notRegular)
        {
            log.Add(DataMessages.NotARegularFile(log.At(file), notRegular));
            return null;
        }

        try
        {
            using var document = SpreadsheetDocument.Open(path, false);
            var workbook = document.WorkbookPart;
            var sheets = workbook?.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            var wanted = Path.GetFileNameWithoutExtension(spec.Name);
            var sheet = sheets.FirstOrDefault(s => string.Equals(s.Name?.Value, wanted, StringComparison.OrdinalIgnoreCase)) ?? sheets.FirstOrDefault();
            if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                log.Add(DataMessages.NoDataRows(log.At(file)));
                return null;
            }

            var sheetName = sheet.Name?.Value ?? "";
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var dateColumns = spec.Columns.Where(c => c.Type.StartsWith("Datum", StringComparison.Ordinal)).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
            var rows = part.Worksheet.Descendants<Row>()
                .Select(r => (Line: (int)(r.RowIndex?.Value ?? 0), Cells: r.Elements<Cell>().Select(c => (Letter: Letter(c.CellReference?.Value), Cell: c)).ToList()))
                .Where(r => r.Cells.Any(c => Text(c.Cell, strings).Length > 0))
                .ToList();
            if (rows.Count == 0)
            {
                log.Add(DataMessages.EmptyFile(log.At(file, 1) with { Sheet = sheetName }));
                return null;
            }

            var headerRow = rows[0];
            var header = headerRow.Cells.Select(c => (c.Letter, Name: Text(c.Cell, strings).Trim())).Where(c => c.Name.Length > 0).ToList();
            if (!CsvFile.CheckHeader(file, header.Select(h => h.Name).ToList(), spec.ColumnNames, log, headerRow.Line, sheetName))
            {
                return null;
            }

            var letters = header.ToDictionary(h => h.Name, h => h.Letter, StringComparer.Ordinal);
            var result = new List<CsvRow>();
            foreach (var (line, cells) in rows.Skip(1))
            {
                var byLetter = cells.ToDictionary(c => c.Letter, c => c.Cell, StringComparer.Ordinal);
                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (letter, name) in header)
                {
                    var text = byLetter.TryGetValue(letter, out var cell) ? Value(cell, strings, dateColumns.Contains(name)) : "";
                    values[name] = text.Trim();
                }

                var row = new CsvRow(file, line, values, log, sheetName, letters);
                foreach (var (_, name) in header)
                {
                    if (ControlCharacters.Problem(row.At(name), values[name]) is { } control)
                    {
                        log.Add(control);
                    }
                }

                result.Add(row);
            }

            if (result.Count == 0)
            {
                log.Add(DataMessages.NoDataRows(log.At(file) with { Sheet = sheetName }));
                return null;
            }

            return result;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException)
        {
            log.Add(DataMessages.FileUnreadable(log.At(file), e is IOException io ? FileSystemErrors.Describe(io) : "keine gültige Excel-Arbeitsmappe (.xlsx)"));
            return null;
        }
    }

    /// <summary>The column letters of a cell reference („AB12“ → „AB“).</summary>
    private static string Letter(string? reference) => new((reference ?? "").TakeWhile(char.IsAsciiLetter).ToArray());

    private static string Text(Cell cell, List<string> strings)
    {
        var raw = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
        return cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count
            ? strings[i]
            : raw;
    }

    /// <summary>A cell as the CSV would hold it: text as is, numbers with a decimal comma, dates (in date columns) as JJJJ-MM-TT.</summary>
    private static string Value(Cell cell, List<string> strings, bool dateColumn)
    {
        var text = Text(cell, strings);
        var type = cell.DataType?.Value;
        if (type is not null && type != CellValues.Number)
        {
            return text;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return text;
        }

        if (dateColumn && number is > 0 and < 2958466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(number)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return ((decimal)number).ToString("0.############", CultureInfo.InvariantCulture).Replace('.', ',');
    }
}
