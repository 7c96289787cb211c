using System.Text;

namespace Haan.Report.Templates.Markdown;

/// <summary>
/// Text from data (area, school and source names, configuration values) inserted into Markdown: every character the
/// report's Markdown pipeline would read as markup is escaped, so a name like „# Nord“ or „Haan *Süd* [mehr](…)“
/// arrives as exactly that text, never as a heading, emphasis or link. Line breaks and other control characters become
/// spaces (a value never starts a new block).
/// </summary>
public static class MarkdownText
{
    /// <summary>Link targets allowed in the report: web pages, e-mail addresses and anchors inside the report.</summary>
    public static bool IsAllowedLinkTarget(string target) =>
        target.StartsWith('#')
        || target.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || target.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Escapes <paramref name="text"/> for insertion into Markdown. <paramref name="atLineStart"/>: the value starts a
    /// line, where list markers („-“, „+“, „1.“), setext underlines („=“) and container fences („:::“) count too.
    /// </summary>
    public static string Escape(string text, bool atLineStart)
    {
        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c))
            {
                result.Append(' ');
                continue;
            }

            var lineStart = atLineStart && text[..i].All(x => x == ' ');
            var escape = c switch
            {
                '\\' or '`' or '*' or '[' or ']' or '<' or '>' or '{' or '}' or '|' or '#' => true,
                '_' => !IsWordCharacter(text, i - 1) || !IsWordCharacter(text, i + 1),
                '&' => i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '#'),
                '-' or '+' or '=' or ':' => lineStart,
                '.' or ')' => atLineStart && i > 0 && text[..i].TrimStart(' ').Length > 0 && text[..i].TrimStart(' ').All(char.IsAsciiDigit),
                _ => false,
            };
            if (escape)
            {
                result.Append('\\');
            }

            result.Append(c);
        }

        return result.ToString();
    }

    private static bool IsWordCharacter(string text, int index) =>
        index >= 0 && index < text.Length && char.IsLetterOrDigit(text[index]);
}
