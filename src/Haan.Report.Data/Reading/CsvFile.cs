using System.Globalization;
using System.Text;
using CsvHelper;
using Haan.Report.Data.Schema;
using Haan.Report.Data.Text;

namespace Haan.Report.Data.Reading;

/// <summary>
/// Reads a semicolon-separated CSV file (UTF-8 with or without BOM; Windows-1252 detected and decoded) with CsvHelper,
/// checks the header against the expected columns and reports every problem to the <see cref="ProblemLog"/>.
/// </summary>
internal static class CsvFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Largest data file read (the bundled population file is about 1 MB).</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    static CsvFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads the whole file as text, detecting UTF-8 (with/without BOM) or Windows-1252. Null if empty or missing.</summary>
    public static string? ReadText(string directory, string file, ProblemLog log)
    {
        var path = Path.Combine(directory, file);
        if (new FileInfo(path).LinkTarget is not null || System.IO.File.Exists(path))
        {
            if (InputFileCheck.Problem(directory, path) is { } notRegular)
            {
                log.Add(DataMessages.NotARegularFile(log.At(file), notRegular));
                return null;
            }
        }

        if (!System.IO.File.Exists(path))
        {
            log.Add(DataMessages.FileMissing(log.At(file)));
            return null;
        }

        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
        {
            log.Add(DataMessages.FileTooLarge(log.At(file), length / (1024 * 1024), MaxFileBytes / (1024 * 1024)));
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.Add(DataMessages.FileUnreadable(log.At(file), FileSystemErrors.Describe(e)));
            return null;
        }
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            log.Add(DataMessages.Utf16(log.At(file)));
            return null;
        }

        if (Utf16WithoutBom(bytes) is { } order)
        {
            log.Add(DataMessages.Utf16WithoutBom(log.At(file), order));
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException) when (offset > 0)
        {
            // A UTF-8 mark followed by bytes that are not UTF-8: two encodings in one file (e.g. ANSI text pasted into a
            // UTF-8 file). Guessing would misread either part.
            var mixed = FirstNonUtf8Line(bytes);
            log.Add(DataMessages.MixedEncoding(log.At(file, mixed)));
            return null;
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.GetEncoding(1252).GetString(bytes);
            var line = FirstNonUtf8Line(bytes);
            log.Add(DataMessages.ReadAsWindows1252(log.At(file, line), text.Split('\n')[line - 1].TrimEnd('\r')));
        }

        if (text.Trim().Length == 0)
        {
            log.Add(DataMessages.EmptyFile(log.At(file, 1)));
            return null;
        }

        return text;
    }

    /// <summary>„UTF-16 LE“ or „UTF-16 BE“ when the file looks like UTF-16 text without a byte order mark, else null.</summary>
    private static string? Utf16WithoutBom(byte[] bytes)
    {
        var sample = Math.Min(bytes.Length, 4096) & ~1;
        if (sample < 4)
        {
            return null;
        }

        int even = 0, odd = 0;
        for (var i = 0; i < sample; i += 2)
        {
            even += bytes[i] == 0 ? 1 : 0;
            odd += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample / 2;
        return odd * 10 >= pairs * 3 && even * 10 < pairs ? "UTF-16 LE"
            : even * 10 >= pairs * 3 && odd * 10 < pairs ? "UTF-16 BE"
            : null;
    }

    private static int FirstNonUtf8Line(byte[] bytes)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)'\n')
            {
                try
                {
                    StrictUtf8.GetString(bytes, start, i - start);
                }
                catch (DecoderFallbackException)
                {
                    return line;
                }

                line++;
                start = i + 1;
            }
        }

        return 1;
    }

    /// <summary>Reads a CSV file; returns null when it cannot be read at all (missing, empty, wrong delimiter, missing columns).</summary>
    public static List<CsvRow>? Read(string directory, InputFileSpec spec, ProblemLog log)
    {
        var file = spec.Name;
        var expectedColumns = spec.ColumnNames;
        if (!System.IO.File.Exists(Path.Combine(directory, file)) && new FileInfo(Path.Combine(directory, file)).LinkTarget is null
            && System.IO.File.Exists(Path.Combine(directory, XlsxFile.WorkbookName(file))))
        {
            return XlsxFile.Read(directory, spec, log);
        }

        var text = ReadText(directory, file, log);
        if (text is null)
        {
            return null;
        }

        var firstLine = text.Split('\n')[0].TrimEnd('\r');
        if (!firstLine.Contains(';', StringComparison.Ordinal) && expectedColumns.Count > 1)
        {
            var found = new[] { ',', '\t', '|' }.Where(c => firstLine.Contains(c, StringComparison.Ordinal)).Select(c => c == '\t' ? "Tabulator" : "„" + c + "“").FirstOrDefault();
            var start = firstLine.Length > 60 ? firstLine[..60] + "…" : firstLine;
            log.Add(found is null ? DataMessages.NoSemicolon(log.At(file, 1), start, expectedColumns) : DataMessages.WrongDelimiter(log.At(file, 1), start, found, expectedColumns));
            return null;
        }

        using var csv = CsvReader.FromText(text, new CsvReaderOptions { Separator = ';', TrackLineNumbers = true, TrimWhitespace = true });
        var header = csv.Headers.Select(h => h.Trim()).ToList();
        if (!CheckHeader(file, header, expectedColumns, log))
        {
            return null;
        }

        var rows = new List<CsvRow>();
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            if (csv.FieldCount != header.Count)
            {
                log.Add(DataMessages.FieldCount(log.At(file, line), csv.FieldCount, header.Count));
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                values[header[i]] = (csv.GetString(i) ?? "").Trim();
                if (ControlCharacters.Problem(log.At(file, line, header[i]), values[header[i]]) is { } control)
                {
                    log.Add(control);
                }
            }

            rows.Add(new CsvRow(file, line, values, log));
        }

        if (rows.Count == 0)
        {
            log.Add(DataMessages.NoDataRows(log.At(file)));
            return null;
        }

        return rows;
    }

    /// <summary>Checks a header row (CSV line 1 or an Excel row of <paramref name="sheet"/>) against the expected columns.</summary>
    internal static bool CheckHeader(string file, List<string> header, IReadOnlyList<string> expected, ProblemLog log, int line = 1, string? sheet = null)
    {
        Diagnostics.ProblemLocation At(string? column) => sheet is null ? log.At(file, line, column) : log.At(file, line, column) with { Sheet = sheet };
        var ok = true;
        foreach (var dup in header.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            log.Add(DataMessages.DuplicateColumn(At(dup.Key), dup.Key));
            ok = false;
        }

        var missing = expected.Where(e => !header.Contains(e, StringComparer.Ordinal)).ToList();
        var extra = header.Where(h => !expected.Contains(h, StringComparer.Ordinal)).ToList();
        foreach (var x in extra)
        {
            var suggestion = missing.OrderBy(m => Distance(m, x)).ThenBy(m => m, StringComparer.Ordinal).FirstOrDefault();
            if (suggestion is not null && Distance(suggestion, x) <= Math.Max(2, suggestion.Length / 3))
            {
                log.Add(DataMessages.MisspelledColumn(At(x), x, suggestion, expected));
                missing.Remove(suggestion);
            }
            else
            {
                log.Add(DataMessages.UnknownColumn(At(x), x, expected));
            }

            ok = false;
        }

        foreach (var m in missing)
        {
            log.Add(DataMessages.MissingColumn(At(m), m, expected));
            ok = false;
        }

        return ok;
    }

    /// <summary>Levenshtein distance (case-insensitive), used to suggest the intended column name.</summary>
    public static int Distance(string a, string b)
    {
        a = a.ToUpperInvariant();
        b = b.ToUpperInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            }
        }

        return d[a.Length, b.Length];
    }
}
