using System.Globalization;
using Haan.Report.Data.Reading;
using Haan.Report.Data.Schema;
using Haan.Report.Data.Text;

namespace Haan.Report.Data.KomMonitor;

/// <summary>
/// KomMonitor downloads as input: the folder <c>kommonitor/</c> of the data directory holds the downloads as they come
/// from the web client and <c>zuordnung.csv</c> (<see cref="DataSchema.KomMonitorMapping"/>). The result is the set of
/// cells (file, column, year, Sozialraum) whose values the downloads supply; the readers take those instead of the
/// CSV cell. Counts must be whole numbers: a value with decimals (a percentage, or one rounded by the export) is an
/// error with the download's file, line and column.
/// </summary>
internal static class KomMonitorInput
{
    /// <summary>Folder of the downloads inside the data directory.</summary>
    public const string Folder = "kommonitor";

    /// <summary>The values supplied, keyed by (file, column, year text, Sozialraum key); empty when there is no folder.</summary>
    public static Dictionary<(string File, string Column, string Year, string Area), string> Read(string directory, ProblemLog log)
    {
        var overlay = new Dictionary<(string, string, string, string), string>();
        var folder = Path.Combine(directory, Folder);
        if (!Directory.Exists(folder) || !File.Exists(Path.Combine(directory, DataSchema.KomMonitorMapping.Name)))
        {
            return overlay;
        }

        var rows = CsvFile.Read(directory, DataSchema.KomMonitorMapping, log);
        if (rows is null)
        {
            return overlay;
        }

        var indicators = new List<(string Download, string File, ColumnSpec Column)>();
        var years = new Dictionary<DateOnly, string>();
        var areas = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var kind = row.Text("art");
            var source = row.RequiredText("kommonitor", "Dateiname, Datum oder Gebiets-ID aus KomMonitor");
            var target = row.RequiredText("ziel", "Zielspalte, Berichtsjahr oder Sozialraum");
            if (source is null || target is null)
            {
                continue;
            }

            switch (kind)
            {
                case "indikator":
                    if (Target(target) is { } t)
                    {
                        indicators.Add((Path.Combine(Folder, source), t.File, t.Column));
                    }
                    else
                    {
                        row.Report(DataMessages.KomMonitorUnknownTarget(row.At("ziel"), target));
                    }

                    break;
                case "datum":
                    var date = row.Date("kommonitor");
                    var year = row.Year("ziel");
                    if (date is { } d && year is not null)
                    {
                        years[d] = target;
                    }

                    break;
                case "gebiet":
                    areas[source] = target;
                    break;
                default:
                    row.Report(DataMessages.KomMonitorUnknownMappingKind(row.At("art"), kind));
                    break;
            }
        }

        foreach (var (download, file, column) in indicators)
        {
            var records = KomMonitorDownload.Read(directory, download, log);
            if (records is null)
            {
                continue;
            }

            var count = column.Type.StartsWith("ganze Zahl", StringComparison.Ordinal);
            foreach (var id in records.Select(r => r.AreaId).Distinct(StringComparer.Ordinal))
            {
                var area = areas.Count == 0 ? id : areas.GetValueOrDefault(id);
                if (area is null)
                {
                    continue; // an area of the download the report does not use (e.g. the town as a whole)
                }

                var ofArea = records.Where(r => r.AreaId == id).ToList();
                foreach (var (date, year) in years)
                {
                    var record = ofArea.FirstOrDefault(r => r.IsValidOn(date));
                    var value = record?.Values.FirstOrDefault(v => v.Date == date);
                    if (record is null)
                    {
                        log.Add(DataMessages.KomMonitorNoValidRecord(log.At(download, ofArea[0].Line, "validFrom"), id, Iso(date)));
                        continue;
                    }

                    if (value is null)
                    {
                        continue; // the download has no column for this date
                    }

                    var at = log.At(download, value.Line, value.Column);
                    if (value.Value is not decimal number)
                    {
                        log.Add(DataMessages.KomMonitorNoData(at, id, Iso(date), file, column.Name));
                        continue;
                    }

                    if (count && number != decimal.Truncate(number))
                    {
                        log.Add(DataMessages.KomMonitorRounded(at, value.Text, file, column.Name));
                        continue;
                    }

                    overlay[(file, column.Name, year, area)] = count
                        ? decimal.Truncate(number).ToString(CultureInfo.InvariantCulture)
                        : number.ToString("0.############################", CultureInfo.InvariantCulture).Replace('.', ',');
                }
            }
        }

        return overlay;
    }

    /// <summary>The table and column of a target <c>datei.csv:spalte</c>: a value column of a Sozialraum × year table.</summary>
    internal static (string File, ColumnSpec Column)? Target(string target)
    {
        var parts = target.Split(':');
        if (parts.Length != 2)
        {
            return null;
        }

        var file = DataSchema.Files.FirstOrDefault(f => f.Name == parts[0] && f.Key.SequenceEqual(["jahr", "sozialraum"]));
        var column = file?.Columns.FirstOrDefault(c => c.Name == parts[1] && !file.Key.Contains(c.Name));
        return file is null || column is null ? null : (file.Name, column);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
