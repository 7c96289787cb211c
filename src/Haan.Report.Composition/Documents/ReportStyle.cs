using Haan.Report.Layout;
using SkiaSharp;

namespace Haan.Report.Composition.Documents;

/// <summary>The report's typography and colours in one place.</summary>
internal static class ReportStyle
{
    public static readonly SKColor Accent = new(0x0B, 0x4F, 0x6C);
    public static readonly SKColor AccentLight = new(0xE3, 0xEE, 0xF3);
    public static readonly SKColor Muted = new(0x5A, 0x5A, 0x5A);
    public static readonly SKColor NoticeBackground = new(0xFF, 0xF4, 0xD6);
    public static readonly SKColor NoticeBorder = new(0xC9, 0x8A, 0x00);

    public const float BodySize = 10f;
    public const float SmallSize = 8f;
    public const float CaptionSize = 8.5f;
    public const float ParagraphSpacing = 6f;

    /// <summary>A figure may be drawn this much lower than its set height when that keeps it on the page (charts and maps redraw at any size).</summary>
    public const float FigureMinScale = 0.85f;

    public static Paragraph Body() => new() { FontSize = BodySize, LineHeight = 1.4f };

    public static Paragraph Small(string text) => new(text) { FontSize = SmallSize, Color = Muted, LineHeight = 1.3f };
}
