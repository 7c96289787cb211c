using Haan.Report.Diagnostics;
using Haan.Report.Composition.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Haan.Report.Composition.Publishing;

/// <summary>
/// <c>manifest.json</c> of a published version: what was built from what. Inputs are identified by SHA-256, so a
/// rebuild can tell whether the inputs changed; the published values make versions comparable without rebuilding.
/// </summary>
public sealed record ReportManifest
{
    public const string FileName = "manifest.json";
    public const int CurrentFormat = 1;

    [JsonPropertyName("format")] public int Format { get; init; } = CurrentFormat;
    [JsonPropertyName("berichtsjahr")] public required int ReportYear { get; init; }
    [JsonPropertyName("version")] public required string Version { get; init; }
    [JsonPropertyName("stand")] public required string PublicationDate { get; init; }
    [JsonPropertyName("programmversion")] public required string ToolVersion { get; init; }

    /// <summary>Commit of the repository holding the templates, when it could be read from <c>.git</c>.</summary>
    [JsonPropertyName("quellcommit")] public string? SourceCommit { get; init; }

    /// <summary>The version this one was compared with for the Änderungsprotokoll, if any.</summary>
    [JsonPropertyName("vorgaenger")] public string? PreviousVersion { get; init; }

    [JsonPropertyName("eingaben")] public required IReadOnlyList<FileHash> Inputs { get; init; }
    [JsonPropertyName("ausgaben")] public required IReadOnlyList<FileHash> Outputs { get; init; }
    [JsonPropertyName("indikatoren")] public required IReadOnlyList<IndicatorEntry> Indicators { get; init; }
    [JsonPropertyName("gebiete")] public required IReadOnlyList<AreaEntry> Areas { get; init; }
    [JsonPropertyName("werte")] public required IReadOnlyList<PublishedValue> Values { get; init; }

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        AllowTrailingCommas = true,
    };

    /// <summary>UTF-8 JSON without BOM, LF line ends, trailing newline: stable bytes for stable content.</summary>
    public byte[] ToBytes() => [.. JsonSerializer.SerializeToUtf8Bytes(this, Options), (byte)'\n'];

    /// <summary>Reads a manifest; a broken file is an input problem with a German message.</summary>
    public static ReportManifest Read(string path)
    {
        var shown = DisplayPath.Of(path);
        if (Data.InputFileCheck.Problem(Path.GetDirectoryName(Path.GetFullPath(path))!, path) is { } notRegular)
        {
            throw new ProblemException(ReportMessages.NotARegularFile(new ProblemLocation(shown), notRegular));
        }

        ReportManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ReportManifest>(File.ReadAllBytes(path), Options);
        }
        catch (JsonException e)
        {
            var at = new ProblemLocation(shown) { Line = e.LineNumber is { } line ? checked((int)line + 1) : null, Column = e.LineNumber is null ? null : checked((int)(e.BytePositionInLine ?? 0) + 1) };
            throw new ProblemException(ReportMessages.ManifestDamaged(at, e.Path));
        }

        // Lists that are null (a hand-edited „null“) would fail later without file or line.
        var missing = manifest is null ? ["Inhalt"] : new (string Name, object? Value)[]
        {
            ("version", manifest.Version), ("stand", manifest.PublicationDate), ("programmversion", manifest.ToolVersion),
            ("eingaben", manifest.Inputs), ("ausgaben", manifest.Outputs), ("indikatoren", manifest.Indicators),
            ("gebiete", manifest.Areas), ("werte", manifest.Values),
        }.Where(f => f.Value is null).Select(f => f.Name).ToList();
        if (manifest is not null && missing.Count == 0)
        {
            missing = [.. new[] { ("eingaben", manifest.Inputs.Any(i => i is null || i.Path is null || i.Sha256 is null)),
                ("ausgaben", manifest.Outputs.Any(o => o is null || o.Path is null || o.Sha256 is null)),
                ("indikatoren", manifest.Indicators.Any(i => i is null || i.Id is null || i.Name is null)),
                ("gebiete", manifest.Areas.Any(a => a is null || a.Id is null || a.Name is null)),
                ("werte", manifest.Values.Any(v => v is null || v.Indicator is null || v.Area is null || v.Display is null || v.Status is null)) }
                .Where(f => f.Item2).Select(f => f.Item1)];
        }

        if (missing.Count > 0)
        {
            throw new ProblemException(ReportMessages.ManifestIncomplete(new ProblemLocation(shown), missing));
        }

        return manifest!;
    }
}

/// <summary>One file and its SHA-256 (lower-case hex); paths with forward slashes.</summary>
public sealed record FileHash(
    [property: JsonPropertyName("datei")] string Path,
    [property: JsonPropertyName("sha256")] string Sha256);

/// <summary>Catalogue entry as far as a comparison needs it.</summary>
public sealed record IndicatorEntry(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("einheit")] string Unit,
    [property: JsonPropertyName("thema")] string Topic);

/// <summary>A Sozialraum or the town.</summary>
public sealed record AreaEntry(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name);

/// <summary>One published cell as printed: display text following the Zeichenerklärung and its status.</summary>
public sealed record PublishedValue(
    [property: JsonPropertyName("indikator")] string Indicator,
    [property: JsonPropertyName("gebiet")] string Area,
    [property: JsonPropertyName("jahr")] int Year,
    [property: JsonPropertyName("wert")] string Display,
    [property: JsonPropertyName("status")] string Status);
