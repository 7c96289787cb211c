using System.Text;

namespace Haan.Report.WebEdition.Rendering;

/// <summary>Writes HTML text: markup as given, text and attribute values escaped.</summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder builder = new();

    public HtmlWriter Raw(string markup)
    {
        builder.Append(markup);
        return this;
    }

    public HtmlWriter Text(string text)
    {
        builder.Append(Escape(text));
        return this;
    }

    public HtmlWriter Line(string markup = "")
    {
        builder.Append(markup).Append('\n');
        return this;
    }

    public static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);

    public override string ToString() => builder.ToString();
}
