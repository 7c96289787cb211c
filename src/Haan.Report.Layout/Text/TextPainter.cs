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
        if (context.Canvas is { } canvas)
        {
            DrawGlyphs(canvas, line, left, baseline);
        }

        DrawLinks(context, line, left, top);
    }

    private static void DrawGlyphs(SKCanvas canvas, TextLine line, float left, float baseline)
    {
        var fragments = line.Fragments;
        var i = 0;
        while (i < fragments.Count)
        {
            var style = fragments[i].Fragment.Style;
            var j = i;
            var count = 0;
            while (j < fragments.Count && SameRun(fragments[j].Fragment.Style, style))
            {
                var f = fragments[j];
                count += (f.WithSpaces ? f.Fragment.GlyphEnd : f.Fragment.ContentEnd) - f.Fragment.GlyphStart;
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
                    var end = placed.WithSpaces ? f.GlyphEnd : f.ContentEnd;
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

                var font = style.Face.SkFont(style.Size);
                using var builder = new SKTextBlobBuilder();
                if (positions.All(p => p.Y == baseline))
                {
                    // Common case: one baseline, so only x positions are needed (smaller and faster in the PDF backend).
                    var xs = new float[count];
                    for (var k = 0; k < count; k++)
                    {
                        xs[k] = positions[k].X;
                    }

                    builder.AddHorizontalRun(glyphs, font, xs, baseline);
                }
                else
                {
                    builder.AddPositionedRun(glyphs, font, positions);
                }
                using var blob = builder.Build();
                if (blob is not null)
                {
                    using var paint = new SKPaint { Color = style.Color, IsAntialias = true };
                    canvas.DrawText(blob, 0, 0, paint);
                }
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
            context.AddLink(rect, style.LinkUrl, style.LinkAnchor);
            i = j;
        }
    }
}
