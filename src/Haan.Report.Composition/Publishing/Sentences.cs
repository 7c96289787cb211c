using System.Text.RegularExpressions;

namespace Haan.Report.Composition.Publishing;

/// <summary>
/// Splits the filled Markdown of a report into comparable text units: sentences of paragraphs, list items and
/// captions, and table rows. Markup that is not text (chapter markers, directive fences, table rules) is dropped; the
/// generated Änderungsprotokoll itself is never compared.
/// </summary>
public static partial class Sentences
{
    /// <summary>Marker line that starts the generated Änderungsprotokoll in the filled Markdown.</summary>
    public const string ChangeLogMarker = "<!-- aenderungsprotokoll (erzeugt) -->";

    public static IReadOnlyList<string> Split(string markdown)
    {
        var units = new List<string>();
        var paragraph = new List<string>();

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                units.AddRange(SplitSentences(string.Join(' ', paragraph)));
                paragraph.Clear();
            }
        }

        foreach (var raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (string.Equals(line, ChangeLogMarker, StringComparison.Ordinal))
            {
                break; // everything after it is the generated change log
            }

            if (line.Length == 0 || line.StartsWith("<!--", StringComparison.Ordinal) || line.StartsWith(":::", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }

            if (line.StartsWith('|'))
            {
                Flush();
                if (!TableRule().IsMatch(line))
                {
                    units.Add(Whitespace().Replace(line.Trim('|').Replace("|", " · ", StringComparison.Ordinal), " ").Trim());
                }

                continue;
            }

            var block = BlockStart().Match(line);
            if (block.Success)
            {
                Flush();
                line = line[block.Length..];
            }

            if (block.Success && block.Value.StartsWith('#'))
            {
                units.Add(HeadingAttributes().Replace(line, string.Empty)); // a heading is one unit
                continue;
            }

            paragraph.Add(line);
        }

        Flush();
        return units.Where(u => u.Length > 0).ToList();
    }

    private static IEnumerable<string> SplitSentences(string text)
    {
        text = Whitespace().Replace(text, " ").Trim();
        var start = 0;
        foreach (Match boundary in SentenceEnd().Matches(text))
        {
            var word = LastWord(text, boundary.Index);
            if (word.Length <= 2 || word.Any(char.IsDigit))
            {
                continue; // "z. B.", "Nr.", "31.12." are not sentence ends
            }

            yield return text[start..(boundary.Index + boundary.Length)].Trim();
            start = boundary.Index + boundary.Length;
        }

        if (start < text.Length)
        {
            yield return text[start..].Trim();
        }
    }

    /// <summary>The word before the punctuation at <paramref name="end"/>, without the punctuation.</summary>
    private static string LastWord(string text, int end)
    {
        var begin = end;
        while (begin > 0 && !char.IsWhiteSpace(text[begin - 1]))
        {
            begin--;
        }

        return text[begin..end].TrimStart('(', '„', '"', '*', '_');
    }

    [GeneratedRegex(@"[.!?][*_)“""]*(?=\s+[\p{Lu}„""(*])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)")]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"^\|?\s*:?-{2,}")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"\s*\{[^}]*\}\s*$")]
    private static partial Regex HeadingAttributes();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
