using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Haan.Report.Indicators;
using Haan.Report.Indicators.Engine;

namespace Haan.Report.Composition.Publishing;

/// <summary>
/// The published indicator values as tables for further use: CSV for German Excel (semicolon, decimal comma, UTF-8
/// with BOM) and XLSX. Only what the report prints: rounded values of shown cells, never suppressed values.
/// </summary>
public static class IndicatorTables
{
    private static readonly string[] Header =
        ["Indikator-ID", "Indikator", "Thema", "Einheit", "Gebiet-ID", "Gebiet", "Jahr", "Wert", "Anzeige", "Status"];

    /// <summary>One row per indicator × area × year, in catalogue order, areas in report order, years ascending.</summary>
    internal static IEnumerable<IndicatorValue> Rows(IndicatorResults results) =>
        from definition in results.Catalogue.Indicators
        from area in results.AreasWithTown
        from year in results.Years
        let cell = results.Find(definition.Id, area.Id, year)
        where cell is not null
        select cell;

    /// <summary>The published cells for the manifest.</summary>
    public static IReadOnlyList<PublishedValue> PublishedValues(IndicatorResults results) =>
        [.. Rows(results).Select(v => new PublishedValue(v.IndicatorId, v.AreaId, v.Year, v.Display, v.Status.ToString()))];

    /// <summary>CSV bytes (UTF-8 with BOM, CRLF line ends as Excel writes them).</summary>
    public static byte[] Csv(IndicatorResults results)
    {
        var text = new StringBuilder();
        text.Append(string.Join(';', Header.Select(Quote))).Append("\r\n");
        foreach (var v in Rows(results))
        {
            var fields = new[]
            {
                v.IndicatorId, v.Definition.Name, v.Definition.Topic, v.Definition.Unit, v.AreaId, v.AreaName,
                v.Year.ToString(CultureInfo.InvariantCulture), DecimalComma(v), v.Display, StatusLabel(v.Status),
            };
            text.Append(string.Join(';', fields.Select(Quote))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>XLSX bytes: one sheet with the same rows as the CSV, numbers as numbers; zip entries with fixed dates.</summary>
    public static byte[] Xlsx(IndicatorResults results, DateOnly publicationDay)
    {
        var fixedTime = publicationDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        using var workbook = new XLWorkbook();
        workbook.Properties.Author = "Haan.Report";
        workbook.Properties.Created = fixedTime;
        workbook.Properties.Modified = fixedTime;
        var sheet = workbook.Worksheets.Add("Indikatoren");
        for (var c = 0; c < Header.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = Header[c];
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
        }

        var row = 2;
        foreach (var v in Rows(results))
        {
            sheet.Cell(row, 1).Value = v.IndicatorId;
            sheet.Cell(row, 2).Value = v.Definition.Name;
            sheet.Cell(row, 3).Value = v.Definition.Topic;
            sheet.Cell(row, 4).Value = v.Definition.Unit;
            sheet.Cell(row, 5).Value = v.AreaId;
            sheet.Cell(row, 6).Value = v.AreaName;
            sheet.Cell(row, 7).Value = v.Year;
            if (v.RoundedValue is { } rounded)
            {
                var cell = sheet.Cell(row, 8);
                cell.Value = rounded;
                cell.Style.NumberFormat.Format = v.Definition.Decimals == 0 ? "#,##0" : "#,##0." + new string('0', v.Definition.Decimals);
            }

            sheet.Cell(row, 9).SetValue(v.Display);
            sheet.Cell(row, 10).Value = StatusLabel(v.Status);
            row++;
        }

        double[] widths = [18, 48, 24, 12, 10, 22, 7, 10, 10, 28];
        for (var c = 0; c < widths.Length; c++)
        {
            sheet.Column(c + 1).Width = widths[c];
        }

        sheet.SheetView.FreezeRows(1);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return DeterministicZip.Normalize(stream.ToArray(), fixedTime);
    }

    /// <summary>German label of a status, as in the report's Zeichenerklärung.</summary>
    public static string StatusLabel(CellStatus status) => status.GermanLabel();

    /// <summary>Status label from the manifest's status name (enum name); unknown names are shown as they are.</summary>
    public static string StatusLabel(string statusName) =>
        Enum.TryParse<CellStatus>(PublicStatusName(statusName), out var status) ? StatusLabel(status) : statusName;

    /// <summary>
    /// The status name as published now: manifests of versions written before the kinds of suppression were merged say
    /// "SuppressedPrimary"/"SuppressedSecondary"; both are "Suppressed", so comparing such a version with a newer one
    /// reports no change for a cell that stayed suppressed.
    /// </summary>
    public static string PublicStatusName(string statusName) =>
        statusName.StartsWith(nameof(CellStatus.Suppressed), StringComparison.Ordinal) ? nameof(CellStatus.Suppressed) : statusName;

    private static string DecimalComma(IndicatorValue value)
    {
        if (value.RoundedValue is not { } rounded)
        {
            return string.Empty;
        }

        var text = (rounded == 0 ? 0d : rounded).ToString("F" + value.Definition.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return text.Replace('.', ',');
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
