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

    /// <summary>How far a bullet is lowered below its item's baseline, in em (0.09 em centres Noto Sans' „•“ on the x-height).</summary>
    public float BulletDrop { get; init; } = 0.09f;

    /// <summary>Marker size when the item is not a paragraph with its own size.</summary>
    private const float DefaultMarkerSize = 10f;

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

        // The marker takes the size and line height of its item's text, so both share the first baseline; a bullet
        // then drops by BulletDrop em so that it is centred on the x-height (Noto Sans centres „•“ higher, on the
        // math axis). The drop is top padding given back at the bottom, so the row keeps its height.
        var (size, lineHeight) = item is Paragraph p ? (p.FontSize ?? DefaultMarkerSize, p.LineHeight) : (DefaultMarkerSize, 1.35f);
        var drop = Numbered ? 0 : BulletDrop * size;
        Element label = new Paragraph(marker)
        {
            Alignment = TextAlignment.Right,
            Role = StructureRole.Label,
            FontSize = size,
            LineHeight = lineHeight,
        };
        if (drop > 0) label = new Padding(label, 0, drop, 0, -drop);
        var row = new Row { Spacing = 4f, Role = StructureRole.ListItem }
            .Fixed(MarkerWidth, label)
            .Relative(1, new StructureGroup(item) { Role = StructureRole.ListBody });
        column.Add(row);
        return this;
    }

    /// <summary>Adds a plain-text item.</summary>
    public ListBlock Add(string text) => Add(new Paragraph(text));

    internal override SpacePlan Measure(LayoutContext context, SKSize available) => column.Measure(context, available);

    internal override void DrawContent(LayoutContext context, SKSize available) => column.Draw(context, available);
}
