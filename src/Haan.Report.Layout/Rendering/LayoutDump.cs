namespace Haan.Report.Layout;

/// <summary>
/// A text dump of the final layout, one line per drawn item: page, kind (page, text, link, fill, rule, border,
/// leader, canvas, image, anchor), box in pt (x y width height, two decimals, invariant culture) and, for text runs,
/// the text. Meant for snapshot tests.
/// </summary>
public static class LayoutDump
{
    public static string Render(Document document)
    {
        var lines = new List<string>();
        PageLoop.Run(document, null, lines);
        return string.Join('\n', lines) + "\n";
    }
}
