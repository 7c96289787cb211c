using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>A table column: fixed width in pt or a relative share, and the alignment of its text cells.</summary>
public sealed record TableColumn(float? FixedWidth, float Weight, TextAlignment Alignment)
{
    public static TableColumn Fixed(float width, TextAlignment alignment = TextAlignment.Left) => new(width, 0, alignment);

    public static TableColumn Relative(float weight = 1, TextAlignment alignment = TextAlignment.Left) => new(null, weight, alignment);
}

/// <summary>Kind of a table row.</summary>
public enum TableRowKind
{
    /// <summary>Normal data row.</summary>
    Body,

    /// <summary>Header row, repeated at the top of every page the table spans.</summary>
    Header,

    /// <summary>Highlighted row (e.g. a total row): bold on a tinted background with a rule above.</summary>
    Highlight,

    /// <summary>Footnote below the table, spanning all columns.</summary>
    Footnote,
}

/// <summary>
/// A table: header rows repeated on every page, rows kept whole (a page breaks only between rows), text cells
/// aligned per column (right for numbers), highlighted rows (totals) and footnotes. A row taller than a page is an error.
/// </summary>
public sealed class Table : Element
{
    private readonly List<TableColumn> columns;
    private readonly List<TableRowData> rows = [];
    private float cachedWidth = float.NaN;
    private float[] cachedHeights = [];
    private int currentRow;

    public Table(string name, params TableColumn[] columns)
    {
        if (columns.Length == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        Name = name;
        this.columns = [.. columns];
    }

    /// <summary>Name used in error messages (usually the table caption).</summary>
    public string Name { get; }

    public IReadOnlyList<TableColumn> Columns => columns;

    /// <summary>The rows in the order added, with their kind and cells (read by other outputs, e.g. the web edition).</summary>
    public IEnumerable<(TableRowKind Kind, IReadOnlyList<Element> Cells)> Rows =>
        rows.Select(r => (r.Kind, (IReadOnlyList<Element>)r.Cells));

    /// <summary>Font size of text cells; null = the document's base size.</summary>
    public float? FontSize { get; init; }

    public float CellPaddingX { get; init; } = 4f;

    public float CellPaddingY { get; init; } = 2.5f;

    public SKColor HeaderBackground { get; init; } = new(0xE4, 0xEB, 0xF2);

    public SKColor HighlightBackground { get; init; } = new(0xF0, 0xF0, 0xF0);

    public SKColor RuleColor { get; init; } = new(0xC4, 0xC4, 0xC4);

    public SKColor StrongRuleColor { get; init; } = new(0x40, 0x40, 0x40);

    /// <summary>Whether the first cell of each body row heads its row (TH with /Scope /Row in the tagged PDF), e.g. the area name.</summary>
    public bool FirstColumnHeadsRows { get; init; }

    internal override string? PathLabel => $"Tabelle '{Name}'";

    internal override StructureRole DefaultRole => StructureRole.Table;

    private readonly object headKey = new();
    private readonly object bodyKey = new();
    private readonly object footKey = new();

    internal override IEnumerable<Element> Children => rows.SelectMany(r => r.Cells);

    /// <summary>Adds a header row of text cells.</summary>
    public Table AddHeader(params string[] cells) => AddRow(TableRowKind.Header, cells);

    /// <summary>Adds a body row of text cells.</summary>
    public Table AddRow(params string[] cells) => AddRow(TableRowKind.Body, cells);

    /// <summary>Adds a row of text cells of the given kind.</summary>
    public Table AddRow(TableRowKind kind, params string[] cells)
    {
        CheckCount(cells.Length);
        var bold = kind is TableRowKind.Header or TableRowKind.Highlight;
        var elements = new Element[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            elements[i] = new Paragraph(cells[i])
            {
                Alignment = columns[i].Alignment,
                Bold = bold,
                FontSize = FontSize,
                LineHeight = 1.25f,
                Role = StructureRole.None,
            };
        }

        return AddRow(kind, elements);
    }

    /// <summary>Adds a row whose cells are arbitrary elements (one per column).</summary>
    public Table AddRow(TableRowKind kind, params Element[] cells)
    {
        CheckCount(cells.Length);
        if (kind == TableRowKind.Header && rows.Any(r => r.Kind != TableRowKind.Header))
        {
            throw new InvalidOperationException("Header rows must be added before other rows.");
        }

        rows.Add(new TableRowData(kind, cells));
        cachedWidth = float.NaN;
        return this;
    }

    /// <summary>Adds a footnote (small text below the table).</summary>
    public Table AddFootnote(Paragraph footnote)
    {
        rows.Add(new TableRowData(TableRowKind.Footnote, [footnote]));
        cachedWidth = float.NaN;
        return this;
    }

    /// <summary>Adds a plain-text footnote.</summary>
    public Table AddFootnote(string text) => AddFootnote(new Paragraph(text) { FontSize = 7.5f, Italic = true });

    private void CheckCount(int count)
    {
        if (count != columns.Count)
        {
            throw new ArgumentException($"Table '{Name}' has {columns.Count} columns, the row has {count} cells.");
        }
    }

    internal override void ResetState() => currentRow = 0;

    private int HeaderCount => rows.TakeWhile(r => r.Kind == TableRowKind.Header).Count();

    /// <summary>Index of the next row to draw (header rows are never "next": they repeat).</summary>
    private int NextRow => Math.Max(currentRow, HeaderCount);

    private float[] ColumnWidths(float available)
    {
        var fixedSum = columns.Sum(c => c.FixedWidth ?? 0);
        var weights = columns.Sum(c => c.FixedWidth is null ? c.Weight : 0);
        var rest = Math.Max(0, available - fixedSum);
        return columns.Select(c => c.FixedWidth ?? (weights > 0 ? rest * c.Weight / weights : 0)).ToArray();
    }

    private float[] Heights(LayoutContext context, float width)
    {
        if (cachedWidth == width)
        {
            return cachedHeights;
        }

        var widths = ColumnWidths(width);
        var heights = new float[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            float height = 0;
            var cells = rows[r].Cells;
            for (var c = 0; c < cells.Length; c++)
            {
                var cellWidth = rows[r].Kind == TableRowKind.Footnote ? width : widths[c] - (2 * CellPaddingX);
                var plan = cells[c].Measure(context, new SKSize(cellWidth, float.MaxValue / 4));
                height = Math.Max(height, plan.Height);
            }

            heights[r] = height + (2 * CellPaddingY);
        }

        cachedWidth = width;
        cachedHeights = heights;
        return heights;
    }

    private (int Count, float HeaderHeight, float BodyHeight) Fit(LayoutContext context, SKSize available)
    {
        var heights = Heights(context, available.Width);
        var headerCount = HeaderCount;
        var headerHeight = heights.Take(headerCount).Sum();
        var next = NextRow;
        float body = 0;
        var count = 0;
        for (var r = next; r < rows.Count; r++)
        {
            if (headerHeight + body + heights[r] > available.Height + 0.001f)
            {
                break;
            }

            body += heights[r];
            count++;
        }

        // A table does not start with its header and a single row at the bottom of a page (soft rule).
        var remaining = rows.Count - next;
        if (!context.ForceFit && next == headerCount && count == 1 && remaining > 1)
        {
            return (0, headerHeight, 0);
        }

        return (count, headerHeight, body);
    }

    internal override SpacePlan Measure(LayoutContext context, SKSize available)
    {
        var next = NextRow;
        if (next >= rows.Count)
        {
            return SpacePlan.Empty;
        }

        var (count, headerHeight, body) = Fit(context, available);
        if (count == 0)
        {
            var needed = headerHeight + Heights(context, available.Width)[next];
            if (needed <= available.Height)
            {
                return SpacePlan.Wrap; // soft rule, not a size problem
            }

            var rowNumber = next - HeaderCount + 1;
            var what = rows[next].Kind == TableRowKind.Footnote
                ? $"Tabelle '{Name}', Fußnote"
                : $"Tabelle '{Name}', Zeile {rowNumber}";
            context.ReportNoFit(this, what, needed, available.Height);
            return SpacePlan.Wrap;
        }

        return next + count == rows.Count
            ? SpacePlan.Full(available.Width, headerHeight + body)
            : SpacePlan.Partial(available.Width, headerHeight + body);
    }

    internal override void DrawContent(LayoutContext context, SKSize available)
    {
        var next = NextRow;
        var (count, _, _) = Fit(context, available);
        var heights = Heights(context, available.Width);
        var widths = ColumnWidths(available.Width);
        float y = 0;
        var repeated = next > HeaderCount;
        var surface = context.Surface;
        for (var r = 0; r < HeaderCount; r++)
        {
            // Header rows repeated on a continuation page are page furniture, not a second table head.
            if (repeated)
            {
                surface?.BeginArtifact(pagination: true);
            }

            DrawRow(context, rows[r], widths, available.Width, y, heights[r]);
            if (repeated)
            {
                surface?.EndArtifact();
            }

            y += heights[r];
            foreach (var cell in rows[r].Cells)
            {
                ElementTree.Reset(cell);
            }
        }

        for (var r = next; r < next + count; r++)
        {
            DrawRow(context, rows[r], widths, available.Width, y, heights[r]);
            y += heights[r];
        }

        currentRow = next + count;
    }

    private void DrawRow(LayoutContext context, TableRowData row, float[] widths, float width, float y, float height)
    {
        var surface = context.Surface;
        var (groupKey, groupRole) = row.Kind switch
        {
            TableRowKind.Header => (headKey, StructureRole.TableHead),
            TableRowKind.Footnote => (footKey, StructureRole.TableFoot),
            _ => (bodyKey, StructureRole.TableBody),
        };
        surface?.BeginStructure(groupKey, new StructureInfo(groupRole));
        surface?.BeginStructure(row, new StructureInfo(StructureRole.TableRow));
        try
        {
            DrawRowContent(context, row, widths, width, y, height);
        }
        finally
        {
            surface?.EndStructure();
            surface?.EndStructure();
        }
    }

    private StructureInfo CellInfo(TableRowData row, int column) => row.Kind switch
    {
        TableRowKind.Header => new StructureInfo(StructureRole.TableHeaderCell) { Scope = HeaderScope.Column },
        TableRowKind.Footnote => new StructureInfo(StructureRole.TableDataCell) { ColumnSpan = columns.Count },
        _ when column == 0 && FirstColumnHeadsRows => new StructureInfo(StructureRole.TableHeaderCell) { Scope = HeaderScope.Row },
        _ => new StructureInfo(StructureRole.TableDataCell),
    };

    private void DrawRowContent(LayoutContext context, TableRowData row, float[] widths, float width, float y, float height)
    {
        switch (row.Kind)
        {
            case TableRowKind.Header:
                Painter.FillRect(context, new SKRect(0, y, width, y + height), HeaderBackground);
                break;
            case TableRowKind.Highlight:
                Painter.FillRect(context, new SKRect(0, y, width, y + height), HighlightBackground);
                Painter.HorizontalLine(context, 0, width, y, StrongRuleColor, 0.8f);
                break;
        }

        if (row.Kind == TableRowKind.Footnote)
        {
            DrawCell(context, (row, 0), CellInfo(row, 0), row.Cells[0], 0, y + CellPaddingY, width, height);
            return;
        }

        float x = 0;
        for (var c = 0; c < row.Cells.Length; c++)
        {
            DrawCell(context, (row, c), CellInfo(row, c), row.Cells[c], x + CellPaddingX, y + CellPaddingY, widths[c] - (2 * CellPaddingX), height);
            x += widths[c];
        }

        var ruleY = y + height;
        if (row.Kind == TableRowKind.Header)
        {
            Painter.HorizontalLine(context, 0, width, ruleY, StrongRuleColor, 0.8f);
        }
        else
        {
            Painter.HorizontalLine(context, 0, width, ruleY, RuleColor, 0.4f);
        }
    }

    private static void DrawCell(LayoutContext context, object key, StructureInfo info, Element cell, float x, float y, float width, float height)
    {
        var size = new SKSize(width, height);
        context.Surface?.BeginStructure(key, info); // also for an empty cell: tagged tables stay regular
        if (cell.Measure(context, size).Draws)
        {
            context.PushOffset(x, y);
            cell.Draw(context, size);
            context.PopOffset();
        }

        context.Surface?.EndStructure();
    }

    private sealed record TableRowData(TableRowKind Kind, Element[] Cells);
}
