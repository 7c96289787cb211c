using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>Draws laid-out text lines: one positioned glyph run per style run, link annotations, dump lines.</summary>
internal static class TextPainter
{
    public static void DrawLine(LayoutContext context, TextLine line, float x, float top)
    {
        var left = x + line.Offset;
        var baseline = top + line.Baseline;
        context.RecordDump("text", new SKRect(left, top, left + line.Width, top + line.Height), line.Text);
        context.MarkDrawn();
        if (context.Surface is { } surface)
        {
            DrawRuns(context, surface, line, left, top, baseline);
        }
        else
        {
            DrawLinks(context, line, left, top);
        }
    }

    /// <summary>
    /// One glyph run per style; runs of a link become a Link structure element holding the text and the annotation.
    /// </summary>
    private static void DrawRuns(LayoutContext context, IDrawingSurface surface, TextLine line, float left, float top, float baseline)
    {
        var fragments = line.Fragments;
        var origin = context.Origin;
        var i = 0;
        while (i < fragments.Count)
        {
            var style = fragments[i].Fragment.Style;
            var isLink = style.LinkUrl is not null || style.LinkAnchor is not null;
            var j = i;
            while (j < fragments.Count && SameLink(fragments[j].Fragment.Style, style))
            {
                j++;
            }

            if (isLink)
            {
                surface.BeginStructure(new object(), new StructureInfo(StructureRole.Link));
            }

            DrawGlyphRuns(surface, line, i, j, left + origin.X, baseline + origin.Y);
            if (isLink)
            {
                var start = left + fragments[i].X;
                var end = left + fragments[j - 1].X + fragments[j - 1].Fragment.Width;
                var text = string.Concat(Enumerable.Range(i, j - i).Select(k => fragments[k].Fragment.Text)).Trim();
                context.AddLink(new SKRect(start, top, end, top + line.Height), style.LinkUrl, style.LinkAnchor, text);
                surface.EndStructure();
            }

            i = j;
        }
    }

    /// <summary>
    /// End of the glyphs drawn for fragment <paramref name="index"/>: spaces between fragments, and the space at the end
    /// of a line that wraps there (invisible, but it keeps the words apart in extracted and read-aloud text).
    /// </summary>
    private static int GlyphEnd(TextLine line, int index)
    {
        var placed = line.Fragments[index];
        var last = index == line.Fragments.Count - 1 && line.Hyphen is null;
        return placed.WithSpaces || last ? placed.Fragment.GlyphEnd : placed.Fragment.ContentEnd;
    }

    private static bool SameLink(RunStyle a, RunStyle b)
        => string.Equals(a.LinkUrl, b.LinkUrl, StringComparison.Ordinal) && string.Equals(a.LinkAnchor, b.LinkAnchor, StringComparison.Ordinal);

    /// <summary>Fragments [from, to) of a line as glyph runs (one per face, size and colour), at absolute positions.</summary>
    private static void DrawGlyphRuns(IDrawingSurface surface, TextLine line, int from, int to, float left, float baseline)
    {
        var fragments = line.Fragments;
        var i = from;
        while (i < to)
        {
            var style = fragments[i].Fragment.Style;
            var j = i;
            var count = 0;
            while (j < to && SameRun(fragments[j].Fragment.Style, style))
            {
                var f = fragments[j];
                count += GlyphEnd(line, j) - f.Fragment.GlyphStart;
                j++;
            }

            var hyphen = j == fragments.Count && line.Hyphen is not null ? line.Hyphen.Face.Shape("-") : null;
            if (hyphen is not null)
            {
                count += hyphen.Glyphs.Length;
            }

            if (count > 0)
            {
                var glyphs = new ushort[count];
                var positions = new SKPoint[count];
                var n = 0;
                float endX = 0;
                for (var k = i; k < j; k++)
                {
                    var placed = fragments[k];
                    var f = placed.Fragment;
                    var pen = left + placed.X;
                    var end = GlyphEnd(line, k);
                    for (var g = f.GlyphStart; g < end; g++)
                    {
                        glyphs[n] = f.Shaped.Glyphs[g];
                        var offset = f.Shaped.Offsets[g];
                        positions[n] = new SKPoint(pen + (offset.X * style.Size), baseline + (offset.Y * style.Size));
                        pen += f.Shaped.Advances[g] * style.Size;
                        n++;
                    }

                    endX = left + placed.X + f.Width;
                }

                if (hyphen is not null)
                {
                    for (var g = 0; g < hyphen.Glyphs.Length; g++)
                    {
                        glyphs[n] = hyphen.Glyphs[g];
                        positions[n] = new SKPoint(endX, baseline);
                        endX += hyphen.Advances[g] * style.Size;
                        n++;
                    }
                }

                surface.DrawGlyphs(style.Face, style.Size, style.Color, glyphs, positions);
            }

            i = j;
        }
    }

    private static bool SameRun(RunStyle a, RunStyle b)
        => ReferenceEquals(a.Face, b.Face) && a.Size == b.Size && a.Color == b.Color;

    private static void DrawLinks(LayoutContext context, TextLine line, float left, float top)
    {
        var fragments = line.Fragments;
        var i = 0;
        while (i < fragments.Count)
        {
            var style = fragments[i].Fragment.Style;
            if (style.LinkUrl is null && style.LinkAnchor is null)
            {
                i++;
                continue;
            }

            var start = left + fragments[i].X;
            var end = start;
            var j = i;
            while (j < fragments.Count
                   && string.Equals(fragments[j].Fragment.Style.LinkUrl, style.LinkUrl, StringComparison.Ordinal)
                   && string.Equals(fragments[j].Fragment.Style.LinkAnchor, style.LinkAnchor, StringComparison.Ordinal))
            {
                end = left + fragments[j].X + fragments[j].Fragment.Width;
                j++;
            }

            var rect = new SKRect(start, top, end, top + line.Height);
            context.AddLink(rect, style.LinkUrl, style.LinkAnchor, string.Empty);
            i = j;
        }
    }
}
