using Haan.Report.Diagnostics;
using Haan.Report.Composition.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Haan.Report.Indicators;
using Haan.Report.Indicators.Confidentiality;
using Haan.Report.Indicators.Engine;

namespace Haan.Report.Composition.Publishing;

// Several types in one file: the record and the two entry records that only describe its JSON.

/// <summary>
/// The internal confidentiality record of a published version, <c>&lt;Ausgabe&gt;/&lt;Jahr&gt;/intern/v&lt;Version&gt;-geheimhaltung.json</c>:
/// never part of the version folder and never to be published. It holds what the published files must not: the exact
/// numerator and denominator behind every shown cell (so that a correction decides exactly which counts are still the
/// same as published before) and the audit list (every suppressed cell with its kind, rule and the interval an
/// attacker can compute — never its value). The entry records live in this file because they only describe its JSON.
/// </summary>
public sealed record ConfidentialityRecord
{
    public const string Notice =
        "Internes Prüfprotokoll der Geheimhaltung. Enthält nicht veröffentlichte Fallzahlen: nicht veröffentlichen, " +
        "nicht weitergeben, nicht löschen (Korrekturversionen desselben Berichtsjahres brauchen es).";

    [JsonPropertyName("hinweis")] public string Hint { get; init; } = Notice;
    [JsonPropertyName("berichtsjahr")] public required int ReportYear { get; init; }
    [JsonPropertyName("version")] public required string Version { get; init; }
    [JsonPropertyName("gezeigt")] public required IReadOnlyList<RecordedCell> Shown { get; init; }
    [JsonPropertyName("sperrungen")] public required IReadOnlyList<RecordedSuppression> Suppressions { get; init; }

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>File name of a version's record inside the <c>intern</c> folder.</summary>
    public static string FileName(string version) => $"v{version}-geheimhaltung.json";

    /// <summary>The record of one build: shown cells in table order, audit entries in the suppressor's order.</summary>
    public static ConfidentialityRecord Create(IndicatorResults results, int reportYear, string version) => new()
    {
        ReportYear = reportYear,
        Version = version,
        Shown = [.. IndicatorTables.Rows(results).Where(v => v.Status.HasValue())
            .Select(v => new RecordedCell(v.IndicatorId, v.AreaId, v.Year, v.Numerator, v.Denominator))],
        Suppressions = [.. results.Audit.Select(e => new RecordedSuppression(e.Subject, e.AreaId, e.Year, e.KindText, e.Rule,
            Finite(e.Interval?.Lower), Finite(e.Interval?.Upper), e.RequiredWidth))],
    };

    /// <summary>UTF-8 JSON without BOM, LF line ends, trailing newline.</summary>
    public byte[] ToBytes() => [.. JsonSerializer.SerializeToUtf8Bytes(this, Options), (byte)'\n'];

    /// <summary>Reads a record; null when the file does not exist. A broken file is an input problem.</summary>
    public static ConfidentialityRecord? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var shown = DisplayPath.Of(path);
        if (Data.InputFileCheck.Problem(Path.GetDirectoryName(Path.GetFullPath(path))!, path) is { } notRegular)
        {
            throw new ProblemException(ReportMessages.NotARegularFile(new ProblemLocation(shown), notRegular));
        }

        try
        {
            return JsonSerializer.Deserialize<ConfidentialityRecord>(File.ReadAllBytes(path), Options) is { Shown: not null, Suppressions: not null } record
                ? record
                : throw new ProblemException(ReportMessages.RecordIncomplete(new ProblemLocation(shown)));
        }
        catch (JsonException e)
        {
            throw new ProblemException(ReportMessages.RecordNotJson(new ProblemLocation(shown) { Line = e.LineNumber is { } l ? checked((int)l + 1) : null }));
        }
    }

    /// <summary>Infinite bounds („no bound“) are written as null.</summary>
    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}

/// <summary>A shown cell with the exact counts behind it.</summary>
public sealed record RecordedCell(
    [property: JsonPropertyName("indikator")] string Indicator,
    [property: JsonPropertyName("gebiet")] string Area,
    [property: JsonPropertyName("jahr")] int Year,
    [property: JsonPropertyName("zaehler")] double? Numerator,
    [property: JsonPropertyName("nenner")] double? Denominator);

/// <summary>One line of the audit list: a suppressed cell, why, and the attacker's interval (null bound = unbounded).</summary>
public sealed record RecordedSuppression(
    [property: JsonPropertyName("zaehlgroesse")] string Subject,
    [property: JsonPropertyName("gebiet")] string Area,
    [property: JsonPropertyName("jahr")] int Year,
    [property: JsonPropertyName("art")] string Kind,
    [property: JsonPropertyName("regel")] string Rule,
    [property: JsonPropertyName("untergrenze")] double? Lower,
    [property: JsonPropertyName("obergrenze")] double? Upper,
    [property: JsonPropertyName("mindestbreite")] double? RequiredWidth);
