using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Haan.Report.Composition.Publishing;

/// <summary>
/// Splits the filled Markdown of a report into comparable text units: sentences of paragraphs, list items and
/// captions, and table rows, read from the Markdig syntax tree. Markup that is not text (chapter markers, directive
/// fences, emphasis, table rules) is dropped; the generated Änderungsprotokoll itself is never compared.
/// </summary>
public static partial class Sentences
{
    /// <summary>Marker line that starts the generated Änderungsprotokoll in the filled Markdown.</summary>
    public const string ChangeLogMarker = "<!-- aenderungsprotokoll (erzeugt) -->";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseCustomContainers()
        .UseGenericAttributes()
        .Build();

    /// <summary>
    /// The comparable units of <paramref name="markdown"/>, read from Markdig's syntax tree (the same extensions as
    /// the report's reader): each heading is one unit, paragraphs (also in list items, quotes and directive blocks) are
    /// split into sentences, each table row is one unit with its cells joined by „ · “. Only text counts: emphasis,
    /// links and heading attributes are markup, HTML comments are not text.
    /// </summary>
    public static IReadOnlyList<string> Split(string markdown)
    {
        var units = new List<string>();
        Collect(Markdig.Markdown.Parse(markdown.Replace("\r\n", "\n", StringComparison.Ordinal), Pipeline), units);
        return units.Where(u => u.Length > 0).ToList();
    }

    /// <summary>Adds the units of the blocks in <paramref name="container"/>; false once the change log starts.</summary>
    private static bool Collect(ContainerBlock container, List<string> units)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HtmlBlock html when html.Lines.ToString().Contains(ChangeLogMarker, StringComparison.Ordinal):
                    return false; // everything after it is the generated change log
                case HeadingBlock heading:
                    units.Add(Normalise(Text(heading.Inline)));
                    break;
                case ParagraphBlock paragraph:
                    units.AddRange(SplitSentences(Text(paragraph.Inline)));
                    break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>())
                    {
                        units.Add(Normalise(string.Join(" · ", row.OfType<TableCell>().Select(CellText))));
                    }

                    break;
                case ContainerBlock nested when !Collect(nested, units):
                    return false;
            }
        }

        return true;
    }

    private static string CellText(TableCell cell) =>
        string.Join(' ', cell.OfType<ParagraphBlock>().Select(p => Text(p.Inline))).Trim();

    private static string Text(ContainerInline? inlines)
    {
        var sb = new StringBuilder();
        Append(inlines, sb);
        return sb.ToString();
    }

    private static void Append(ContainerInline? container, StringBuilder sb)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    sb.Append(autolink.Url);
                    break;
                case LinkInline { FirstChild: null } reference:
                    sb.Append("[](").Append(reference.Url).Append(')'); // filled in with the target's number: the target is the text
                    break;
                case ContainerInline nested:
                    Append(nested, sb);
                    break;
            }
        }
    }

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

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

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
