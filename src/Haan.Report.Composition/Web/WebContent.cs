using Haan.Report.Charts;
using Haan.Report.Composition.Documents;
using Haan.Report.Layout;
using Haan.Report.Templates.Markdown;
using Haan.Report.WebEdition;

namespace Haan.Report.Composition.Web;

/// <summary>
/// The web edition's view of the PDF's composition: the same numbering, labels, tables (the very table objects the
/// PDF lays out, read back cell by cell) and figures (the same figure objects, drawn as SVG at their PDF size).
/// </summary>
internal sealed class WebContent(Numbering numbering, DocumentComposer composer, float contentWidth) : IWebContent
{
    /// <summary>Space between blocks side by side (the PDF's <c>:::: reihe</c>).</summary>
    private static readonly float RowSpacing = Units.Mm(6);

    private readonly Dictionary<DocDirective, string> svgs = Svgs(numbering, composer, contentWidth);

    public IReadOnlyList<WebDirectoryEntry> Figures { get; } = [.. numbering.Figures.Select(Entry)];

    public IReadOnlyList<WebDirectoryEntry> Tables { get; } = [.. numbering.Tables.Select(Entry)];

    public string? SymbolsAnchor { get; } = composer.TableOf.Keys
        .Where(d => d.Arguments.GetValueOrDefault("typ") == "zeichen").Select(numbering.AnchorOf).FirstOrDefault();

    public string? NumberOf(DocBlock block) => numbering.NumberOf(block);

    public string? AnchorOf(DocDirective directive) =>
        directive.Name is Directives.Figure or Directives.Table ? numbering.AnchorOf(directive) : null;

    public string? LabelOf(string id) => numbering.LabelOf(id);

    public string Typography(string text) => Documents.Typography.Apply(text);

    public WebFigure Figure(DocDirective directive, int columns)
    {
        var placed = composer.FigureOf[directive];
        var svg = svgs.TryGetValue(directive, out var recorded)
            ? recorded
            : FigureSvg.Render(placed.Figure, (contentWidth - (RowSpacing * (columns - 1))) / columns, placed.Height, numbering.AnchorOf(directive));
        return new WebFigure(placed.Number, placed.Caption, svg,
            placed.Figure.AltText, placed.Source, DataTable(placed.Data!, placed.Caption));
    }

    public WebTable Table(DocDirective directive)
    {
        var content = composer.TableOf[directive];
        return Convert(content.Table, numbering.NumberOf(directive), DocumentComposer.Caption(directive), content.Source);
    }

    /// <summary>
    /// The SVG of every figure the PDF laid out, played back from its recorded drawing at its PDF size, on both cores
    /// (each figure is independent; its ids carry its anchor, so the result does not depend on the order).
    /// </summary>
    private static Dictionary<DocDirective, string> Svgs(Numbering numbering, DocumentComposer composer, float contentWidth)
    {
        var figures = composer.FigureOf.Where(f => f.Value.Drawing?.IsRecorded == true).ToList();
        var svgs = new string[figures.Count];
        Parallel.For(0, figures.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            svgs[i] = figures[i].Value.Drawing!.Svg(new SkiaSharp.SKSize(contentWidth, figures[i].Value.Height)));
        var result = new Dictionary<DocDirective, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < figures.Count; i++)
        {
            result[figures[i].Key] = svgs[i];
        }

        return result;
    }

    /// <summary>A layout table read back row by row: the display texts the PDF prints.</summary>
    internal static WebTable Convert(Table table, string? number, string caption, string source)
    {
        var rows = new List<WebTableRow>();
        var footnotes = new List<string>();
        foreach (var (kind, cells) in table.Rows)
        {
            var texts = cells.Select(c => c is Paragraph p ? p.PlainText : throw new InvalidOperationException($"Table '{table.Name}' has a cell that is no paragraph.")).ToList();
            switch (kind)
            {
                case TableRowKind.Footnote:
                    footnotes.AddRange(texts);
                    break;
                case TableRowKind.Header:
                    rows.Add(new WebTableRow(WebRowKind.Header, texts));
                    break;
                case TableRowKind.Highlight:
                    rows.Add(new WebTableRow(WebRowKind.Highlight, texts));
                    break;
                default:
                    rows.Add(new WebTableRow(WebRowKind.Body, texts));
                    break;
            }
        }

        return new WebTable(number, caption, rows, [.. table.Columns.Select(c => c.Alignment == TextAlignment.Right)],
            table.FirstColumnHeadsRows, footnotes, source);
    }

    internal static WebTable DataTable(FigureDataTable data, string caption) => new(
        null,
        caption,
        [new WebTableRow(WebRowKind.Header, data.Header), .. data.Rows.Select(r => new WebTableRow(WebRowKind.Body, r))],
        data.NumericColumns,
        FirstColumnHeadsRows: true,
        data.Notes,
        string.Empty);

    private static WebDirectoryEntry Entry(NumberedItem item) => new(item.Number, item.Caption, item.Id);
}
