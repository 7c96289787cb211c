using SpreadCheetah;
using SpreadCheetah.Metadata;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Haan.Report.Composition.Publishing;

/// <summary>
/// Writes the indicator table as an XLSX workbook with SpreadCheetah (streaming, MIT): one sheet „Indikatoren“, a bold
/// frozen header row, fixed column widths, values as numbers with the indicator's decimals.
/// </summary>
internal static class IndicatorWorkbook
{
    private static readonly double[] Widths = [18, 48, 24, 12, 10, 22, 7, 10, 10, 28, 20, 12, 12, 12, 9];

    /// <summary>One row: the text columns before the year, the year, the rounded value (null = none), its decimals, display, status and the text columns after it.</summary>
    internal sealed record Row(string[] Texts, int Year, double? Value, int Decimals, string Display, string Status, string[] After);

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<Row> rows)
    {
        using var stream = new MemoryStream();
        var options = new SpreadCheetahOptions
        {
            DocumentProperties = new DocumentProperties { Author = "Haan.Report" },
            DefaultDateTimeFormat = null,
        };
        using (var spreadsheet = Spreadsheet.CreateNewAsync(stream, options).AsTask().GetAwaiter().GetResult())
        {
            var sheet = new WorksheetOptions { FrozenRows = 1 };
            for (var c = 0; c < Widths.Length; c++)
            {
                sheet.Column(c + 1).Width = Widths[c];
            }

            spreadsheet.StartWorksheetAsync("Indikatoren", sheet).AsTask().GetAwaiter().GetResult();
            var bold = spreadsheet.AddStyle(new Style { Font = { Bold = true } });
            spreadsheet.AddRowAsync(header.Select(h => new Cell(h, bold)).ToArray()).AsTask().GetAwaiter().GetResult();
            var formats = new Dictionary<int, StyleId>();
            foreach (var row in rows)
            {
                var cells = new List<Cell>(header.Count);
                cells.AddRange(row.Texts.Select(t => new Cell(t)));
                cells.Add(new Cell(row.Year));
                if (row.Value is { } value)
                {
                    if (!formats.TryGetValue(row.Decimals, out var format))
                    {
                        var pattern = row.Decimals == 0 ? "#,##0" : "#,##0." + new string('0', row.Decimals);
                        format = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom(pattern) });
                        formats.Add(row.Decimals, format);
                    }

                    cells.Add(new Cell(value, format));
                }
                else
                {
                    cells.Add(new Cell(string.Empty));
                }

                cells.Add(new Cell(row.Display));
                cells.Add(new Cell(row.Status));
                cells.AddRange(row.After.Select(t => new Cell(t)));
                spreadsheet.AddRowAsync(cells.ToArray()).AsTask().GetAwaiter().GetResult();
            }

            spreadsheet.FinishAsync().AsTask().GetAwaiter().GetResult();
        }

        return stream.ToArray();
    }
}
