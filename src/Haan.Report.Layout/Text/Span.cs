using SkiaSharp;

namespace Haan.Report.Layout;

/// <summary>A run of text with one style inside a <see cref="Paragraph"/>. Unset properties inherit from the paragraph.</summary>
public sealed class Span
{
    public Span(string text)
    {
        Text = text;
    }

    /// <summary>The text. Spaces, hyphens and soft hyphens (U+00AD) are break opportunities; '\n' forces a line break.</summary>
    public string Text { get; }

    public bool? Bold { get; init; }

    public bool? Italic { get; init; }

    /// <summary>Font size in pt.</summary>
    public float? Size { get; init; }

    public SKColor? Color { get; init; }

    /// <summary>External link target (URL).</summary>
    public string? LinkUrl { get; init; }

    /// <summary>Internal link target: the id of an anchor, heading or figure in the same document.</summary>
    public string? LinkAnchor { get; init; }

    public static implicit operator Span(string text) => new(text);

    /// <summary>A bold span.</summary>
    public static Span Strong(string text) => new(text) { Bold = true };

    /// <summary>An italic span.</summary>
    public static Span Emphasis(string text) => new(text) { Italic = true };

    /// <summary>A span linking to an external URL.</summary>
    public static Span Link(string text, string url) => new(text) { LinkUrl = url, Color = TextDefaults.LinkColor };

    /// <summary>A span linking to a named anchor in the document (e.g. "siehe Abbildung 12").</summary>
    public static Span InternalLink(string text, string anchorId) => new(text) { LinkAnchor = anchorId, Color = TextDefaults.LinkColor };
}

/// <summary>Default text colours.</summary>
public static class TextDefaults
{
    public static SKColor TextColor { get; } = new(0x1A, 0x1A, 0x1A);

    public static SKColor LinkColor { get; } = new(0x0B, 0x4F, 0x8A);
}

/// <summary>Horizontal alignment of paragraph lines.</summary>
public enum TextAlignment
{
    Left,
    Center,
    Right,
    Justify,
}
