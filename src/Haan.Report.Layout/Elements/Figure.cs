using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>
/// A figure: content (canvas or image) with a caption below, kept on one page, optionally with an anchor id so
/// text can link to it ("siehe Abbildung 12").
/// </summary>
public sealed class Figure : Element
{
    private readonly Element body;

    public Figure(Element content, Paragraph caption, string? anchorId = null, float spacing = 4f)
    {
        Content = content;
        Caption = caption;
        AnchorId = anchorId;
        Element inner = new KeepTogether(new Column(content, caption) { Spacing = spacing });
        body = anchorId is null ? inner : new Anchor(anchorId, inner);
    }

    public Element Content { get; }

    public Paragraph Caption { get; }

    public string? AnchorId { get; }

    internal override IEnumerable<Element> Children => [body];

    internal override SpacePlan Measure(LayoutContext context, SKSize available) => body.Measure(context, available);

    internal override void DrawContent(LayoutContext context, SKSize available) => body.Draw(context, available);
}
