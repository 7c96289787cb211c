using System.Globalization;
using System.Text;
using CsvHelper;
using Haan.Report.Data.KomMonitor;
using Haan.Report.Data.Reading;
using Haan.Report.Data.Schema;
using Haan.Report.Data.Text;

namespace Haan.Report.Data.Duva;

/// <summary>
/// Table exports of a statistics office (DUVA and the like) read by a small mapping file beside the export instead of
/// code: <c>duva/&lt;name&gt;.csv</c> with <c>duva/&lt;name&gt;.zuordnung.csv</c> (<c>einstellung;wert;ziel</c>) saying how
/// many rows precede the header, wide (one column per year) or long layout, delimiter, encoding (UTF-8 /
/// Windows-1252), which symbols mean secret/none (→ missing, the cell of the Sozialraum table is kept), which column
/// holds the area code and which code is which Sozialraum, and which column of ours the values feed.
/// </summary>
internal static class DuvaTableInput
{
    /// <summary>Folder of the exports inside the data directory.</summary>
    public const string Folder = "duva";

    /// <summary>Suffix of a mapping file: <c>export.csv</c> → <c>export.zuordnung.csv</c>.</summary>
    public const string MappingSuffix = ".zuordnung.csv";

    /// <summary>Adds the cells the exports supply to <paramref name="cells"/> (file, column, year, Sozialraum → value).</summary>
    public static void Read(string directory, ProblemLog log, Dictionary<(string File, string Column, string Year, string Area), string> cells)
    {
        var folder = Path.Combine(directory, Folder);
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var mapping in Directory.GetFiles(folder, "*" + MappingSuffix).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            ReadExport(directory, Path.Combine(Folder, mapping!), log, cells);
        }
    }

    private static void ReadExport(string directory, string mappingFile, ProblemLog log, Dictionary<(string, string, string, string), string> cells)
    {
        var text = CsvFile.ReadText(directory, mappingFile, log);
        if (text is null)
        {
            return;
        }

        int skip = 0;
        var wide = true;
        var delimiter = ';';
        Encoding? encoding = null;
        var missing = new HashSet<string>(StringComparer.Ordinal) { "" };
        string? areaColumn = null, yearColumn = null, valueColumn = null;
        (string File, ColumnSpec Column)? target = null;
        var years = new Dictionary<string, string>(StringComparer.Ordinal);
        var areas = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var csv = CsvReader.FromText(text, new CsvReaderOptions { Separator = ';', TrackLineNumbers = true, TrimWhitespace = true }))
        {
            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                string F(int i) => i < csv.FieldCount ? (csv.GetString(i) ?? "").Trim() : "";
                var (setting, value, to) = (F(0), F(1), F(2));
                var at = log.At(mappingFile, line, "wert");
                switch (setting)
                {
                    case "kopfzeilen" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < 100:
                        skip = n;
                        break;
                    case "format" when value is "breit" or "lang":
                        wide = value == "breit";
                        break;
                    case "trennzeichen" when value is "semikolon" or "komma" or "tabulator":
                        delimiter = value switch { "semikolon" => ';', "komma" => ',', _ => '\t' };
                        break;
                    case "zeichensatz" when value is "utf-8" or "windows-1252":
                        encoding = value == "utf-8" ? new UTF8Encoding(false) : CodePagesEncodingProvider.Instance.GetEncoding(1252);
                        break;
                    case "fehlt":
                        missing.Add(value);
                        break;
                    case "gebietsspalte":
                        areaColumn = value;
                        break;
                    case "jahrspalte":
                        yearColumn = value;
                        break;
                    case "wertspalte":
                        valueColumn = value;
                        break;
                    case "ziel":
                        target = KomMonitorInput.Target(value);
                        if (target is null)
                        {
                            log.Add(DataMessages.KomMonitorUnknownTarget(at, value));
                        }

                        break;
                    case "jahr":
                        years[value] = to;
                        break;
                    case "gebiet":
                        areas[value] = to;
                        break;
                    case "einstellung" when line == 1:
                        break; // header
                    case "kopfzeilen" or "format" or "trennzeichen" or "zeichensatz":
                        log.Add(DataMessages.DuvaBadSetting(at, setting, value, setting switch
                        {
                            "kopfzeilen" => "Zahl der Zeilen vor der Kopfzeile, z. B. 2",
                            "format" => "„breit“ (eine Spalte je Jahr) oder „lang“ (eine Zeile je Gebiet und Jahr)",
                            "trennzeichen" => "„semikolon“, „komma“ oder „tabulator“",
                            _ => "„utf-8“ oder „windows-1252“",
                        }));
                        break;
                    default:
                        log.Add(DataMessages.DuvaUnknownSetting(log.At(mappingFile, line, "einstellung"), setting));
                        break;
                }
            }
        }

        var export = mappingFile[..^MappingSuffix.Length] + ".csv";
        var path = Path.Combine(directory, export);
        if (target is not { } t || areaColumn is null)
        {
            return;
        }

        if (!File.Exists(path))
        {
            log.Add(DataMessages.FileMissing(log.At(export)));
            return;
        }

        var bytes = File.ReadAllBytes(path);
        var content = (encoding ?? new UTF8Encoding(false)).GetString(bytes).TrimStart('\uFEFF');
        var lines = content.Split('\n');
        var body = string.Join('\n', lines.Skip(skip));
        using var table = CsvReader.FromText(body, new CsvReaderOptions { Separator = delimiter, TrackLineNumbers = true, TrimWhitespace = true });
        var header = table.Headers.Select(h => h.Trim()).ToList();
        var required = new List<string> { areaColumn };
        required.AddRange(wide ? years.Keys : new[] { yearColumn ?? "", valueColumn ?? "" });
        var absent = required.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        foreach (var column in absent)
        {
            log.Add(DataMessages.DuvaColumnMissing(log.At(export, skip + 1, column), column));
        }

        if (absent.Count > 0)
        {
            return;
        }

        var count = t.Column.Type.StartsWith("ganze Zahl", StringComparison.Ordinal);
        while (table.Read())
        {
            var line = (int)table.LineNumber + skip;
            string Cell(string column) => header.IndexOf(column) is var i and >= 0 && i < table.FieldCount ? (table.GetString(i) ?? "").Trim() : "";
            if (!areas.TryGetValue(Cell(areaColumn), out var area) && areas.Count > 0)
            {
                continue; // an area the report does not use (e.g. the town total)
            }

            area ??= Cell(areaColumn);
            var pairs = wide
                ? years.Select(y => (Column: y.Key, Year: y.Value))
                : [(Column: valueColumn!, Year: years.GetValueOrDefault(Cell(yearColumn!), Cell(yearColumn!)))];
            foreach (var (column, year) in pairs)
            {
                var raw = Cell(column);
                if (missing.Contains(raw))
                {
                    continue;
                }

                var at = log.At(export, line, column);
                var number = KomMonitorDownload.ParseNumber(raw, at, log);
                if (number is not decimal d)
                {
                    continue;
                }

                if (count && d != decimal.Truncate(d))
                {
                    log.Add(DataMessages.KomMonitorRounded(at, raw, t.File, t.Column.Name));
                    continue;
                }

                cells[(t.File, t.Column.Name, year, area)] = count
                    ? decimal.Truncate(d).ToString(CultureInfo.InvariantCulture)
                    : d.ToString("0.############", CultureInfo.InvariantCulture).Replace('.', ',');
            }
        }
    }
}
