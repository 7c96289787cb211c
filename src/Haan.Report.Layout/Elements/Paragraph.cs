using System.Collections;
using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>
/// A paragraph of styled spans, broken into lines at spaces, hyphens and soft hyphens. Pages break between lines.
/// Build it with a collection initializer: <c>new Paragraph { "Text ", Span.Strong("fett"), "." }</c>.
/// </summary>
public sealed class Paragraph : Element, IEnumerable<Span>
{
    private readonly List<Span> spans = [];
    private List<Fragment>? fragments;
    private float cachedWidth = float.NaN;
    private List<TextLine>? cachedLines;
    private int currentLine;

    public Paragraph()
    {
    }

    public Paragraph(string text)
    {
        spans.Add(new Span(text));
    }

    /// <summary>A paragraph of several spans; strings convert to plain spans. Combine with an object initializer for style.</summary>
    public Paragraph(params IEnumerable<Span> spans)
    {
        this.spans.AddRange(spans);
    }

    public IReadOnlyList<Span> Spans => spans;

    /// <summary>Font size in pt; null = the document's base size.</summary>
    public float? FontSize { get; init; }

    public bool Bold { get; init; }

    public bool Italic { get; init; }

    public SKColor? Color { get; init; }

    /// <summary>Line height as a multiple of the font size.</summary>
    public float LineHeight { get; init; } = 1.35f;

    public TextAlignment Alignment { get; init; } = TextAlignment.Left;

    internal override string? PathLabel => $"Absatz „{Excerpt(PlainText, 40)}“";

    /// <summary>The paragraph's text without soft hyphens.</summary>
    public string PlainText => string.Concat(spans.Select(s => s.Text)).Replace("\u00AD", string.Empty, StringComparison.Ordinal);

    public void Add(Span span)
    {
        spans.Add(span);
        fragments = null;
        cachedLines = null;
    }

    public void Add(string text) => Add(new Span(text));

    public IEnumerator<Span> GetEnumerator() => spans.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal static string Excerpt(string text, int length)
    {
        var flat = text.Replace('\n', ' ').Trim();
        return flat.Length <= length ? flat : string.Concat(flat.AsSpan(0, length), "…");
    }

    internal override void ResetState() => currentLine = 0;

    internal List<TextLine> Lines(LayoutContext context, float width)
    {
        if (cachedLines is not null && cachedWidth == width)
        {
            return cachedLines;
        }

        fragments ??= TextLayout.Fragments(spans, span => Resolve(context, span), context.Document.Hyphenation);
        cachedLines = TextLayout.BreakLines(fragments, width, Alignment, LineHeight);
        cachedWidth = width;
        return cachedLines;
    }

    private RunStyle Resolve(LayoutContext context, Span span)
    {
        var face = context.Fonts.Face(span.Bold ?? Bold, span.Italic ?? Italic);
        var size = span.Size ?? FontSize ?? context.Document.BaseFontSize;
        var color = span.Color ?? Color ?? TextDefaults.TextColor;
        return new RunStyle(face, size, color, span.LinkUrl, span.LinkAnchor);
    }

    internal override StructureRole DefaultRole => StructureRole.Paragraph;

    internal override SpacePlan Measure(LayoutContext context, SKSize available)
    {
        var lines = Lines(context, available.Width);
        if (currentLine >= lines.Count)
        {
            return SpacePlan.Empty;
        }

        var (count, height) = Fit(context, lines, available.Height);
        if (count == 0)
        {
            if (lines[currentLine].Height > available.Height)
            {
                context.ReportNoFit(this, "Textzeile", lines[currentLine].Height, available.Height);
            }

            return SpacePlan.Wrap;
        }

        var width = MaxWidth(lines, count);
        return currentLine + count == lines.Count
            ? SpacePlan.Full(width, height)
            : SpacePlan.Partial(width, height);
    }

    internal override void DrawContent(LayoutContext context, SKSize available)
    {
        var lines = Lines(context, available.Width);
        var (count, _) = Fit(context, lines, available.Height);
        float y = 0;
        for (var i = currentLine; i < currentLine + count; i++)
        {
            TextPainter.DrawLine(context, lines[i], 0, y);
            y += lines[i].Height;
        }

        currentLine += count;
    }

    /// <summary>
    /// Lines that fit from the current line on. Unless the page loop forces content onto the page, a paragraph never
    /// leaves a single first line at the bottom of a page (orphan) nor a single last line at the top of the next (widow).
    /// </summary>
    private (int Count, float Height) Fit(LayoutContext context, List<TextLine> lines, float availableHeight)
    {
        var count = 0;
        float height = 0;
        for (var i = currentLine; i < lines.Count; i++)
        {
            if (height + lines[i].Height > availableHeight + 0.001f)
            {
                break;
            }

            height += lines[i].Height;
            count++;
        }

        var remaining = lines.Count - currentLine;
        if (!context.ForceFit && count < remaining)
        {
            if (remaining - count == 1)
            {
                // The last line would stand alone at the top of the next page (widow): take one more line along.
                count--;
            }

            if (currentLine == 0 && count < 2)
            {
                // The first line would stand alone at the bottom of this page (orphan): move the paragraph.
                count = 0;
            }
        }

        height = 0;
        for (var i = currentLine; i < currentLine + count; i++)
        {
            height += lines[i].Height;
        }

        return (count, height);
    }

    private float MaxWidth(List<TextLine> lines, int count)
    {
        if (Alignment != TextAlignment.Left)
        {
            return cachedWidth;
        }

        float width = 0;
        for (var i = currentLine; i < currentLine + count; i++)
        {
            width = Math.Max(width, lines[i].Width);
        }

        return width;
    }
}
