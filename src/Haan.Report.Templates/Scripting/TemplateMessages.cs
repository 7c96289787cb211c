using System.Text.RegularExpressions;

namespace Haan.Report.Templates.Scripting;

/// <summary>Translates Scriban's English messages for the most common mistakes into German.</summary>
internal static partial class TemplateMessages
{
    public static string Translate(string message)
    {
        var match = UnknownVariable().Match(message);
        if (match.Success)
        {
            return $"Unbekannter Name „{match.Groups[1].Value}“. Prüfen Sie die Schreibweise; erlaubte Namen stehen in docs/VORLAGEN.md.";
        }

        match = UnknownMember().Match(message);
        if (match.Success)
        {
            var member = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
            return TemplateEngine.IsRemovedMember(member) is { } removed
                ? $"„{removed}“ ist in Berichtsvorlagen nicht verfügbar: Der Bericht muss aus denselben Eingaben immer byte-gleich entstehen (keine Zufallszahlen, keine Kennungen). Entfernen Sie den Aufruf."
                : $"Unbekanntes Feld „{member}“. Prüfen Sie die Schreibweise; erlaubte Felder stehen in docs/VORLAGEN.md.";
        }

        if (message.Contains("iteration limit", StringComparison.OrdinalIgnoreCase) || message.Contains("loop limit", StringComparison.OrdinalIgnoreCase))
        {
            return "Zu viele Schleifendurchläufe (Endlosschleife?). " + message;
        }

        if (message.Contains("recursive", StringComparison.OrdinalIgnoreCase))
        {
            return "Zu tiefe Verschachtelung von Funktionsaufrufen (Rekursion?). " + message;
        }

        return message;
    }

    [GeneratedRegex("The variable or function `([^`]+)` was not found")]
    private static partial Regex UnknownVariable();

    [GeneratedRegex(@"(?:member|property) `([^`]+)` .*not found|Cannot get (?:the )?member (?:with name )?([^ .]+)")]
    private static partial Regex UnknownMember();
}
