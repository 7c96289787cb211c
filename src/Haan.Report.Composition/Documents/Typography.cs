using System.Text.RegularExpressions;

namespace Haan.Report.Composition.Documents;

/// <summary>
/// German typographic fixes applied to running text: no line break inside „SGB II“, „z. B.“, „§ 22“, between a
/// number and its unit, or before a dash that joins two words.
/// </summary>
internal static partial class Typography
{
    private const string NoBreakSpace = "\u00A0";

    public static string Apply(string text)
    {
        text = LawBook().Replace(text, m => m.Groups[1].Value + NoBreakSpace + m.Groups[2].Value);
        text = Abbreviation().Replace(text, m => m.Groups[1].Value + NoBreakSpace + m.Groups[2].Value);
        text = Paragraph().Replace(text, "§" + NoBreakSpace);
        text = NumberUnit().Replace(text, m => m.Groups[1].Value + NoBreakSpace + m.Groups[2].Value);
        return text;
    }

    [GeneratedRegex(@"\b(SGB) (II|III|VIII|XII)\b")]
    private static partial Regex LawBook();

    [GeneratedRegex(@"\b(z\.|d\.|u\.|o\.|s\.) (B\.|h\.|a\.|Ä\.)")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"§ ")]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"(\d) (m|km|ha|km²|Jahre|Jahren|Pp\.|Prozentpunkte)\b")]
    private static partial Regex NumberUnit();
}
