using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Haan.Report.WebEdition.Rendering;

/// <summary>
/// Turns a figure's SVG document into inline SVG for an HTML page: no XML declaration, a <c>viewBox</c> instead of a
/// fixed size (the figure scales with the page), <c>role="img"</c>, and <c>title</c> and <c>desc</c> first, named
/// through <c>aria-labelledby</c>. The figure's own ids must already be unique on the page (the composition prefixes
/// them with the figure's anchor), so the body is copied as it is.
/// </summary>
internal static partial class SvgEmbedding
{
    public static string Embed(string svg, string id, string title, string description)
    {
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        var end = start < 0 ? -1 : svg.IndexOf('>', start);
        if (end < 0)
        {
            throw new InvalidOperationException("The figure's SVG has no root element.");
        }

        var root = svg[start..end];
        var width = Size(root, "width");
        var height = Size(root, "height");
        var builder = new StringBuilder(svg.Length + 512);
        builder.Append("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        if (root.Contains("xmlns:xlink=", StringComparison.Ordinal))
        {
            builder.Append(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"");
        }

        builder.Append(CultureInfo.InvariantCulture, $" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" focusable=\"false\">");
        builder.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{HtmlWriter.Escape(title)}</title><desc id=\"{id}-d\">{HtmlWriter.Escape(description)}</desc>");
        builder.Append(svg.AsSpan(end + 1).TrimEnd());
        return builder.ToString();
    }

    private static string Size(string root, string name)
    {
        var match = SizeAttribute().Matches(root).FirstOrDefault(m => m.Groups["name"].Value == name)
                    ?? throw new InvalidOperationException($"The figure's SVG has no {name}.");
        var value = double.Parse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        return value.ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\s(?<name>width|height)=""(?<value>[0-9.]+)(pt|px)?""")]
    private static partial Regex SizeAttribute();
}
