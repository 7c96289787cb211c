using System.Globalization;
using System.Xml.Linq;

namespace Haan.Report.WebEdition.Rendering;

/// <summary>
/// Turns a figure's SVG document into inline SVG for an HTML page: no XML declaration, a <c>viewBox</c> instead of a
/// fixed size (the figure scales with the page), <c>role="img"</c>, <c>title</c> and <c>desc</c> first, named through
/// <c>aria-labelledby</c>, and ids prefixed with the figure's anchor so several figures share one page.
/// </summary>
internal static class SvgEmbedding
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Embed(string svg, string id, string title, string description)
    {
        var root = XDocument.Parse(svg).Root ?? throw new InvalidOperationException("The figure's SVG has no root element.");
        var width = Size(root, "width");
        var height = Size(root, "height");
        root.SetAttributeValue("width", null);
        root.SetAttributeValue("height", null);
        root.SetAttributeValue("viewBox", $"0 0 {width.ToString(CultureInfo.InvariantCulture)} {height.ToString(CultureInfo.InvariantCulture)}");
        root.SetAttributeValue("role", "img");
        root.SetAttributeValue("aria-labelledby", $"{id}-t {id}-d");
        root.SetAttributeValue("focusable", "false");
        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.Attribute("id") is { } attribute)
            {
                attribute.Value = $"{id}-{attribute.Value}";
            }

            foreach (var reference in element.Attributes().Where(a => a.Value.Contains("url(#", StringComparison.Ordinal) || (a.Name.LocalName == "href" && a.Value.StartsWith('#'))))
            {
                reference.Value = reference.Value.Replace("url(#", $"url(#{id}-", StringComparison.Ordinal);
                if (reference.Name.LocalName == "href")
                {
                    reference.Value = $"#{id}-{reference.Value[1..]}";
                }
            }
        }

        root.AddFirst(new XElement(Svg + "title", new XAttribute("id", id + "-t"), title), new XElement(Svg + "desc", new XAttribute("id", id + "-d"), description));
        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static double Size(XElement root, string name)
    {
        var text = (string?)root.Attribute(name) ?? throw new InvalidOperationException($"The figure's SVG has no {name}.");
        return double.Parse(text.Replace("pt", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
