using System.Globalization;
using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>An entry of a directory: title, target anchor and indentation level (1 = no indent).</summary>
public sealed record TocItem(string Title, string AnchorId, int Level = 1);

/// <summary>
/// Table of contents built from the document's headings (up to <see cref="MaxLevel"/>), or a directory of any
/// anchors (list of figures or tables, <see cref="Of"/>): indented titles, dot leaders and right-aligned page numbers
/// in a fixed-width cell, each entry a link. Entries are known before layout, page numbers come from pass 1, so
/// pass 2 never re-flows.
/// </summary>
public sealed class TableOfContents : Element
{
    private readonly IReadOnlyList<TocItem>? items;
    private Column? column;

    /// <summary>A table of contents of the document's headings.</summary>
    public TableOfContents()
    {
    }

    private TableOfContents(IReadOnlyList<TocItem> items)
    {
        this.items = items;
        BoldTopLevel = false;
    }

    /// <summary>A directory of the given entries (e.g. all figures with their anchor ids).</summary>
    public static TableOfContents Of(IEnumerable<TocItem> items) => new([.. items]);

    public int MaxLevel { get; init; } = 2;

    /// <summary>Whether level-1 entries are bold (default for headings).</summary>
    public bool BoldTopLevel { get; init; } = true;

    /// <summary>Width of the page-number cell in pt.</summary>
    public float NumberWidth { get; init; } = 28f;

    /// <summary>Indentation per level in pt.</summary>
    public float Indent { get; init; } = 14f;

    internal override IEnumerable<Element> Children => column is null ? [] : [column];

    internal override StructureRole DefaultRole => StructureRole.TableOfContents;

    private Column Build(LayoutContext context)
    {
        if (column is not null)
        {
            return column;
        }

        var entries = items ?? context.AllHeadings
            .Where(h => h.InOutline && h.Level <= MaxLevel)
            .Select(h => new TocItem(h.Text, h.AnchorId!, h.Level))
            .ToList();
        column = new Column { Spacing = 2f };
        foreach (var entry in entries)
        {
            column.Add(new TocEntry(entry, this));
        }

        column.Parent = this;
        ElementTree.SetParents(column, null);
        return column;
    }

    internal override SpacePlan Measure(LayoutContext context, SKSize available) => Build(context).Measure(context, available);

    internal override void DrawContent(LayoutContext context, SKSize available) => Build(context).Draw(context, available);

    private sealed class TocEntry : Element
    {
        private readonly TocItem item;
        private readonly TableOfContents owner;
        private readonly Paragraph title;
        private bool done;

        public TocEntry(TocItem item, TableOfContents owner)
        {
            this.item = item;
            this.owner = owner;
            title = new Paragraph(item.Title) { Bold = Strong, LineHeight = 1.3f };
            title.Parent = this;
        }

        private bool Strong => owner.BoldTopLevel && item.Level == 1;

        private float Gap => Strong ? 3f : 0f;

        internal override StructureRole DefaultRole => StructureRole.TableOfContentsItem;

        private float Left => (Math.Max(1, item.Level) - 1) * owner.Indent;

        private float TitleWidth(float available) => available - Left - owner.NumberWidth - 12f;

        internal override string? PathLabel => "Inhaltsverzeichnis";

        internal override void ResetState()
        {
            done = false;
            title.ResetState();
        }

        internal override SpacePlan Measure(LayoutContext context, SKSize available)
        {
            if (done)
            {
                return SpacePlan.Empty;
            }

            var height = title.Lines(context, TitleWidth(available.Width)).Sum(l => l.Height) + Gap;
            if (height > available.Height + 0.001f)
            {
                context.ReportNoFit(this, "Eintrag im Inhaltsverzeichnis", height, available.Height);
                return SpacePlan.Wrap;
            }

            return SpacePlan.Full(available.Width, height);
        }

        internal override void DrawContent(LayoutContext context, SKSize available)
        {
            done = true;
            var surface = context.Surface;
            surface?.BeginStructure(this.item, new StructureInfo(StructureRole.Link)); // title and page number form the entry's link
            var lines = title.Lines(context, TitleWidth(available.Width));
            var y = Gap;
            foreach (var line in lines)
            {
                TextPainter.DrawLine(context, line, Left, y);
                y += line.Height;
            }

            var last = lines[^1];
            var lastTop = y - last.Height;
            var page = context.PageOf(item.AnchorId);
            var numberText = page?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
            var number = new Paragraph(numberText) { Alignment = TextAlignment.Right, Bold = Strong, LineHeight = 1.3f };
            var numberLines = number.Lines(context, owner.NumberWidth);
            var numberLeft = available.Width - owner.NumberWidth;
            var numberWidth = 0f;
            if (numberLines.Count > 0)
            {
                TextPainter.DrawLine(context, numberLines[0], numberLeft, lastTop);
                numberWidth = numberLines[0].Width;
            }

            var leaderStart = Left + last.Width + 4f;
            var leaderEnd = available.Width - numberWidth - 4f;
            if (leaderEnd > leaderStart)
            {
                Painter.HorizontalLine(context, leaderStart, leaderEnd, lastTop + last.Baseline, new SKColor(0x60, 0x60, 0x60), 0.9f, dotted: true);
            }

            context.AddLink(new SKRect(Left, 0, available.Width, y), null, item.AnchorId, $"{item.Title.Replace("\u00AD", string.Empty, StringComparison.Ordinal)}, Seite {numberText}");
            surface?.EndStructure();
        }
    }
}
