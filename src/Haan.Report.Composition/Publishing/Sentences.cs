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
            if (IsAbbreviationOrOrdinal(LastWord(text, boundary.Index)))
            {
                continue; // "z. B.", "bzw.", "31.12.", "4. Jahr" are not sentence ends
            }

            yield return text[start..(boundary.Index + boundary.Length)].Trim();
            start = boundary.Index + boundary.Length;
        }

        if (start < text.Length)
        {
            yield return text[start..].Trim();
        }
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "bzw", "usw", "ggf", "vgl", "inkl", "evtl", "etc", "Abb", "Tab", "Kap", "Str", "Mio", "Mrd", "Tsd", "zzgl", "abzgl", "sog", "einschl",
        "Städt", "Gem", "Kath", "Ev", "Gesamtsch", // school names ("Städt. Gem. Grundschule …")
    };

    private static bool IsAbbreviationOrOrdinal(string word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        if (word.All(char.IsLetter))
        {
            return word.Length <= 2 || Abbreviations.Contains(word);
        }

        if (word.All(char.IsAsciiDigit))
        {
            return word.Length <= 2; // an ordinal or a day; a year or count ends a sentence
        }

        return word.Any(char.IsAsciiDigit) && word.Contains('.', StringComparison.Ordinal); // a date like 31.12.
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
