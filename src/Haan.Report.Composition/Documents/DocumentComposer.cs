using Haan.Report.Diagnostics;
using Haan.Report.Composition.Text;
using Haan.Report.Composition.Documents.Blocks;
using Haan.Report.Layout;
using Haan.Report.Templates.Markdown;

namespace Haan.Report.Composition.Documents;

/// <summary>
/// Maps the layout-free document tree of one chapter onto layout elements: headings with numbers, paragraphs with
/// spans and links, lists, pipe tables, and directives (figures, tables, notices, page breaks, directories).
/// Problems are collected with file and line instead of stopping at the first.
/// </summary>
internal sealed class DocumentComposer(Numbering numbering, IContentFactory content, List<Problem> problems)
{
    /// <summary>Every figure placed so far, in document order (for the PNG export and the alt-text list).</summary>
    public List<PlacedFigure> Figures { get; } = [];

    /// <summary>The figure of each figure directive and the table of each table directive (for the web edition).</summary>
    public Dictionary<DocDirective, PlacedFigure> FigureOf { get; } = new(ReferenceEqualityComparer.Instance);

    /// <inheritdoc cref="FigureOf"/>
    public Dictionary<DocDirective, TableContent> TableOf { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether each figure's SVG for the web edition is made in the background while the PDF is built.</summary>
    public bool PrepareSvg { get; init; }

    /// <summary>The recorded drawing of every figure (disposed with the build).</summary>
    public List<FigureDrawing> Drawings { get; } = [];

    private Chapter? current;
    private string? nearestHeading;

    /// <summary>
    /// Where each block's element came from („kapitel/06-arbeit.md, Zeile 3, nach der Überschrift „5  Arbeit““), so
    /// that content the layout cannot place is reported at its template line (see <see cref="Locate"/>).
    /// </summary>
    private readonly Dictionary<Element, ProblemLocation> origins = new(ReferenceEqualityComparer.Instance);

    /// <summary>The template position of the innermost composed block among <paramref name="elements"/> (innermost first), or null.</summary>
    public ProblemLocation? Locate(IEnumerable<Element> elements) =>
        elements.Select(e => origins.GetValueOrDefault(e)).FirstOrDefault(o => o is not null);

    /// <summary>The layout elements of one chapter; problems name the template line (see <see cref="Chapter.At"/>).</summary>
    public Element Compose(Chapter chapter)
    {
        current = chapter;
        nearestHeading = null;
        return Compose(chapter.File, chapter.Blocks);
    }

    /// <summary>„file, Zeile n“ of a line of the filled Markdown, mapped back to the template line and loop pass.</summary>
    private ProblemLocation At(string file, int line) =>
        current is { } chapter && string.Equals(chapter.File, file, StringComparison.Ordinal) ? chapter.Location(line) : ProblemLocation.At(file, line);

    /// <summary><see cref="At"/> with the nearest heading above the line, for messages about the laid-out page.</summary>
    private ProblemLocation Near(string file, int line) => At(file, line) with { NearHeading = nearestHeading };

    private Element Compose(string file, IReadOnlyList<DocBlock> blocks)
    {
        var column = new Column { Spacing = ReportStyle.ParagraphSpacing };
        foreach (var block in blocks)
        {
            if (ComposeBlock(file, block) is { } element)
            {
                column.Add(element);
            }
        }

        return column;
    }

    private Element? ComposeBlock(string file, DocBlock block)
    {
        var element = ComposeElement(file, block);
        if (element is not null)
        {
            origins.TryAdd(element, Near(file, block.Line));
        }

        return element;
    }

    private Element? ComposeElement(string file, DocBlock block)
    {
        switch (block)
        {
            case DocHeading heading:
                var number = numbering.NumberOf(heading);
                var text = PlainText(heading.Content);
                nearestHeading = number is null ? text : $"{number} {text}";
                return new Heading(heading.Level, number is null ? text : $"{number}  {text}", heading.Id, ReportStyle.Accent);
            case DocParagraph paragraph:
                // A paragraph that opens with a bold lead-in („**Antwort: …**“) introduces what follows: keep them together.
                return paragraph.Content is [DocStrong, ..]
                    ? new KeepWithNext(Paragraph(file, paragraph.Line, paragraph.Content))
                    : Paragraph(file, paragraph.Line, paragraph.Content);
            case DocList list:
                var listBlock = new ListBlock(list.Ordered, list.Start);
                foreach (var item in list.Items)
                {
                    listBlock.Add(item.Count == 1 && item[0] is DocParagraph single
                        ? Paragraph(file, single.Line, single.Content)
                        : Compose(file, item));
                }

                return listBlock;
            case DocQuote quote:
                return new Box(Compose(file, quote.Content)) { Background = ReportStyle.AccentLight, Padding = 8, Role = StructureRole.BlockQuote };
            case DocTable table:
                return PipeTable(file, table);
            case DocThematicBreak:
                return new PageBreak();
            case DocDirective directive:
                return Directive(file, directive);
            default:
                problems.Add(ReportMessages.UnsupportedBlock(At(file, block.Line)));
                return null;
        }
    }

    private Element? Directive(string file, DocDirective directive)
    {
        try
        {
            var type = DirectiveTypes.All.FirstOrDefault(t => string.Equals(t.Name, directive.Name, StringComparison.Ordinal))
                ?? throw new ContentException(ReportMessages.UnknownDirective(directive.Name, DirectiveTypes.All.Select(t => t.Name)));
            return type.Build(this, file, directive);
        }
        catch (ContentException e)
        {
            problems.Add(e.Problem with { Location = At(file, directive.Line) });
            return null;
        }
    }

    /// <summary><c>::: hinweis</c>: the blocks inside in a highlighted box.</summary>
    internal Element Notice(string file, DocDirective directive) =>
        new Box(Compose(file, directive.Content))
        {
            Background = ReportStyle.NoticeBackground,
            BorderColor = ReportStyle.NoticeBorder,
            Padding = 8,
            Role = StructureRole.Note,
        };

    internal Element ListOfFigures() => Directory(numbering.Figures);

    internal Element ListOfTables() => Directory(numbering.Tables);

    /// <summary><c>:::: reihe</c> … <c>::::</c>: the blocks inside (usually two figures) side by side, equal widths.</summary>
    internal Element SideBySide(string file, DocDirective directive)
    {
        if (directive.Content.Count is < 2 or > 3)
        {
            throw new ContentException(ReportMessages.RowNeedsTwoOrThreeBlocks());
        }

        var row = new Row { Spacing = Units.Mm(6) };
        foreach (var block in directive.Content)
        {
            if (ComposeBlock(file, block) is { } element)
            {
                row.Relative(1, element);
            }
        }

        return new Float(new KeepTogether(row));
    }

    internal Element Figure(string file, DocDirective directive)
    {
        var number = numbering.NumberOf(directive)!;
        var caption = Caption(directive);
        var figure = content.CreateFigure(directive);
        var drawing = new FigureDrawing(figure.Figure, numbering.AnchorOf(directive), PrepareSvg);
        Drawings.Add(drawing);
        var canvas = new CanvasElement(figure.Height, drawing.Draw)
        {
            Name = $"Abbildung {number}",
            AltText = figure.Figure.AltText,
            MinHeight = figure.Height * ReportStyle.FigureMinScale,
        };
        var element = new FigureBlock(canvas, new Column(CaptionParagraph($"Abbildung {number}: ", caption), ReportStyle.Small(figure.Source)) { Spacing = 3 });
        var placed = new PlacedFigure(number, caption, figure.Figure, figure.Height, figure.Source) { Data = figure.Data, Drawing = drawing };
        Figures.Add(placed);
        FigureOf[directive] = placed;
        return new Float(new Anchor(numbering.AnchorOf(directive), new KeepTogether(element)));
    }

    internal Element Table(string file, DocDirective directive)
    {
        var number = numbering.NumberOf(directive)!;
        var caption = Caption(directive);
        var table = content.CreateTable(directive);
        TableOf[directive] = table;
        var element = new Column { Spacing = 3 };
        element.Add(CaptionParagraph($"Tabelle {number}: ", caption));
        element.Add(table.Table);
        element.Add(ReportStyle.Small(table.Source));

        // Caption, table and source stay together; a table taller than a page is split where it stands.
        return new Anchor(numbering.AnchorOf(directive), new KeepTogether(element));
    }

    private static Paragraph CaptionParagraph(string label, string caption)
    {
        var paragraph = new Paragraph { FontSize = ReportStyle.CaptionSize, Role = StructureRole.Caption };
        paragraph.Add(new Span(label) { Bold = true });
        paragraph.Add(caption);
        return paragraph;
    }

    public static string Caption(DocDirective directive)
    {
        var caption = string.Join(" ", directive.Content.OfType<DocParagraph>().Select(p => PlainText(p.Content))).Trim();
        return caption.Length > 0
            ? caption
            : throw new ContentException(ReportMessages.CaptionMissing(directive.Name));
    }

    private static Element Directory(IReadOnlyList<NumberedItem> entries) =>
        TableOfContents.Of(entries.Select(e => new TocItem($"{e.Number}  {e.Caption}", e.Id)));

    private Table PipeTable(string file, DocTable table)
    {
        var alignments = table.Alignments.Select(a => a switch
        {
            DocAlignment.Right => TextAlignment.Right,
            DocAlignment.Center => TextAlignment.Center,
            _ => TextAlignment.Left,
        }).ToList();
        var result = new Table($"Tabelle in {file}, Zeile {table.Line}", alignments.Select(a => TableColumn.Relative(1, a)).ToArray()) { FontSize = 9 };
        if (table.Header.Count > 0)
        {
            result.AddHeader(table.Header.Select(PlainText).ToArray());
        }

        foreach (var row in table.Rows)
        {
            // Cells keep their spans, so links such as [](#armut) get their number and stay clickable.
            result.AddRow(TableRowKind.Body, row.Select((cell, column) =>
            {
                var paragraph = new Paragraph { FontSize = 9, Alignment = alignments[column] };
                foreach (var span in Spans(file, table.Line, cell, bold: false, italic: false, link: null))
                {
                    paragraph.Add(span);
                }

                return (Element)paragraph;
            }).ToArray());
        }

        return result;
    }

    private Paragraph Paragraph(string file, int line, IReadOnlyList<DocInline> inlines)
    {
        var paragraph = ReportStyle.Body();
        foreach (var span in Spans(file, line, inlines, bold: false, italic: false, link: null))
        {
            paragraph.Add(span);
        }

        return paragraph;
    }

    private IEnumerable<Span> Spans(string file, int line, IReadOnlyList<DocInline> inlines, bool bold, bool italic, DocLink? link)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case DocText text:
                    yield return StyledSpan(text.Text, bold, italic, link);
                    break;
                case DocStrong strong:
                    foreach (var span in Spans(file, line, strong.Content, true, italic, link))
                    {
                        yield return span;
                    }

                    break;
                case DocEmphasis emphasis:
                    foreach (var span in Spans(file, line, emphasis.Content, bold, true, link))
                    {
                        yield return span;
                    }

                    break;
                case DocLink nested:
                    if (nested.Content.Count == 0 && nested.Target.StartsWith('#'))
                    {
                        var label = numbering.LabelOf(nested.Target[1..]);
                        if (label is null)
                        {
                            problems.Add(ReportMessages.UnknownReference(Near(file, line), nested.Target, explain: false));
                            break;
                        }

                        yield return StyledSpan(label, bold, italic, nested);
                    }
                    else
                    {
                        if (nested.Target.StartsWith('#') && numbering.LabelOf(nested.Target[1..]) is null)
                        {
                            // Found here, not by the layout: the message names the template line and the heading.
                            problems.Add(ReportMessages.UnknownReference(Near(file, line), nested.Target, explain: true));
                        }

                        foreach (var span in Spans(file, line, nested.Content, bold, italic, nested))
                        {
                            yield return span;
                        }
                    }

                    break;
                case DocLineBreak:
                    yield return new Span("\n");
                    break;
            }
        }
    }

    private static Span StyledSpan(string text, bool bold, bool italic, DocLink? link)
    {
        text = Typography.Apply(text);
        if (link is null)
        {
            return new Span(text) { Bold = bold, Italic = italic };
        }

        return link.Target.StartsWith('#')
            ? new Span(text) { Bold = bold, Italic = italic, LinkAnchor = link.Target[1..], Color = TextDefaults.LinkColor }
            : new Span(text) { Bold = bold, Italic = italic, LinkUrl = link.Target, Color = TextDefaults.LinkColor };
    }

    public static string PlainText(IReadOnlyList<DocInline> inlines) => string.Concat(inlines.Select(inline => inline switch
    {
        DocText text => text.Text,
        DocStrong strong => PlainText(strong.Content),
        DocEmphasis emphasis => PlainText(emphasis.Content),
        DocLink link => PlainText(link.Content),
        DocLineBreak => " ",
        _ => string.Empty,
    }));
}
