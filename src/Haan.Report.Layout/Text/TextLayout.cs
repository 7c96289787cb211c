using System.Text;
using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>How a fragment may be separated from the next one.</summary>
internal enum BreakKind
{
    /// <summary>No break allowed (the next fragment continues the same word).</summary>
    None,

    /// <summary>Break after trailing spaces.</summary>
    Space,

    /// <summary>Break after a visible hyphen.</summary>
    Hyphen,

    /// <summary>Break at a soft hyphen; a hyphen is shown only if the line breaks here.</summary>
    Soft,

    /// <summary>Like <see cref="Soft"/>, but found by automatic hyphenation (used sparingly in ragged text).</summary>
    Auto,

    /// <summary>Forced line break ('\n').</summary>
    Forced,
}

/// <summary>Resolved style of a fragment.</summary>
internal sealed record RunStyle(FontFace Face, float Size, SKColor Color, string? LinkUrl, string? LinkAnchor);

/// <summary>A piece of shaped text between two break opportunities: content glyphs plus trailing space glyphs.</summary>
internal sealed class Fragment
{
    public required RunStyle Style { get; init; }

    public required ShapedText Shaped { get; init; }

    public required string Source { get; init; }

    public required int GlyphStart { get; init; }

    public required int ContentEnd { get; init; }

    public required int GlyphEnd { get; init; }

    public required BreakKind Break { get; init; }

    public float Width { get; private init; }

    public float SpaceWidth { get; private init; }

    public string Text { get; private init; } = string.Empty;

    public static Fragment Create(RunStyle style, ShapedText shaped, string source, int glyphStart, int contentEnd, int glyphEnd, BreakKind breakKind)
    {
        float width = 0, space = 0;
        for (var i = glyphStart; i < contentEnd; i++)
        {
            width += shaped.Advances[i];
        }

        for (var i = contentEnd; i < glyphEnd; i++)
        {
            space += shaped.Advances[i];
        }

        var charStart = glyphStart < shaped.Clusters.Length ? shaped.Clusters[glyphStart] : source.Length;
        var charEnd = contentEnd < shaped.Clusters.Length ? shaped.Clusters[contentEnd] : source.Length;
        return new Fragment
        {
            Style = style,
            Shaped = shaped,
            Source = source,
            GlyphStart = glyphStart,
            ContentEnd = contentEnd,
            GlyphEnd = glyphEnd,
            Break = breakKind,
            Width = width * style.Size,
            SpaceWidth = space * style.Size,
            Text = source[charStart..Math.Max(charStart, charEnd)],
        };
    }

    /// <summary>Width of content glyphs [GlyphStart, end) in pt.</summary>
    public float WidthTo(int end)
    {
        float width = 0;
        for (var i = GlyphStart; i < end; i++)
        {
            width += Shaped.Advances[i];
        }

        return width * Style.Size;
    }
}

/// <summary>A fragment placed on a line.</summary>
internal readonly record struct PlacedFragment(Fragment Fragment, float X, bool WithSpaces);

/// <summary>One laid-out line of a paragraph.</summary>
internal sealed class TextLine
{
    public required IReadOnlyList<PlacedFragment> Fragments { get; init; }

    /// <summary>Style of the hyphen shown at a soft-hyphen break, or null.</summary>
    public required RunStyle? Hyphen { get; init; }

    public required float Width { get; init; }

    public required float Height { get; init; }

    public required float Baseline { get; init; }

    public required float Offset { get; init; }

    public string Text
    {
        get
        {
            var builder = new StringBuilder();
            foreach (var placed in Fragments)
            {
                builder.Append(placed.Fragment.Text);
                if (placed.WithSpaces && placed.Fragment.SpaceWidth > 0)
                {
                    builder.Append(' ');
                }
            }

            if (Hyphen is not null)
            {
                builder.Append('-');
            }

            return builder.ToString();
        }
    }
}

/// <summary>Breaks styled spans into lines: greedy, at spaces, hyphens and soft hyphens, with emergency breaks inside over-long words.</summary>
internal static class TextLayout
{
    private const char SoftHyphen = '\u00AD';

    public static List<Fragment> Fragments(IReadOnlyList<Span> spans, Func<Span, RunStyle> resolve, Hyphenator? hyphenator = null)
    {
        var fragments = new List<Fragment>();
        foreach (var span in spans)
        {
            var style = resolve(span);
            var pieces = span.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\t', ' ').Split('\n');
            for (var p = 0; p < pieces.Length; p++)
            {
                var lastPiece = p == pieces.Length - 1;
                AddPiece(fragments, style, pieces[p], lastPiece ? BreakKind.None : BreakKind.Forced, hyphenator);
            }
        }

        return fragments;
    }

    private static void AddPiece(List<Fragment> fragments, RunStyle style, string piece, BreakKind endBreak, Hyphenator? hyphenator)
    {
        var cleaned = new StringBuilder(piece.Length);
        var softBreaks = new HashSet<int>();
        foreach (var c in piece)
        {
            if (c == SoftHyphen)
            {
                softBreaks.Add(cleaned.Length);
            }
            else
            {
                cleaned.Append(c);
            }
        }

        var text = cleaned.ToString();
        if (text.Length == 0)
        {
            if (endBreak == BreakKind.Forced)
            {
                var empty = style.Face.Shape(string.Empty);
                fragments.Add(Fragment.Create(style, empty, text, 0, 0, 0, BreakKind.Forced));
            }

            return;
        }

        var autoBreaks = new HashSet<int>();
        if (hyphenator is not null)
        {
            AddHyphenationPoints(text, softBreaks, autoBreaks, hyphenator);
        }

        var shaped = style.Face.Shape(text);

        // Break positions p: a line may break before text[p].
        var breaks = new List<(int Position, BreakKind Kind)>();
        for (var p = 1; p < text.Length; p++)
        {
            var previous = text[p - 1];
            if (previous == ' ' && text[p] != ' ')
            {
                breaks.Add((p, BreakKind.Space));
            }
            else if (previous == '-' && p >= 2 && char.IsLetterOrDigit(text[p - 2]) && char.IsLetter(text[p]))
            {
                breaks.Add((p, BreakKind.Hyphen));
            }
            else if (previous is '_' or '/' && p >= 2 && char.IsLetterOrDigit(text[p - 2]) && char.IsLetterOrDigit(text[p]))
            {
                // Identifiers and "und/oder": break after the underscore or slash, no hyphen added.
                breaks.Add((p, BreakKind.Hyphen));
            }
            else if (softBreaks.Contains(p) && previous != ' ')
            {
                breaks.Add((p, BreakKind.Soft));
            }
            else if (autoBreaks.Contains(p))
            {
                breaks.Add((p, BreakKind.Auto));
            }
        }

        var endKind = text[^1] == ' ' && endBreak == BreakKind.None ? BreakKind.Space : endBreak;
        breaks.Add((text.Length, endKind));

        var glyph = 0;
        var start = 0;
        foreach (var (position, kind) in breaks)
        {
            var contentEndChar = position;
            while (contentEndChar > start && text[contentEndChar - 1] == ' ')
            {
                contentEndChar--;
            }

            var glyphStart = glyph;
            while (glyph < shaped.Glyphs.Length && shaped.Clusters[glyph] < contentEndChar)
            {
                glyph++;
            }

            var contentEnd = glyph;
            while (glyph < shaped.Glyphs.Length && shaped.Clusters[glyph] < position)
            {
                glyph++;
            }

            fragments.Add(Fragment.Create(style, shaped, text, glyphStart, contentEnd, glyph, kind));
            start = position;
        }
    }

    /// <summary>
    /// Adds the hyphenation points of every word (run of letters) to <paramref name="softBreaks"/>, except in words that
    /// already contain a soft hyphen from the author, which win.
    /// </summary>
    private static void AddHyphenationPoints(string text, HashSet<int> softBreaks, HashSet<int> autoBreaks, Hyphenator hyphenator)
    {
        var start = 0;
        while (start < text.Length)
        {
            if (!char.IsLetter(text[start]))
            {
                start++;
                continue;
            }

            var end = start;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            var authored = false;
            for (var p = start + 1; p < end && !authored; p++)
            {
                authored = softBreaks.Contains(p);
            }

            if (!authored)
            {
                foreach (var point in hyphenator.Points(text[start..end]))
                {
                    autoBreaks.Add(start + point);
                }
            }

            start = end;
        }
    }

    /// <summary>Share of the line width below which ragged text takes an automatic hyphenation break.</summary>
    private const float RaggedHyphenationFill = 0.9f;

    /// <summary>The last place in the line that is not an automatic hyphenation point, if the line is full enough there.</summary>
    private static (int NextWord, int Fragments)? BackUp(List<(int NextWord, int Fragments, float Width, BreakKind Break)> lineWords, float maxWidth)
    {
        for (var i = lineWords.Count - 1; i >= 0; i--)
        {
            if (lineWords[i].Break != BreakKind.Auto)
            {
                return lineWords[i].Width >= RaggedHyphenationFill * maxWidth ? (lineWords[i].NextWord, lineWords[i].Fragments) : null;
            }
        }

        return null;
    }

    public static List<TextLine> BreakLines(List<Fragment> fragments, float maxWidth, TextAlignment alignment, float lineHeightFactor)
    {
        var lines = new List<TextLine>();
        var line = new List<Fragment>();
        float lineWidth = 0;
        var words = Words(fragments);
        var lineWords = new List<(int NextWord, int Fragments, float Width, BreakKind Break)>();
        var w = 0;
        while (w < words.Count)
        {
            var word = words[w];
            var wordWidth = 0f;
            foreach (var f in word)
            {
                wordWidth += f.Width;
            }

            // A word ending at a soft hyphen must leave room for the hyphen if the line breaks after it.
            var fitWidth = word[^1].Break is BreakKind.Soft or BreakKind.Auto ? wordWidth + HyphenWidth(word[^1].Style) : wordWidth;

            // Zero-width words (a bare forced break) always fit: they must not push an empty line.
            var gap = line.Count > 0 ? line[^1].SpaceWidth : 0f;
            if (line.Count == 0 && word.All(f => f.Width == 0) && word[^1].Break != BreakKind.Forced)
            {
                // Spaces at the start of a line are dropped.
                w++;
                continue;
            }

            if (line.Count > 0 && wordWidth > 0 && lineWidth + gap + fitWidth > maxWidth + 0.01f)
            {
                if (alignment != TextAlignment.Justify && line[^1].Break == BreakKind.Auto && BackUp(lineWords, maxWidth) is { } back)
                {
                    // Ragged text: hyphenate only where the line would otherwise stay visibly short.
                    line.RemoveRange(back.Fragments, line.Count - back.Fragments);
                    w = back.NextWord;
                }

                lines.Add(FinishLine(line, maxWidth, alignment, lineHeightFactor, lastLine: false));
                line = [];
                lineWords.Clear();
                lineWidth = 0;
                continue;
            }

            if (line.Count == 0 && wordWidth > maxWidth + 0.01f)
            {
                // Emergency break inside a word that is wider than the line.
                var (head, rest) = SplitWord(word, maxWidth);
                lines.Add(FinishLine(head, maxWidth, alignment, lineHeightFactor, lastLine: false));
                words[w] = rest;
                continue;
            }

            line.AddRange(word);
            lineWidth += gap + wordWidth;
            w++;
            lineWords.Add((w, line.Count, lineWidth, word[^1].Break));
            if (word[^1].Break == BreakKind.Forced)
            {
                lines.Add(FinishLine(line, maxWidth, alignment, lineHeightFactor, lastLine: true));
                line = [];
                lineWords.Clear();
                lineWidth = 0;
            }
        }

        if (line.Count > 0)
        {
            lines.Add(FinishLine(line, maxWidth, alignment, lineHeightFactor, lastLine: true));
        }

        return lines;
    }

    private static List<List<Fragment>> Words(List<Fragment> fragments)
    {
        var words = new List<List<Fragment>>();
        var current = new List<Fragment>();
        foreach (var fragment in fragments)
        {
            current.Add(fragment);
            if (fragment.Break != BreakKind.None)
            {
                words.Add(current);
                current = [];
            }
        }

        if (current.Count > 0)
        {
            words.Add(current);
        }

        return words;
    }

    private static (List<Fragment> Head, List<Fragment> Tail) SplitWord(List<Fragment> word, float maxWidth)
    {
        var head = new List<Fragment>();
        var rest = new List<Fragment>();
        float used = 0;
        var i = 0;
        for (; i < word.Count && used + word[i].Width <= maxWidth; i++)
        {
            head.Add(word[i]);
            used += word[i].Width;
        }

        if (i < word.Count)
        {
            var fragment = word[i];
            var cut = fragment.GlyphStart;
            while (cut < fragment.ContentEnd && used + fragment.WidthTo(cut + 1) <= maxWidth)
            {
                cut++;
            }

            if (cut == fragment.GlyphStart && head.Count == 0)
            {
                cut++; // at least one glyph per line
            }

            if (cut > fragment.GlyphStart)
            {
                head.Add(Fragment.Create(fragment.Style, fragment.Shaped, fragment.Source, fragment.GlyphStart, cut, cut, BreakKind.None));
            }

            rest.Add(Fragment.Create(fragment.Style, fragment.Shaped, fragment.Source, cut, fragment.ContentEnd, fragment.GlyphEnd, fragment.Break));
            rest.AddRange(word.Skip(i + 1));
        }

        return (head, rest);
    }

    private static TextLine FinishLine(List<Fragment> fragments, float maxWidth, TextAlignment alignment, float lineHeightFactor, bool lastLine)
    {
        // Empty fragments at the end (a forced break after a space) would otherwise turn the space before them visible.
        while (fragments.Count > 1 && fragments[^1].Width == 0 && fragments[^1].GlyphStart == fragments[^1].ContentEnd)
        {
            fragments.RemoveAt(fragments.Count - 1);
        }

        var last = fragments[^1];
        var hyphen = !lastLine && last.Break is BreakKind.Soft or BreakKind.Auto ? last.Style : null;
        var hyphenWidth = hyphen is null ? 0 : HyphenWidth(hyphen);

        float ascent = 0, descent = 0, maxSize = 0;
        foreach (var f in fragments)
        {
            ascent = Math.Max(ascent, f.Style.Face.AscentPerPoint * f.Style.Size);
            descent = Math.Max(descent, f.Style.Face.DescentPerPoint * f.Style.Size);
            maxSize = Math.Max(maxSize, f.Style.Size);
        }

        var natural = ascent + descent;
        var height = Math.Max(natural, maxSize * lineHeightFactor);

        float contentWidth = hyphenWidth;
        var spaceGaps = 0;
        for (var i = 0; i < fragments.Count; i++)
        {
            contentWidth += fragments[i].Width;
            if (i < fragments.Count - 1)
            {
                contentWidth += fragments[i].SpaceWidth;
                if (fragments[i].SpaceWidth > 0)
                {
                    spaceGaps++;
                }
            }
        }

        var justify = alignment == TextAlignment.Justify && !lastLine && spaceGaps > 0;
        var extra = justify ? Math.Max(0, (maxWidth - contentWidth) / spaceGaps) : 0;
        var placed = new List<PlacedFragment>(fragments.Count);
        float x = 0;
        for (var i = 0; i < fragments.Count; i++)
        {
            var withSpaces = i < fragments.Count - 1;
            placed.Add(new PlacedFragment(fragments[i], x, withSpaces));
            x += fragments[i].Width;
            if (withSpaces)
            {
                x += fragments[i].SpaceWidth;
                if (fragments[i].SpaceWidth > 0)
                {
                    x += extra;
                }
            }
        }

        var width = justify ? maxWidth : contentWidth;
        var offset = alignment switch
        {
            TextAlignment.Center => Math.Max(0, (maxWidth - width) / 2),
            TextAlignment.Right => Math.Max(0, maxWidth - width),
            _ => 0,
        };

        return new TextLine
        {
            Fragments = placed,
            Hyphen = hyphen,
            Width = width,
            Height = height,
            Baseline = ((height - natural) / 2) + ascent,
            Offset = offset,
        };
    }

    public static float HyphenWidth(RunStyle style)
    {
        var shaped = style.Face.Shape("-");
        return shaped.Advances.Sum() * style.Size;
    }
}
