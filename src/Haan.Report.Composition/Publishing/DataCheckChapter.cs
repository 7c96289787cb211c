using System.Globalization;
using System.Text;
using Haan.Report.Templates.Markdown;

namespace Haan.Report.Composition.Publishing;

/// <summary>
/// The „Datenprüfung“ appendix of a draft (<c>build --entwurf</c>): every warning about the inputs (plausibility
/// across files, demographic balance, encodings), so that they are seen while the texts are written. Never part of a
/// published version.
/// </summary>
internal static class DataCheckChapter
{
    /// <summary>Chapter name as shown in messages; the filled Markdown marks the chapter with it.</summary>
    public const string File = "datenpruefung (erzeugt, nur im Entwurf)";

    public static string Markdown(IReadOnlyList<string> warnings)
    {
        var text = new StringBuilder();
        text.Append("# Datenprüfung (nur im Entwurf) {#datenpruefung .ohne-nummer}\n\n");
        text.Append(CultureInfo.InvariantCulture,
            $"Dieser Abschnitt steht nur im Entwurf, nie in einer veröffentlichten Version. Die Prüfung der Eingabedaten hat {(warnings.Count == 1 ? "einen Hinweis" : $"{warnings.Count} Hinweise")} ergeben. ");
        text.Append("Hinweise verhindern den Bericht nicht; bitte jeden prüfen und die Daten berichtigen oder die Ursache in den Texten erläutern.\n\n");
        foreach (var warning in warnings)
        {
            text.Append("- ").Append(MarkdownText.Escape(warning, atLineStart: false)).Append('\n');
        }

        return text.Append('\n').ToString();
    }
}
