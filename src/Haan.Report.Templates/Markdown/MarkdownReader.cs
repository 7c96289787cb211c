using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Haan.Report.Diagnostics;
using Haan.Report.Templates.Text;

namespace Haan.Report.Templates.Markdown;

/// <summary>
/// Parses the filled Markdown of a chapter with Markdig (pipe tables, custom containers, heading ids)
/// into the layout-free <see cref="DocBlock"/> tree. Raw HTML and images are rejected: the report is
/// built from Markdown and directives only.
/// </summary>
public static partial class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseCustomContainers()
        .UseGenericAttributes()
        .Build();

    public static IReadOnlyList<DocBlock> Read(string displayPath, string markdown)
    {
        var problems = new List<Problem>();
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            throw new ProblemException(TemplateMessages.NestedTooDeeply(new ProblemLocation(displayPath), MaxNesting));
        }

        var blocks = ReadBlocks(displayPath, document, problems, 0);
        if (problems.Count > 0)
        {
            throw new ProblemException(problems);
        }

        return blocks;
    }

    /// <summary>Deepest nesting of lists, quotes and containers a report needs (and the layout can lay out safely).</summary>
    public const int MaxNesting = 12;

    private static List<DocBlock> ReadBlocks(string file, ContainerBlock container, List<Problem> problems, int depth)
    {
        var result = new List<DocBlock>();
        if (depth > MaxNesting)
        {
            problems.Add(TemplateMessages.NestedTooDeeply(ProblemLocation.At(file, container.Line + 1, 1), MaxNesting));
            return result;
        }

        foreach (var block in container)
        {
            var line = block.Line + 1;
            switch (block)
            {
                case HeadingBlock heading:
                    var attributes = heading.TryGetAttributes();
                    result.Add(new DocHeading(heading.Level, ReadInlines(file, heading.Inline, line, problems),
                        attributes?.Id, attributes?.Classes?.ToList() ?? [], line));
                    break;
                case ParagraphBlock paragraph:
                    result.Add(new DocParagraph(ReadInlines(file, paragraph.Inline, line, problems), line));
                    break;
                case ListBlock list:
                    var start = int.TryParse(list.OrderedStart, System.Globalization.NumberStyles.Integer,
                        System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 1;
                    result.Add(new DocList(list.IsOrdered, start,
                        list.OfType<ListItemBlock>().Select(item => (IReadOnlyList<DocBlock>)ReadBlocks(file, item, problems, depth + 1)).ToList(),
                        line));
                    break;
                case QuoteBlock quote:
                    result.Add(new DocQuote(ReadBlocks(file, quote, problems, depth + 1), line));
                    break;
                case CustomContainer directive:
                    result.Add(new DocDirective(
                        (directive.Info ?? string.Empty).Trim().ToLowerInvariant(),
                        ParseArguments(file, line, directive.Arguments ?? string.Empty, problems),
                        ReadBlocks(file, directive, problems, depth + 1),
                        line));
                    break;
                case Table table:
                    result.Add(ReadTable(file, table, line, problems));
                    break;
                case ThematicBreakBlock:
                    result.Add(new DocThematicBreak(line));
                    break;
                case LinkReferenceDefinitionGroup:
                    break;
                case HtmlBlock:
                    problems.Add(TemplateMessages.HtmlBlock(At(file, line)));
                    break;
                case FencedCodeBlock or CodeBlock:
                    problems.Add(TemplateMessages.CodeBlock(At(file, line)));
                    break;
                default:
                    problems.Add(TemplateMessages.UnsupportedBlock(At(file, line), block.GetType().Name));
                    break;
            }
        }

        return result;
    }

    private static DocTable ReadTable(string file, Table table, int line, List<Problem> problems)
    {
        var alignments = table.ColumnDefinitions
            .Select(c => c.Alignment switch
            {
                TableColumnAlign.Right => DocAlignment.Right,
                TableColumnAlign.Center => DocAlignment.Center,
                _ => DocAlignment.Left,
            })
            .ToList();
        IReadOnlyList<IReadOnlyList<DocInline>> header = [];
        var rows = new List<IReadOnlyList<IReadOnlyList<DocInline>>>();
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = row.OfType<TableCell>()
                .Select(cell => (IReadOnlyList<DocInline>)cell.OfType<ParagraphBlock>()
                    .SelectMany(p => ReadInlines(file, p.Inline, p.Line + 1, problems)).ToList())
                .ToList();
            if (row.IsHeader)
            {
                header = cells;
            }
            else
            {
                rows.Add(cells);
            }
        }

        return new DocTable(alignments, header, rows, line);
    }

    private static List<DocInline> ReadInlines(string file, ContainerInline? container, int line, List<Problem> problems)
    {
        var result = new List<DocInline>();
        if (container is null)
        {
            return result;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AppendText(result, literal.Content.ToString());
                    break;
                case CodeInline code:
                    AppendText(result, code.Content);
                    break;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard)
                    {
                        result.Add(new DocLineBreak());
                    }
                    else
                    {
                        AppendText(result, " ");
                    }

                    break;
                case EmphasisInline emphasis:
                    var content = ReadInlines(file, emphasis, line, problems);
                    result.Add(emphasis.DelimiterCount >= 2 ? new DocStrong(content) : new DocEmphasis(content));
                    break;
                case LinkInline { IsImage: true }:
                    problems.Add(TemplateMessages.Image(At(file, line)));
                    break;
                case LinkInline link when !MarkdownText.IsAllowedLinkTarget(link.Url ?? string.Empty):
                    problems.Add(TemplateMessages.ForbiddenLink(At(file, line), link.Url ?? string.Empty));
                    break;
                case LinkInline link:
                    result.Add(new DocLink(link.Url ?? string.Empty, ReadInlines(file, link, line, problems)));
                    break;
                case AutolinkInline autolink when !MarkdownText.IsAllowedLinkTarget(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url):
                    problems.Add(TemplateMessages.ForbiddenLink(At(file, line), autolink.Url));
                    break;
                case AutolinkInline autolink:
                    result.Add(new DocLink(autolink.Url, [new DocText(autolink.Url)]));
                    break;
                case HtmlEntityInline entity:
                    AppendText(result, entity.Transcoded.ToString());
                    break;
                case HtmlInline:
                    problems.Add(TemplateMessages.HtmlInline(At(file, line)));
                    break;
                case ContainerInline nested:
                    result.AddRange(ReadInlines(file, nested, line, problems));
                    break;
                default:
                    problems.Add(TemplateMessages.UnsupportedInline(At(file, line), inline.GetType().Name));
                    break;
            }
        }

        return result;
    }

    private static ProblemLocation At(string file, int line) => ProblemLocation.At(file, line, 1);

    private static void AppendText(List<DocInline> inlines, string text)
    {
        if (inlines.Count > 0 && inlines[^1] is DocText previous)
        {
            inlines[^1] = new DocText(previous.Text + text);
        }
        else
        {
            inlines.Add(new DocText(text));
        }
    }

    /// <summary>Parses <c>key=value key2="value with spaces"</c> directive arguments.</summary>
    private static Dictionary<string, string> ParseArguments(string file, int line, string text, List<Problem> problems)
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = new StringBuilder();
        var position = 0;
        foreach (Match match in Argument().Matches(text))
        {
            rest.Append(text, position, match.Index - position);
            position = match.Index + match.Length;
            var key = match.Groups["key"].Value;
            var value = match.Groups["quoted"].Success ? match.Groups["quoted"].Value : match.Groups["plain"].Value;
            if (!arguments.TryAdd(key, value))
            {
                problems.Add(TemplateMessages.DuplicateArgument(At(file, line), key));
            }
        }

        rest.Append(text, position, text.Length - position);
        var leftover = rest.ToString().Trim();
        if (leftover.Length > 0)
        {
            problems.Add(TemplateMessages.UnparsableArguments(At(file, line), leftover));
        }

        return arguments;
    }

    [GeneratedRegex("""(?<key>[a-z_][a-z0-9_]*)=(?:"(?<quoted>[^"]*)"|(?<plain>[^\s"]+))""")]
    private static partial Regex Argument();
}
