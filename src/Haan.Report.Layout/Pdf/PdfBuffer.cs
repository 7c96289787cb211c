using System.Globalization;
using System.Text;

namespace Haan.Report.Layout.Pdf;

/// <summary>A growing byte buffer for PDF syntax, with the one number format used everywhere (invariant, at most 4 decimals).</summary>
internal sealed class PdfBuffer
{
    private byte[] data = new byte[4096];

    public int Length { get; private set; }

    public static string Format(double value)
    {
        var rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            return "0";
        }

        return rounded.ToString("0.####", CultureInfo.InvariantCulture);
    }

    public PdfBuffer Ascii(string text)
    {
        Ensure(text.Length);
        Length += Encoding.ASCII.GetBytes(text, 0, text.Length, data, Length);
        return this;
    }

    public PdfBuffer Number(double value) => Ascii(Format(value));

    public PdfBuffer Bytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(data.AsSpan(Length));
        Length += bytes.Length;
        return this;
    }

    public byte[] ToArray() => data.AsSpan(0, Length).ToArray();

    public ReadOnlySpan<byte> Span => data.AsSpan(0, Length);

    private void Ensure(int extra)
    {
        if (Length + extra <= data.Length)
        {
            return;
        }

        Array.Resize(ref data, Math.Max(data.Length * 2, Length + extra));
    }
}
