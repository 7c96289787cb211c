using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using Haan.Report.Data.Reading;
using Haan.Report.Data.Text;

namespace Haan.Report.Data.KomMonitor;

/// <summary>
/// Reads an indicator download of the KomMonitor web client exactly as it arrives (notes §1): a ZIP with the data file
/// and <c>_Metadata.pdf</c>, or the CSV (<c>;</c>, CRLF, UTF-8 without BOM, German display numbers with thousands
/// points, <c>NoData</c>, one column per date, <c>validFrom</c>/<c>validTo</c>; read by header name) or the GeoJSON
/// (<c>ID</c>, <c>NAME</c>, <c>DATE_YYYY-MM-DD</c>, <c>validStartDate</c>/<c>validEndDate</c>).
/// </summary>
public static partial class KomMonitorDownload
{
    /// <summary>
    /// Reads one download or importer table at <paramref name="path"/> on its own (e.g. to check an export); returns the
    /// records (null when unreadable) and every problem, with the file shown by its name.
    /// </summary>
    public static (IReadOnlyList<KomMonitorRecord>? Records, IReadOnlyList<Diagnostics.Problem> Problems) Read(string path)
    {
        var full = Path.GetFullPath(path);
        var log = new ProblemLog(Path.GetFileName(Path.GetDirectoryName(full)) ?? "");
        var records = Read(Path.GetDirectoryName(full)!, Path.GetFileName(full), log);
        return (records, log.Problems);
    }

    /// <summary>The records of <paramref name="file"/> (relative to <paramref name="directory"/>), or null when it cannot be read (reported).</summary>
    internal static List<KomMonitorRecord>? Read(string directory, string file, ProblemLog log)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            log.Add(DataMessages.FileMissing(log.At(file)));
            return null;
        }

        if (InputFileCheck.Problem(directory, path) is { } notRegular)
        {
            log.Add(DataMessages.NotARegularFile(log.At(file), notRegular));
            return null;
        }

        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension == ".zip")
        {
            try
            {
                using var zip = ZipFile.OpenRead(path);
                var entry = zip.Entries.Where(e => IsTable(e.FullName)).OrderBy(e => e.FullName, StringComparer.Ordinal).FirstOrDefault();
                if (entry is null)
                {
                    log.Add(DataMessages.KomMonitorZipWithoutTable(log.At(file)));
                    return null;
                }

                using var stream = entry.Open();
                using var reader = new StreamReader(stream, new UTF8Encoding(false));
                return Parse(reader.ReadToEnd(), file + "/" + entry.FullName, entry.FullName, log);
            }
            catch (InvalidDataException e)
            {
                log.Add(DataMessages.KomMonitorUnreadable(log.At(file), e.GetType().Name));
                return null;
            }
        }

        if (!IsTable(file))
        {
            log.Add(DataMessages.KomMonitorUnknownFormat(log.At(file), file));
            return null;
        }

        var text = CsvFile.ReadText(directory, file, log);
        return text is null ? null : Parse(text, file, file, log);
    }

    private static bool IsTable(string name) =>
        name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".geojson", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static List<KomMonitorRecord>? Parse(string text, string label, string name, ProblemLog log) =>
        name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ParseCsv(text.TrimStart('\uFEFF'), label, log) : ParseGeoJson(text.TrimStart('\uFEFF'), label, log);

    private static List<KomMonitorRecord>? ParseCsv(string text, string label, ProblemLog log)
    {
        using var csv = CsvReader.FromText(text, new CsvReaderOptions { Separator = ';', TrackLineNumbers = true, TrimWhitespace = true });
        var header = csv.Headers.Select(h => h.Trim()).ToList();
        // Without validity columns the file is an importer table (as the report's own export writes it): numbers without
        // thousands separators, „.“ or „,“ as decimal separator, an empty cell for a missing value.
        var importerTable = !header.Contains("validFrom", StringComparer.Ordinal) && !header.Contains("validTo", StringComparer.Ordinal);
        var ok = true;
        foreach (var required in (importerTable ? ["ID"] : new[] { "ID", "validFrom", "validTo" }).Where(c => !header.Contains(c, StringComparer.Ordinal)))
        {
            log.Add(DataMessages.KomMonitorColumnMissing(log.At(label, 1, required), required));
            ok = false;
        }

        var dates = header.Select((h, i) => (Date: ParseDate(h), Index: i, Name: h)).Where(d => d.Date is not null).ToList();
        if (dates.Count == 0)
        {
            log.Add(DataMessages.KomMonitorColumnMissing(log.At(label, 1), "JJJJ-MM-TT"));
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        var records = new List<KomMonitorRecord>();
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            string Field(string column) => header.IndexOf(column) is var i and >= 0 && i < csv.FieldCount ? (csv.GetString(i) ?? "").Trim() : "";
            var values = new List<KomMonitorValue>();
            foreach (var (date, index, column) in dates)
            {
                var cell = index < csv.FieldCount ? (csv.GetString(index) ?? "").Trim() : "";
                values.Add(new KomMonitorValue(Field("ID"), date!.Value, importerTable ? ParsePlain(cell, log.At(label, line, column), log) : ParseNumber(cell, log.At(label, line, column), log), cell, line, column));
            }

            records.Add(new KomMonitorRecord(Field("ID"), Field("NAME"), Validity(Field("validFrom"), log.At(label, line, "validFrom"), log),
                Validity(Field("validTo"), log.At(label, line, "validTo"), log), line, values));
        }

        return records;
    }

    private static List<KomMonitorRecord>? ParseGeoJson(string text, string label, ProblemLog log)
    {
        if (GeoJsonFile.Open(text, label, log) is not (var doc, var features, var starts))
        {
            return null;
        }

        using (doc)
        {
            var records = new List<KomMonitorRecord>();
            var index = 0;
            foreach (var feature in features.EnumerateArray())
            {
                var line = index < starts.Count ? starts[index] : 1;
                index++;
                if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
                {
                    log.Add(DataMessages.FeatureNotAnObject(log.At(label, line), feature.ValueKind.ToString()));
                    continue;
                }

                string Text(string name) => properties.TryGetProperty(name, out var v)
                    ? v.ValueKind switch { JsonValueKind.String => v.GetString() ?? "", JsonValueKind.Null => "", _ => v.GetRawText() }
                    : "";
                var values = new List<KomMonitorValue>();
                foreach (var property in properties.EnumerateObject().Where(p => p.Name.StartsWith("DATE_", StringComparison.Ordinal)))
                {
                    if (ParseDate(property.Name["DATE_".Length..]) is not { } date)
                    {
                        continue;
                    }

                    var raw = property.Value.ValueKind == JsonValueKind.Null ? "" : property.Value.GetRawText();
                    decimal? value = property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetDecimal(out var d) ? d : null;
                    if (property.Value.ValueKind is not (JsonValueKind.Number or JsonValueKind.Null))
                    {
                        log.Add(DataMessages.KomMonitorNotANumber(log.At(label, line, property.Name), raw));
                    }

                    values.Add(new KomMonitorValue(Text("ID"), date, value, raw, line, property.Name));
                }

                records.Add(new KomMonitorRecord(Text("ID"), Text("NAME"), Validity(Text("validStartDate"), log.At(label, line, "validStartDate"), log),
                    Validity(Text("validEndDate"), log.At(label, line, "validEndDate"), log), line, values));
            }

            return records;
        }
    }

    /// <summary>A German display number („1.234,50“, „5.412“, „-3“) or null for <c>NoData</c> / empty; anything else is reported.</summary>
    internal static decimal? ParseNumber(string text, Diagnostics.ProblemLocation at, ProblemLog log)
    {
        if (text.Length == 0 || text == "NoData")
        {
            return null;
        }

        if (!DisplayNumber().IsMatch(text)
            || !decimal.TryParse(text.Replace(".", "", StringComparison.Ordinal).Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
        {
            log.Add(DataMessages.KomMonitorNotANumber(at, text));
            return null;
        }

        return d;
    }

    /// <summary>A number of an importer table („1234“, „7.9“, „7,9“) or null for an empty cell; anything else is reported.</summary>
    private static decimal? ParsePlain(string text, Diagnostics.ProblemLocation at, ProblemLog log)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (!decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
        {
            log.Add(DataMessages.KomMonitorNotANumber(at, text));
            return null;
        }

        return d;
    }

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static DateOnly? Validity(string text, Diagnostics.ProblemLocation at, ProblemLog log)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (ParseDate(text) is { } date)
        {
            return date;
        }

        log.Add(DataMessages.KomMonitorInvalidDate(at, text));
        return null;
    }

    [GeneratedRegex(@"^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")]
    private static partial Regex DisplayNumber();

}
