using System.Globalization;
using System.Text;
using Haan.Report.Data;
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
        ["Indikator-ID", "Indikator", "Thema", "Einheit", "Gebiet-ID", "Gebiet", "Jahr", "Wert", "Anzeige", "Status",
         "Datenart", "Veränderung zum Vorjahr", "Veränderung über 4 Jahre", "Index (Stadt = 100)", "Rang"];

    /// <summary>
    /// The columns after „Status“: whether the value rests on synthetic demonstration data, and the change, index and
    /// rank values the methods chapter says are published (same symbols as the report: „.“ not shown, „–“ no rank).
    /// </summary>
    private static string[] Extra(IndicatorValue v, DataSet data) =>
    [
        v.Inputs.Any(f => data.Sources.Any(s => s.File == f && s.IsSynthetic)) ? "Demonstrationsdaten" : "echte Daten",
        v.Status.HasValue() ? v.DisplayChange1 : GermanFormat.SuppressedSymbol,
        v.Status.HasValue() ? v.DisplayChange4 : GermanFormat.SuppressedSymbol,
        v.IsTown || v.Definition.Unit == "Anzahl" ? GermanFormat.NothingSymbol : v.DisplayIndex,
        v.Rank is { } rank ? $"{rank.ToString(CultureInfo.InvariantCulture)} von {v.RankCount.ToString(CultureInfo.InvariantCulture)}" : GermanFormat.NothingSymbol,
    ];

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
    public static byte[] Csv(IndicatorResults results, DataSet data)
    {
        var text = new StringBuilder();
        text.Append(string.Join(';', Header.Select(Quote))).Append("\r\n");
        foreach (var v in Rows(results))
        {
            string[] fields =
            [
                v.IndicatorId, v.Definition.Name, v.Definition.Topic, v.Definition.Unit, v.AreaId, v.AreaName,
                v.Year.ToString(CultureInfo.InvariantCulture), DecimalComma(v), v.Display, StatusLabel(v.Status),
                .. Extra(v, data),
            ];
            text.Append(string.Join(';', fields.Select(Quote))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>XLSX bytes: one sheet with the same rows as the CSV, numbers as numbers; zip entries with fixed dates.</summary>
    public static byte[] Xlsx(IndicatorResults results, DataSet data, DateOnly publicationDay)
    {
        var fixedTime = publicationDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var rows = Rows(results).Select(v => new IndicatorWorkbook.Row(
            [v.IndicatorId, v.Definition.Name, v.Definition.Topic, v.Definition.Unit, v.AreaId, v.AreaName],
            v.Year,
            v.RoundedValue,
            v.Definition.Decimals,
            v.Display,
            StatusLabel(v.Status),
            Extra(v, data)));
        return DeterministicZip.Normalize(IndicatorWorkbook.Write(Header, rows), fixedTime);
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

    /// <summary>A CSV field, quoted only where needed (separator, quote, line break).</summary>
    internal static string Quote(string field) =>
        field.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
