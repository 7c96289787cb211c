using SkiaSharp;

namespace Haan.Report.Layout.Pdf;

/// <summary>Builds one page's content stream: PDF operators with y turned upwards (the layout measures from the top).</summary>
internal sealed class ContentStream(float pageHeight)
{
    private readonly PdfBuffer buffer = new();

    public byte[] ToArray() => buffer.ToArray();

    public float Y(float top) => pageHeight - top;

    public ContentStream Op(string op)
    {
        buffer.Ascii(op).Ascii("\n");
        return this;
    }

    public ContentStream Numbers(params ReadOnlySpan<double> values)
    {
        foreach (var value in values)
        {
            buffer.Number(value).Ascii(" ");
        }

        return this;
    }

    public ContentStream Name(string name)
    {
        buffer.Ascii("/").Ascii(name).Ascii(" ");
        return this;
    }

    public ContentStream Value(PdfValue value)
    {
        value.WriteTo(buffer);
        buffer.Ascii(" ");
        return this;
    }

    public ContentStream FillColor(SKColor color) => Numbers(color.Red / 255.0, color.Green / 255.0, color.Blue / 255.0).Op("rg");

    public ContentStream StrokeColor(SKColor color) => Numbers(color.Red / 255.0, color.Green / 255.0, color.Blue / 255.0).Op("RG");

    /// <summary>A rectangle given top-left based.</summary>
    public ContentStream Rectangle(SKRect rect) => Numbers(rect.Left, Y(rect.Bottom), rect.Width, rect.Height).Op("re");

    public ContentStream MoveTo(SKPoint p) => Numbers(p.X, Y(p.Y)).Op("m");

    public ContentStream LineTo(SKPoint p) => Numbers(p.X, Y(p.Y)).Op("l");

    /// <summary>A glyph string of two-byte codes (glyph ids).</summary>
    public ContentStream Glyphs(ReadOnlySpan<ushort> glyphs)
    {
        buffer.Ascii("<");
        Span<char> hex = stackalloc char[4];
        foreach (var glyph in glyphs)
        {
            glyph.TryFormat(hex, out _, "X4", System.Globalization.CultureInfo.InvariantCulture);
            buffer.Ascii(new string(hex));
        }

        buffer.Ascii(">");
        return this;
    }

    public ContentStream Raw(string text)
    {
        buffer.Ascii(text);
        return this;
    }
}
