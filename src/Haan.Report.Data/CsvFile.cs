using System.Globalization;
using System.Text;
using CsvHelper;

namespace Haan.Report.Data;

/// <summary>One data row of a CSV file with its physical line number.</summary>
internal sealed class CsvRow
{
    private readonly Dictionary<string, string> values;

    public CsvRow(string file, int line, Dictionary<string, string> values, ProblemLog log)
    {
        File = file;
        Line = line;
        this.values = values;
        Log = log;
    }

    public string File { get; }

    public int Line { get; }

    public ProblemLog Log { get; }

    /// <summary>Raw (trimmed) text of a column; empty if the column is absent.</summary>
    public string Text(string column) => values.TryGetValue(column, out var v) ? v : "";

    /// <summary>Text that must not be empty.</summary>
    public string? RequiredText(string column, string expected)
    {
        var v = Text(column);
        if (v.Length == 0)
        {
            Log.Error(File, Line, column, "", $"Wert fehlt. Erwartet: {expected}.");
            return null;
        }

        return v;
    }

    /// <summary>A whole number ≥ 0 (counts).</summary>
    public int? Count(string column)
    {
        var count = Integer(column, 0, int.MaxValue, "ganze Zahl ≥ 0");
        // Past the plausible column total the values are not used any more (no overflow in later sums).
        return count is { } n && !Log.AddToTotal(File, Line, column, n) ? null : count;
    }

    /// <summary>A reference year.</summary>
    public int? Year(string column = "jahr") => Integer(column, 1950, 2100, "Jahreszahl, z. B. 2023");

    public int? OptionalCount(string column) => Text(column).Length == 0 ? null : Count(column);

    public int? Integer(string column, int min, int max, string expected)
    {
        var v = Text(column);
        if (v.Length == 0)
        {
            Log.Error(File, Line, column, "", $"Wert fehlt. Erwartet: {expected}.");
            return null;
        }

        if (!int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            if (v.TrimStart('-', '+').Length > 0 && v.TrimStart('-', '+').All(char.IsAsciiDigit))
            {
                Log.Error(File, Line, column, v, $"„{v}“ ist zu groß (mehr als {ProblemLog.Thousands(int.MaxValue)}). Erwartet: {expected}; prüfen Sie, ob Stellen doppelt eingegeben wurden.");
                return null;
            }

            var hint = v.Contains('.', StringComparison.Ordinal) || v.Contains(',', StringComparison.Ordinal)
                ? " (ohne Tausenderpunkt und ohne Nachkommastellen)"
                : "";
            Log.Error(File, Line, column, v, $"„{v}“ ist keine Zahl. Erwartet: {expected}{hint}.");
            return null;
        }

        if (n < 0 && min >= 0)
        {
            Log.Error(File, Line, column, v, $"„{v}“ ist negativ. Erwartet: {expected}.");
            return null;
        }

        if (n < min || n > max)
        {
            Log.Error(File, Line, column, v, $"„{v}“ liegt außerhalb des gültigen Bereichs. Erwartet: {expected}.");
            return null;
        }

        return n;
    }

    /// <summary>A decimal number in German notation (decimal comma, no thousands separator).</summary>
    public decimal? Decimal(string column, decimal min, decimal max, string expected, bool optional = false)
    {
        var v = Text(column);
        if (v.Length == 0)
        {
            if (optional)
            {
                return null;
            }

            Log.Error(File, Line, column, "", $"Wert fehlt. Erwartet: {expected}.");
            return null;
        }

        if (v.Contains('.', StringComparison.Ordinal))
        {
            Log.Error(File, Line, column, v, $"„{v}“ enthält einen Punkt. Erwartet: {expected} mit Dezimalkomma, ohne Tausenderpunkt (z. B. „12,5“).");
            return null;
        }

        if (!decimal.TryParse(v.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
        {
            Log.Error(File, Line, column, v, $"„{v}“ ist keine Zahl. Erwartet: {expected} mit Dezimalkomma (z. B. „12,5“).");
            return null;
        }

        if (d < min || d > max)
        {
            Log.Error(File, Line, column, v, $"„{v}“ liegt außerhalb des gültigen Bereichs. Erwartet: {expected}.");
            return null;
        }

        return d;
    }

    /// <summary>One of a fixed set of values.</summary>
    public string? OneOf(string column, IReadOnlyCollection<string> allowed)
    {
        var v = Text(column);
        if (!allowed.Contains(v, StringComparer.Ordinal))
        {
            Log.Error(File, Line, column, v, $"„{v}“ ist kein zulässiger Wert. Erwartet: {string.Join(", ", allowed.Select(a => "„" + a + "“"))}.");
            return null;
        }

        return v;
    }
}

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
                log.Error(file, null, null, null, notRegular);
                return null;
            }
        }

        if (!System.IO.File.Exists(path))
        {
            log.Error(file, null, null, null, "Datei fehlt. Erwartet: diese Datei im Datenverzeichnis (siehe docs/DATA.md).");
            return null;
        }

        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
        {
            log.Error(file, null, null, null, $"Datei ist {ProblemLog.Thousands(length / (1024 * 1024))} MB groß. Erwartet: höchstens {ProblemLog.Thousands(MaxFileBytes / (1024 * 1024))} MB (die mitgelieferten Dateien sind wenige MB groß) – vermutlich wurde die Datei beim Kopieren mehrfach angehängt.");
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.Error(file, null, null, null, $"Datei konnte nicht gelesen werden: {FileSystemErrors.Describe(e)}. Erwartet: eine lesbare Datei (Berechtigungen prüfen).");
            return null;
        }
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            log.Error(file, null, null, null, "Datei ist UTF-16-kodiert. Erwartet: UTF-8 (in Excel „CSV UTF-8 (durch Trennzeichen getrennt)“).");
            return null;
        }

        if (Utf16WithoutBom(bytes) is { } order)
        {
            log.Error(file, null, null, null, $"Datei ist UTF-16-kodiert ({order}, ohne Byte-Order-Mark; jedes zweite Byte ist 0). Erwartet: UTF-8 – speichern Sie die Datei als „CSV UTF-8 (durch Trennzeichen getrennt)“ bzw. im Editor als „UTF-8“.");
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
            log.Error(file, mixed, null, null, "Datei beginnt mit der UTF-8-Kennung (BOM), enthält aber ab dieser Zeile Bytes, die kein UTF-8 sind (vermutlich Windows-1252/ANSI, z. B. eingefügter Text aus einer anderen Datei). " +
                "Erwartet: durchgehend UTF-8 – öffnen Sie die Datei, korrigieren Sie die Umlaute dieser Zeile und speichern Sie sie als UTF-8 (in Excel: „CSV UTF-8“).");
            return null;
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.GetEncoding(1252).GetString(bytes);
            var line = FirstNonUtf8Line(bytes);
            log.Warning(file, line, null, text.Split('\n')[line - 1].TrimEnd('\r'), "Datei ist nicht UTF-8-kodiert (ab dieser Zeile) und wurde als Windows-1252 (ANSI) gelesen; Umlaute bitte prüfen. Erwartet: UTF-8.");
        }

        if (text.Trim().Length == 0)
        {
            log.Error(file, 1, null, null, "Datei ist leer. Erwartet: Kopfzeile und mindestens eine Datenzeile.");
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
    public static List<CsvRow>? Read(string directory, string file, IReadOnlyList<string> expectedColumns, ProblemLog log)
    {
        var text = ReadText(directory, file, log);
        if (text is null)
        {
            return null;
        }

        var firstLine = text.Split('\n')[0].TrimEnd('\r');
        if (!firstLine.Contains(';', StringComparison.Ordinal) && expectedColumns.Count > 1)
        {
            var found = new[] { ',', '\t', '|' }.Where(c => firstLine.Contains(c, StringComparison.Ordinal)).Select(c => c == '\t' ? "Tabulator" : "„" + c + "“").FirstOrDefault();
            log.Error(file, 1, null, firstLine.Length > 60 ? firstLine[..60] + "…" : firstLine,
                found is null
                    ? "Kopfzeile enthält kein Semikolon. Erwartet: Spalten durch Semikolon „;“ getrennt: " + string.Join(";", expectedColumns) + "."
                    : $"Falsches Trennzeichen {found}. Erwartet: Semikolon „;“ (Spalten: {string.Join(";", expectedColumns)}).");
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
                log.Error(file, line, null, null, $"Zeile hat {ProblemLog.N(csv.FieldCount)} Felder. Erwartet: {ProblemLog.N(header.Count)} Felder, durch „;“ getrennt.");
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                values[header[i]] = (csv.GetString(i) ?? "").Trim();
                if (ControlCharacters.Problem(values[header[i]]) is { } control)
                {
                    log.Error(file, line, header[i], ControlCharacters.Visible(values[header[i]]), control);
                }
            }

            rows.Add(new CsvRow(file, line, values, log));
        }

        if (rows.Count == 0)
        {
            log.Error(file, null, null, null, "Datei enthält keine Datenzeilen. Erwartet: mindestens eine Zeile unter der Kopfzeile.");
            return null;
        }

        return rows;
    }

    private static bool CheckHeader(string file, List<string> header, IReadOnlyList<string> expected, ProblemLog log)
    {
        var ok = true;
        foreach (var dup in header.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            log.Error(file, 1, dup.Key, dup.Key, $"Spalte „{dup.Key}“ kommt mehrfach vor. Erwartet: jede Spalte genau einmal.");
            ok = false;
        }

        var missing = expected.Where(e => !header.Contains(e, StringComparer.Ordinal)).ToList();
        var extra = header.Where(h => !expected.Contains(h, StringComparer.Ordinal)).ToList();
        foreach (var x in extra)
        {
            var suggestion = missing.OrderBy(m => Distance(m, x)).ThenBy(m => m, StringComparer.Ordinal).FirstOrDefault();
            if (suggestion is not null && Distance(suggestion, x) <= Math.Max(2, suggestion.Length / 3))
            {
                log.Error(file, 1, x, x, $"Unbekannte Spalte „{x}“ – meinten Sie „{suggestion}“? Erwartet: {string.Join(";", expected)}.");
                missing.Remove(suggestion);
            }
            else
            {
                log.Error(file, 1, x, x, $"Unbekannte Spalte „{x}“. Erwartet nur: {string.Join(";", expected)}.");
            }

            ok = false;
        }

        foreach (var m in missing)
        {
            log.Error(file, 1, m, null, $"Spalte „{m}“ fehlt. Erwartet: {string.Join(";", expected)}.");
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
