using System.Globalization;
using System.Text;

namespace Haan.Report.Layout.Pdf;

// The PDF value types form one closed set (ISO 32000-1, 7.3): they are kept together in this file on purpose.

/// <summary>A PDF value (name, number, string, array, dictionary, reference, boolean or null).</summary>
internal abstract class PdfValue
{
    public abstract void WriteTo(PdfBuffer buffer);
}

/// <summary>A name such as <c>/Type</c> (stored without the slash, already in PDF syntax).</summary>
internal sealed class PdfName(string value) : PdfValue
{
    public string Value { get; } = value;

    public override void WriteTo(PdfBuffer buffer) => buffer.Ascii("/").Ascii(Value);

    public override string ToString() => "/" + Value;
}

/// <summary>A number, kept as its PDF text (so copied values keep their exact spelling).</summary>
internal sealed class PdfNumber(string text) : PdfValue
{
    public PdfNumber(double value)
        : this(PdfBuffer.Format(value))
    {
    }

    public string Text { get; } = text;

    public double Value => double.Parse(Text, CultureInfo.InvariantCulture);

    public override void WriteTo(PdfBuffer buffer) => buffer.Ascii(Text);
}

/// <summary>A string, kept as raw bytes and written as a hexadecimal string.</summary>
internal sealed class PdfString(byte[] bytes) : PdfValue
{
    public byte[] Bytes { get; } = bytes;

    /// <summary>A text string: ASCII as is, anything else as UTF-16BE with byte order mark (ISO 32000-1, 7.9.2.2).</summary>
    public static PdfString Text(string text)
    {
        if (text.All(c => c is >= ' ' and < '\u007F'))
        {
            return new PdfString(Encoding.ASCII.GetBytes(text));
        }

        var bytes = new byte[2 + (text.Length * 2)];
        bytes[0] = 0xFE;
        bytes[1] = 0xFF;
        Encoding.BigEndianUnicode.GetBytes(text, 0, text.Length, bytes, 2);
        return new PdfString(bytes);
    }

    /// <summary>Printable ASCII as a literal string (escaped), anything else as a hexadecimal string.</summary>
    public override void WriteTo(PdfBuffer buffer)
    {
        if (!Bytes.All(b => b is >= 0x20 and < 0x7F))
        {
            buffer.Ascii("<").Ascii(Convert.ToHexString(Bytes)).Ascii(">");
            return;
        }

        var text = new StringBuilder(Bytes.Length + 2).Append('(');
        foreach (var b in Bytes)
        {
            if (b is (byte)'(' or (byte)')' or (byte)'\\')
            {
                text.Append('\\');
            }

            text.Append((char)b);
        }

        buffer.Ascii(text.Append(')').ToString());
    }
}

/// <summary>true or false.</summary>
internal sealed class PdfBoolean(bool value) : PdfValue
{
    public static PdfBoolean True { get; } = new(true);

    public bool Value { get; } = value;

    public override void WriteTo(PdfBuffer buffer) => buffer.Ascii(Value ? "true" : "false");
}

/// <summary>The null object.</summary>
internal sealed class PdfNull : PdfValue
{
    public static PdfNull Instance { get; } = new();

    public override void WriteTo(PdfBuffer buffer) => buffer.Ascii("null");
}

/// <summary>An indirect reference <c>n 0 R</c>.</summary>
internal sealed class PdfReference(int number) : PdfValue
{
    public int Number { get; } = number;

    public override void WriteTo(PdfBuffer buffer) => buffer.Ascii(Number.ToString(CultureInfo.InvariantCulture)).Ascii(" 0 R");
}

/// <summary>An array.</summary>
internal sealed class PdfArray : PdfValue
{
    public PdfArray(IEnumerable<PdfValue> items) => Items = [.. items];

    public PdfArray(params PdfValue[] items) => Items = [.. items];

    public List<PdfValue> Items { get; }

    public static PdfArray Numbers(params double[] values) => new(values.Select(v => (PdfValue)new PdfNumber(v)));

    public override void WriteTo(PdfBuffer buffer)
    {
        buffer.Ascii("[");
        for (var i = 0; i < Items.Count; i++)
        {
            if (i > 0)
            {
                buffer.Ascii(" ");
            }

            Items[i].WriteTo(buffer);
        }

        buffer.Ascii("]");
    }
}

/// <summary>A dictionary; keys keep their insertion order so that the written bytes are deterministic.</summary>
internal sealed class PdfDictionary : PdfValue
{
    private readonly List<KeyValuePair<string, PdfValue>> entries = [];

    public IReadOnlyList<KeyValuePair<string, PdfValue>> Entries => entries;

    public PdfValue? this[string key]
    {
        get => entries.FirstOrDefault(e => e.Key == key).Value;
        set
        {
            var index = entries.FindIndex(e => e.Key == key);
            if (value is null)
            {
                if (index >= 0)
                {
                    entries.RemoveAt(index);
                }
            }
            else if (index >= 0)
            {
                entries[index] = new(key, value);
            }
            else
            {
                entries.Add(new(key, value));
            }
        }
    }

    /// <summary>Adds an entry (fluent).</summary>
    public PdfDictionary With(string key, PdfValue value)
    {
        this[key] = value;
        return this;
    }

    public PdfDictionary With(string key, string name) => With(key, new PdfName(name));

    public PdfDictionary With(string key, double number) => With(key, new PdfNumber(number));

    public override void WriteTo(PdfBuffer buffer)
    {
        buffer.Ascii("<<");
        foreach (var (key, value) in entries)
        {
            buffer.Ascii("/").Ascii(key).Ascii(" ");
            value.WriteTo(buffer);
        }

        buffer.Ascii(">>");
    }
}

/// <summary>A stream object: its dictionary (without /Length, which is written from the data) and its (encoded) data.</summary>
internal sealed class PdfStream(PdfDictionary dictionary, byte[] data) : PdfValue
{
    public PdfDictionary Dictionary { get; } = dictionary;

    public byte[] Data { get; } = data;

    public override void WriteTo(PdfBuffer buffer)
    {
        Dictionary["Length"] = new PdfNumber(Data.Length.ToString(CultureInfo.InvariantCulture));
        Dictionary.WriteTo(buffer);
        buffer.Ascii("\nstream\n").Bytes(Data).Ascii("\nendstream");
    }
}
