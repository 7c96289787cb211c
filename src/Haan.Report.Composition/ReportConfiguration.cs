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
    /// <summary>Publisher as on the cover, in the Impressum and the PDF metadata (e.g. „Stadt Hilden – Der Bürgermeister“).</summary>
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

    /// <summary>The reporting town: name, designation, AGS and address. Its AGS must be the municipality of the Sozialräume in the data.</summary>
    [JsonPropertyName("stadt")] public required TownIdentity Town { get; init; }

    /// <summary>The Kreis the town belongs to (name in texts and tables, AGS of its row in the Kreis table).</summary>
    [JsonPropertyName("kreis")] public required KreisIdentity Kreis { get; init; }

    /// <summary>Right-hand running header; the report year is appended. Default: „Sozial- und Armutsbericht“ and the town's name.</summary>
    [JsonPropertyName("kopfzeile")] public string? RunningHeaderText { get; init; }

    /// <summary>Line above the title on the title page. Default: designation and preparing office in capitals.</summary>
    [JsonPropertyName("titelzeile")] public string? TitleLineText { get; init; }

    /// <summary>Start of every output file name (<c>{dateiname}-2023-v1.0.0.pdf</c>). Default: „sozialbericht-“ and the town's name.</summary>
    [JsonPropertyName("dateiname")] public string? FilePrefixText { get; init; }

    /// <summary>Chapter templates in reading order, relative to the templates folder.</summary>
    [JsonPropertyName("kapitel")] public required IReadOnlyList<string> Chapters { get; init; }
    [JsonPropertyName("schrift")] public required FontFiles Fonts { get; init; }

    public DateOnly PublicationDay => DateOnly.ParseExact(PublicationDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The running header text (without the year).</summary>
    public string RunningHeader => RunningHeaderText ?? $"Sozial- und Armutsbericht {Town.Name}";

    /// <summary>The line above the title on the title page.</summary>
    public string TitleLine => TitleLineText ?? string.Join(" · ", new[] { Town.Designation, PreparedBy }
        .Where(t => t.Length > 0).Select(t => t.ToUpperInvariant()));

    /// <summary>The start of every output file name, e.g. <c>sozialbericht-hilden</c>.</summary>
    public string FilePrefix => FilePrefixText ?? "sozialbericht-" + Slug(Town.Name);

    /// <summary>The reporting town (<c>stadt</c> in bericht.json).</summary>
    public sealed record TownIdentity
    {
        /// <summary>Short name as in running text („Hilden“).</summary>
        [JsonPropertyName("name")] public required string Name { get; init; }

        /// <summary>Designation of the town as a whole in tables, figures and texts („Stadt Hilden“).</summary>
        [JsonPropertyName("bezeichnung")] public required string Designation { get; init; }

        /// <summary>Amtlicher Gemeindeschlüssel, 8 digits („05158016“).</summary>
        [JsonPropertyName("ags")] public required string Ags { get; init; }

        /// <summary>Adjective before a plural noun („Hildener Schulen“); default: the name and „er“.</summary>
        [JsonPropertyName("adjektiv")] public string? AdjectiveText { get; init; }

        /// <summary>The adjective („Haaner“, „Hildener“).</summary>
        public string Adjective => AdjectiveText ?? Name + "er";

        /// <summary>Postal address of the publisher in the Impressum („Am Rathaus 1, 40721 Hilden“), or empty.</summary>
        [JsonPropertyName("anschrift")] public string Address { get; init; } = string.Empty;
    }

    /// <summary>The town's Kreis (<c>kreis</c> in bericht.json).</summary>
    public sealed record KreisIdentity
    {
        /// <summary>Name in texts and tables („Kreis Mettmann“).</summary>
        [JsonPropertyName("name")] public required string Name { get; init; }

        /// <summary>AGS of the Kreis row in the Kreis table: the town's first five digits and 000 („05158000“).</summary>
        [JsonPropertyName("ags")] public required string Ags { get; init; }
    }

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

        foreach (var (field, value) in new[]
                 {
                     ("titel", configuration.Title), ("herausgeber", configuration.Publisher), ("stadt.name", configuration.Town.Name),
                     ("stadt.bezeichnung", configuration.Town.Designation), ("stadt.adjektiv", configuration.Town.AdjectiveText ?? "-"), ("kreis.name", configuration.Kreis.Name),
                     ("kopfzeile", configuration.RunningHeaderText ?? "-"), ("titelzeile", configuration.TitleLineText ?? "-"),
                 })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(ReportMessages.EmptyField(new ProblemLocation(shown), field, FileName));
            }
        }

        problems.AddRange(IdentityProblems(configuration, At));

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

    /// <summary>The town's and the Kreis's AGS and the file name prefix: their form and that the town lies in the Kreis.</summary>
    private static IEnumerable<Problem> IdentityProblems(ReportConfiguration configuration, Func<string, ProblemLocation> at)
    {
        static bool IsAgs(string ags) => ags.Length == 8 && ags.All(char.IsAsciiDigit);
        var town = configuration.Town.Ags;
        var kreis = configuration.Kreis.Ags;
        if (!IsAgs(town))
        {
            yield return ReportMessages.NotATownKey(at(town), Publishing.VersionNumber.Visible(town));
        }

        if (!IsAgs(kreis) || !kreis.EndsWith("000", StringComparison.Ordinal))
        {
            yield return ReportMessages.NotAKreisKey(at(kreis), Publishing.VersionNumber.Visible(kreis));
        }
        else if (IsAgs(town) && !string.Equals(town[..5], kreis[..5], StringComparison.Ordinal))
        {
            yield return ReportMessages.TownNotInKreis(at(kreis), town, kreis);
        }

        if (configuration.FilePrefixText is { } prefix && (prefix.Length == 0 || prefix.Length > 60 || prefix[0] == '-' || prefix[^1] == '-'
            || !prefix.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            yield return ReportMessages.UnsuitableFilePrefix(at(prefix), Publishing.VersionNumber.Visible(prefix));
        }
    }

    /// <summary>A town name as part of a file name: lower case, umlauts spelled out, everything else a hyphen.</summary>
    private static string Slug(string name)
    {
        var text = name.ToLowerInvariant().Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);
        var slug = new string(text.Select(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) ? c : '-').ToArray());
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return slug.Trim('-');
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
