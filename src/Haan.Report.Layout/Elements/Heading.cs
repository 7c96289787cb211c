using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>
/// A heading (level 1–6). It registers a section: a named destination (its anchor id) for internal links, an entry
/// for the table of contents and a PDF bookmark. A heading is kept on the same page as the start of what follows.
/// </summary>
public sealed class Heading : Element
{
    private static readonly float[] Sizes = [18f, 14f, 12f, 10.5f, 10f, 10f];
    private static readonly float[] SpacesBefore = [18f, 14f, 10f, 8f, 8f, 8f];
    private readonly Paragraph paragraph;
    private bool registered;

    /// <param name="level">1 = chapter, 2 = section, …</param>
    /// <param name="text">Heading text as shown (including any numbering).</param>
    /// <param name="anchorId">Id for links and bookmarks; null = generated from the heading's position in the document.</param>
    public Heading(int level, string text, string? anchorId = null, SKColor? color = null)
    {
        if (level is < 1 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Heading level must be 1 to 6.");
        }

        Level = level;
        Text = text;
        AnchorId = anchorId;
        paragraph = new Paragraph(text) { FontSize = Sizes[level - 1], Bold = true, Color = color, LineHeight = 1.25f, Role = StructureRole.None };
        paragraph.Parent = this;
    }

    public int Level { get; }

    public string Text { get; }

    /// <summary>The anchor id (set before layout; generated ids are "section-N").</summary>
    public string? AnchorId { get; internal set; }

    /// <summary>Whether the heading appears in the table of contents and the bookmarks.</summary>
    public bool InOutline { get; init; } = true;

    internal override float SpaceBefore => SpacesBefore[Level - 1];

    internal override bool StaysWithNext => true;

    internal override StructureRole DefaultRole => StructureInfo.Heading(Level);

    internal override string? PathLabel => $"Überschrift „{Paragraph.Excerpt(Text, 50)}“";

    internal override IEnumerable<Element> Children => [paragraph];

    internal override void ResetState() => registered = false;

    internal override SpacePlan Measure(LayoutContext context, SKSize available)
    {
        var plan = paragraph.Measure(context, available);
        if (plan.IsEmpty && !registered && !context.InPageDecoration)
        {
            return SpacePlan.Full(available.Width, 0); // an empty heading still registers its anchor
        }

        // A heading never splits across pages.
        if (plan.Kind == SpacePlanKind.Partial)
        {
            context.ReportNoFit(this, "Überschrift", paragraph.Lines(context, available.Width).Sum(l => l.Height), available.Height);
            return SpacePlan.Wrap;
        }

        return plan;
    }

    internal override void DrawContent(LayoutContext context, SKSize available)
    {
        if (!registered && !context.InPageDecoration)
        {
            registered = true;
            var anchor = AnchorId!;
            context.RegisterAnchor(anchor, 0, 0);
            if (Level == 1)
            {
                context.CurrentChapter = Text;
            }

            context.Headings.Add(new HeadingRecord(Level, Text, context.PageNumber, context.Origin.Y, context.PageSize.Height, InOutline));
        }

        paragraph.Draw(context, available);
    }
}
