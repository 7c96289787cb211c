using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Haan.Report.Composition.Publishing;

/// <summary>
/// The „Änderungsprotokoll“ appendix of a corrected version as Markdown (read by the same Markdown reader and
/// composer as the chapter templates): what changed since the previous published version.
/// </summary>
public static partial class ChangeLogChapter
{
    /// <summary>Chapter name as shown in messages; the filled Markdown marks the chapter with it.</summary>
    public const string File = "aenderungsprotokoll (erzeugt)";

    /// <summary>At most this many value rows and text changes are printed; the rest is counted (the CLI's diff lists all).</summary>
    public const int MaxValueRows = 300;
    public const int MaxSentenceRows = 100;

    public static string Markdown(ReportComparison comparison)
    {
        var text = new StringBuilder();
        text.Append("# Änderungsprotokoll {#aenderungsprotokoll .ohne-nummer}\n\n");
        text.Append(CultureInfo.InvariantCulture,
            $"Diese Version {comparison.NewVersion} ersetzt die Version {comparison.OldVersion}. ");
        text.Append(comparison.HasChanges
            ? $"Gegenüber Version {comparison.OldVersion} wurden {Count(comparison.Values.Count, "veröffentlichter Wert", "veröffentlichte Werte")} und {Count(comparison.Sentences.Count, "Textstelle", "Textstellen")} geändert."
            : $"Veröffentlichte Werte und Texte sind gegenüber Version {comparison.OldVersion} unverändert.");
        if (comparison.ChangedInputs.Count > 0)
        {
            text.Append(" Geänderte Eingabedateien: ").Append(string.Join(", ", comparison.ChangedInputs.Select(Escape))).Append('.');
        }

        text.Append("\n\n");
        if (comparison.Values.Count > 0)
        {
            text.Append("## Geänderte Werte {#aenderungen-werte .ohne-nummer}\n\n");
            text.Append("| Indikator | Gebiet | Jahr | bisher | neu |\n|:---|:---|---:|---:|---:|\n");
            foreach (var change in comparison.Values.Take(MaxValueRows))
            {
                var oldText = change.OldStatus == change.NewStatus ? change.OldDisplay : $"{change.OldDisplay} ({IndicatorTables.StatusLabel(change.OldStatus)})";
                var newText = change.OldStatus == change.NewStatus ? change.NewDisplay : $"{change.NewDisplay} ({IndicatorTables.StatusLabel(change.NewStatus)})";
                text.Append(CultureInfo.InvariantCulture,
                    $"| {Escape(change.IndicatorName)} | {Escape(change.AreaName)} | {change.Year} | {Escape(oldText)} | {Escape(newText)} |\n");
            }

            text.Append('\n');
            AppendRest(text, comparison.Values.Count - MaxValueRows, "Werte");
        }

        if (comparison.Sentences.Count > 0)
        {
            text.Append("## Geänderte Textstellen {#aenderungen-text .ohne-nummer}\n\n");
            text.Append("| bisher | neu |\n|:---|:---|\n");
            foreach (var change in comparison.Sentences.Take(MaxSentenceRows))
            {
                text.Append("| ").Append(Joined(change.Removed)).Append(" | ").Append(Joined(change.Added)).Append(" |\n");
            }

            text.Append('\n');
            AppendRest(text, comparison.Sentences.Count - MaxSentenceRows, "Textstellen");
        }

        return text.ToString();
    }

    private static void AppendRest(StringBuilder text, int rest, string what)
    {
        if (rest > 0)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"Weitere {rest} geänderte {what} sind hier nicht aufgeführt; der Befehl „diff“ listet alle Änderungen.\n\n");
        }
    }

    private static string Joined(IReadOnlyList<string> sentences) =>
        sentences.Count == 0 ? "–" : string.Join(" ", sentences.Select(s => Escape(Plain(s))));

    private static string Count(int count, string singular, string plural) =>
        count == 1 ? $"1 {singular}" : $"{count.ToString(CultureInfo.InvariantCulture)} {plural}";

    /// <summary>Sentence text without Markdown markup: links become their text, emphasis markers go.</summary>
    private static string Plain(string sentence)
    {
        var text = Link().Replace(sentence, m => m.Groups["text"].Value);
        return Emphasis().Replace(text, string.Empty);
    }

    /// <summary>Escapes characters that Markdown would read as markup inside a table cell.</summary>
    private static string Escape(string text) => MarkdownSpecial().Replace(text, @"\$0");

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*+|(?<!\w)_+|_+(?!\w)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"[\\|*_\[\]<>`#{}]")]
    private static partial Regex MarkdownSpecial();
}
