using System.Globalization;
using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>
/// Table of contents built from the document's headings (up to <see cref="MaxLevel"/>): indented titles, dot
/// leaders and right-aligned page numbers in a fixed-width cell, each entry a link to its heading. Entries are known
/// before layout (from the element tree), page numbers come from pass 1, so pass 2 never re-flows.
/// </summary>
public sealed class TableOfContents : Element
{
    private List<TocEntry>? entries;
    private Column? column;

    public int MaxLevel { get; init; } = 2;

    /// <summary>Width of the page-number cell in pt.</summary>
    public float NumberWidth { get; init; } = 28f;

    /// <summary>Indentation per level in pt.</summary>
    public float Indent { get; init; } = 14f;

    internal override IEnumerable<Element> Children => column is null ? [] : [column];

    private Column Build(LayoutContext context)
    {
        if (column is not null)
        {
            return column;
        }

        entries = context.AllHeadings
            .Where(h => h.InOutline && h.Level <= MaxLevel)
            .Select(h => new TocEntry(h, this))
            .ToList();
        column = new Column { Spacing = 2f };
        foreach (var entry in entries)
        {
            column.Add(entry);
        }

        column.Parent = this;
        ElementTree.SetParents(column, null);
        return column;
    }

    internal override SpacePlan Measure(LayoutContext context, SKSize available) => Build(context).Measure(context, available);

    internal override void Draw(LayoutContext context, SKSize available) => Build(context).Draw(context, available);

    private sealed class TocEntry : Element
    {
        private readonly Heading heading;
        private readonly TableOfContents owner;
        private readonly Paragraph title;
        private bool done;

        public TocEntry(Heading heading, TableOfContents owner)
        {
            this.heading = heading;
            this.owner = owner;
            title = new Paragraph(heading.Text) { Bold = heading.Level == 1, LineHeight = 1.3f };
            title.Parent = this;
        }

        private float Left => (heading.Level - 1) * owner.Indent;

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

            var height = title.Lines(context, TitleWidth(available.Width)).Sum(l => l.Height) + (heading.Level == 1 ? 3f : 0f);
            if (height > available.Height + 0.001f)
            {
                context.ReportNoFit(this, "Eintrag im Inhaltsverzeichnis", height, available.Height);
                return SpacePlan.Wrap;
            }

            return SpacePlan.Full(available.Width, height);
        }

        internal override void Draw(LayoutContext context, SKSize available)
        {
            done = true;
            var top = heading.Level == 1 ? 3f : 0f;
            var lines = title.Lines(context, TitleWidth(available.Width));
            var y = top;
            foreach (var line in lines)
            {
                TextPainter.DrawLine(context, line, Left, y);
                y += line.Height;
            }

            var last = lines[^1];
            var lastTop = y - last.Height;
            var page = context.PageOf(heading.AnchorId!);
            var numberText = page?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
            var number = new Paragraph(numberText) { Alignment = TextAlignment.Right, Bold = heading.Level == 1, LineHeight = 1.3f };
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

            context.AddLink(new SKRect(Left, 0, available.Width, y), null, heading.AnchorId);
        }
    }
}
