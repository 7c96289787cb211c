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
            throw new ReportInputException([new ReportProblem(
                $"{shown}: Die Berichtskonfiguration fehlt. Legen Sie die Datei im Vorlagenordner an (Vorlage: templates/{FileName}).")]);
        }

        ReportConfiguration? configuration;
        try
        {
            configuration = JsonSerializer.Deserialize<ReportConfiguration>(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $", Zeile {line + 1}, Spalte {(e.BytePositionInLine ?? 0) + 1}" : string.Empty;
            var detail = e.Message.Contains("missing required", StringComparison.OrdinalIgnoreCase)
                ? "Ein Pflichtfeld fehlt (titel, herausgeber, berichtsjahr, version, stand, kapitel, schrift)."
                : e.Message.Contains("could not be mapped", StringComparison.OrdinalIgnoreCase)
                    ? "Unbekanntes Feld (Tippfehler?)."
                    : "Die Datei ist kein gültiges JSON oder ein Wert hat den falschen Typ.";
            throw new ReportInputException([new ReportProblem($"{shown}{where}: {detail} ({e.Path})")]);
        }

        if (configuration is null)
        {
            throw new ReportInputException([new ReportProblem($"{shown}: Die Datei ist leer.")]);
        }

        var problems = new List<ReportProblem>();
        if (!DateOnly.TryParseExact(configuration.PublicationDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            problems.Add(new ReportProblem($"{shown}: „stand“ = „{configuration.PublicationDate}“ ist kein Datum. Erwartet: JJJJ-MM-TT, z. B. 2025-06-30."));
        }

        if (!System.Text.RegularExpressions.Regex.IsMatch(configuration.Version, @"^\d+\.\d+(\.\d+)?$"))
        {
            problems.Add(new ReportProblem($"{shown}: „version“ = „{configuration.Version}“ ist keine Versionsnummer. Erwartet: z. B. 1.0 oder 1.0.1."));
        }

        foreach (var chapter in configuration.Chapters)
        {
            if (!File.Exists(Path.Combine(templatesDirectory, chapter)))
            {
                problems.Add(new ReportProblem($"{shown}: Das Kapitel „{chapter}“ steht in „kapitel“, die Datei {DisplayPath.Of(Path.Combine(templatesDirectory, chapter))} fehlt."));
            }
        }

        foreach (var font in new[] { configuration.Fonts.Regular, configuration.Fonts.Bold, configuration.Fonts.Italic, configuration.Fonts.BoldItalic })
        {
            if (!File.Exists(Path.Combine(templatesDirectory, font)))
            {
                problems.Add(new ReportProblem($"{shown}: Die Schriftdatei „{font}“ fehlt ({DisplayPath.Of(Path.Combine(templatesDirectory, font))}). Der Bericht verwendet nur mitgelieferte Schriften."));
            }
        }

        if (problems.Count > 0)
        {
            throw new ReportInputException(problems);
        }

        return configuration;
    }
}
