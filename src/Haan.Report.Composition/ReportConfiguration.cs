using Haan.Report.Diagnostics;
using Haan.Report.Composition.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Haan.Report.Composition;

/// <summary>The report configuration <c>bericht.json</c> in the templates folder.</summary>
public sealed record ReportConfiguration
{
    public const string FileName = "bericht.json";

    [JsonPropertyName("titel")] public required string Title { get; init; }
    [JsonPropertyName("untertitel")] public string Subtitle { get; init; } = string.Empty;
    /// <summary>Publisher as on the cover, in the Impressum and the PDF metadata („Stadt Haan – Die Bürgermeisterin“).</summary>
    [JsonPropertyName("herausgeber")] public required string Publisher { get; init; }

    /// <summary>The office that prepared the report („Sozialplanung“): Impressum and „Berechnung:“ in every source line.</summary>
    [JsonPropertyName("bearbeitung")] public string PreparedBy { get; init; } = string.Empty;

    /// <summary>Signature line of the Vorwort: the office and, optionally, a name.</summary>
    [JsonPropertyName("unterschrift")] public Signature? SignatureLine { get; init; }
    [JsonPropertyName("berichtsjahr")] public required int ReportYear { get; init; }
    [JsonPropertyName("version")] public required string Version { get; init; }

    /// <summary>Publication date of this version (ISO yyyy-MM-dd); goes into the PDF metadata. Never the clock.</summary>
    [JsonPropertyName("stand")] public required string PublicationDate { get; init; }
    [JsonPropertyName("schlagworte")] public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Chapter templates in reading order, relative to the templates folder.</summary>
    [JsonPropertyName("kapitel")] public required IReadOnlyList<string> Chapters { get; init; }
    [JsonPropertyName("schrift")] public required FontFiles Fonts { get; init; }

    public DateOnly PublicationDay => DateOnly.ParseExact(PublicationDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public sealed record Signature
    {
        [JsonPropertyName("amt")] public required string Office { get; init; }
        [JsonPropertyName("name")] public string Name { get; init; } = string.Empty;
    }

    public sealed record FontFiles
    {
        [JsonPropertyName("normal")] public required string Regular { get; init; }
        [JsonPropertyName("fett")] public required string Bold { get; init; }
        [JsonPropertyName("kursiv")] public required string Italic { get; init; }
        [JsonPropertyName("fettkursiv")] public required string BoldItalic { get; init; }
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads and checks the configuration; every problem names the file and, where known, the line.</summary>
    public static ReportConfiguration Load(string templatesDirectory)
    {
        var path = Path.Combine(templatesDirectory, FileName);
        var shown = DisplayPath.Of(path);
        if (!File.Exists(path))
        {
            throw new ProblemException(ReportMessages.ConfigurationMissing(new ProblemLocation(shown), FileName));
        }

        var text = File.ReadAllText(path);
        var nulls = NullValues(text).Select(n => ReportMessages.NullValue(ProblemLocation.At(shown, n.Line, n.Column), n.Name, FileName)).ToList();
        if (nulls.Count > 0)
        {
            throw new ProblemException(nulls);
        }

        ReportConfiguration? configuration;
        try
        {
            configuration = JsonSerializer.Deserialize<ReportConfiguration>(text, Options);
        }
        catch (JsonException e)
        {
            var at = e.LineNumber is { } line ? ProblemLocation.At(shown, checked((int)line + 1), checked((int)(e.BytePositionInLine ?? 0) + 1)) : new ProblemLocation(shown);
            var failure = e.Message.Contains("missing required", StringComparison.OrdinalIgnoreCase)
                ? ConfigurationReadFailure.MissingRequiredField
                : e.Message.Contains("could not be mapped", StringComparison.OrdinalIgnoreCase)
                    ? ConfigurationReadFailure.UnknownField
                    : e.InnerException is OverflowException || (e.InnerException?.Message ?? e.Message).Contains("out of bounds", StringComparison.OrdinalIgnoreCase)
                        ? ConfigurationReadFailure.NumberOutOfRange
                        : ConfigurationReadFailure.InvalidJson;
            throw new ProblemException(ReportMessages.ConfigurationUnreadable(at, failure, e.Path ?? "$"));
        }

        if (configuration is null)
        {
            throw new ProblemException(ReportMessages.ConfigurationEmpty(new ProblemLocation(shown)));
        }

        var problems = new List<Problem>();
        ProblemLocation At(string value) => new(shown) { Line = LineOf(text, value) };
        if (!DateOnly.TryParseExact(configuration.PublicationDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            problems.Add(ReportMessages.NotADate(At(configuration.PublicationDate), Publishing.VersionNumber.Visible(configuration.PublicationDate)));
        }

        foreach (var (field, value) in new[] { ("titel", configuration.Title), ("herausgeber", configuration.Publisher) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(ReportMessages.EmptyField(new ProblemLocation(shown), field, FileName));
            }
        }

        if (configuration.Chapters.Count == 0)
        {
            problems.Add(ReportMessages.NoChapters(new ProblemLocation(shown)));
        }

        if (configuration.ReportYear is < 1950 or > 2100)
        {
            problems.Add(ReportMessages.NotAYear(new ProblemLocation(shown), configuration.ReportYear));
        }

        if (!Publishing.VersionNumber.IsCanonical(configuration.Version))
        {
            problems.Add(ReportMessages.NotAVersion(At(configuration.Version), Publishing.VersionNumber.Visible(configuration.Version)));
        }

        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chapter in configuration.Chapters)
        {
            if (!listed.Add(Path.GetFullPath(Path.Combine(templatesDirectory, chapter))))
            {
                var second = LineOf(text, chapter, occurrence: 2) is { } line ? new ProblemLocation(shown) { Line = line } : At(chapter);
                problems.Add(ReportMessages.DuplicateChapter(second, chapter));
            }
        }

        var files = configuration.Chapters.Select(c => (File: c, What: "Das Kapitel", Field: "kapitel"))
            .Concat(new[] { configuration.Fonts.Regular, configuration.Fonts.Bold, configuration.Fonts.Italic, configuration.Fonts.BoldItalic }
                .Select(f => (File: f, What: "Die Schriftdatei", Field: "schrift")));
        foreach (var (file, what, field) in files.Distinct())
        {
            if (OutsideProblem(templatesDirectory, file) is { } outside)
            {
                problems.Add(ReportMessages.PathOutsideTemplates(At(file), field == "schrift", Publishing.VersionNumber.Visible(file), field, outside));
            }
            else if (!File.Exists(Path.Combine(templatesDirectory, file)))
            {
                problems.Add(field == "kapitel"
                    ? ReportMessages.ChapterMissing(At(file), file, DisplayPath.Of(Path.Combine(templatesDirectory, file)))
                    : ReportMessages.FontMissing(At(file), file, DisplayPath.Of(Path.Combine(templatesDirectory, file))));
            }
        }

        if (problems.Count > 0)
        {
            throw new ProblemException(problems);
        }

        return configuration;
    }

    /// <summary>
    /// Why a chapter or font path must not be used, or null: it has to be relative, stay inside the templates folder
    /// and must not pass through a hidden folder, so that the file is part of the input fingerprint of the version.
    /// </summary>
    private static string? OutsideProblem(string templatesDirectory, string file)
    {
        if (file.Length == 0 || file.Any(char.IsControl))
        {
            return "ist leer oder enthält Steuerzeichen. Erwartet: ein Pfad relativ zum Vorlagenordner, z. B. kapitel/01-vorwort.md.";
        }

        var full = Path.GetFullPath(Path.Combine(templatesDirectory, file));
        var root = Path.GetFullPath(templatesDirectory);
        if (Path.IsPathRooted(file) || !Data.InputFileCheck.IsInside(root, full) || string.Equals(Path.TrimEndingDirectorySeparator(root), full, StringComparison.Ordinal))
        {
            return "liegt außerhalb des Vorlagenordners. Erwartet: ein Pfad relativ zum Vorlagenordner ohne „..“, z. B. kapitel/01-vorwort.md; " +
                "Dateien von außerhalb gehören nicht zu den Eingaben der Version. Kopieren Sie die Datei in den Vorlagenordner.";
        }

        if (Path.GetRelativePath(root, full).Replace('\\', '/').Split('/').Any(part => part.StartsWith('.')))
        {
            return "liegt in einem versteckten Ordner oder ist eine versteckte Datei (Name beginnt mit einem Punkt). Solche Dateien gehören nicht zu den Eingaben der Version; benennen Sie sie um.";
        }

        return null;
    }

    /// <summary>Every <c>null</c> value in the JSON text with its line, column and property path.</summary>
    private static List<(int Line, int Column, string Name)> NullValues(string text)
    {
        var found = new List<(int, int, string)>();
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var names = new Stack<string>();
        var property = string.Empty;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString() ?? string.Empty;
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        names.Push(property);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        property = names.Count > 0 ? names.Pop() : string.Empty;
                        break;
                    case JsonTokenType.Null:
                        var offset = (int)reader.TokenStartIndex;
                        var before = bytes.AsSpan(0, offset);
                        var line = before.Count((byte)'\n') + 1;
                        var column = System.Text.Encoding.UTF8.GetCharCount(before[(before.LastIndexOf((byte)'\n') + 1)..]) + 1;
                        var path = string.Join(".", names.Reverse().Where(n => n.Length > 0).Append(property).Where(n => n.Length > 0).Distinct());
                        found.Add((line, column, path.Length > 0 ? path : property));
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Broken JSON is reported by the deserializer with its line.
        }

        return found;
    }

    /// <summary>1-based line of the first occurrence of <paramref name="value"/> as a JSON string, or null.</summary>
    private static int? LineOf(string text, string value, int occurrence = 1)
    {
        var literal = JsonSerializer.Serialize(value, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(literal, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                return null;
            }
        }

        return text.AsSpan(0, index).Count('\n') + 1;
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
