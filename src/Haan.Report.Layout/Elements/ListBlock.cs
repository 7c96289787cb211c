using System.Globalization;
using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>A bullet or numbered list. Items are elements (usually paragraphs; a column for nested lists).</summary>
public sealed class ListBlock : Element
{
    private readonly Column column;
    private int count;

    public ListBlock(bool numbered = false, int start = 1, float spacing = 3f)
    {
        Numbered = numbered;
        Start = start;
        column = new Column { Spacing = spacing };
    }

    public bool Numbered { get; }

    public int Start { get; }

    /// <summary>Width of the marker column in pt.</summary>
    public float MarkerWidth { get; init; } = 16f;

    internal override IEnumerable<Element> Children => [column];

    internal override StructureRole DefaultRole => StructureRole.List;

    /// <summary>Adds an item.</summary>
    public ListBlock Add(Element item)
    {
        var marker = Numbered
            ? (Start + count).ToString(CultureInfo.InvariantCulture) + "."
            : "•";
        count++;
        var row = new Row { Spacing = 4f, Role = StructureRole.ListItem }
            .Fixed(MarkerWidth, new Paragraph(marker) { Alignment = TextAlignment.Right, Role = StructureRole.Label })
            .Relative(1, new StructureGroup(item) { Role = StructureRole.ListBody });
        column.Add(row);
        return this;
    }

    /// <summary>Adds a plain-text item.</summary>
    public ListBlock Add(string text) => Add(new Paragraph(text));

    internal override SpacePlan Measure(LayoutContext context, SKSize available) => column.Measure(context, available);

    internal override void DrawContent(LayoutContext context, SKSize available) => column.Draw(context, available);
}
