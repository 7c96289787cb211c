namespace Haan.Report.Layout;

/// <summary>Tree walks: parent links and paging-state reset.</summary>
internal static class ElementTree
{
    public static void SetParents(Element element, List<Heading>? headings)
    {
        if (element is Heading heading)
        {
            headings?.Add(heading);
        }

        foreach (var child in element.Children)
        {
            child.Parent = element;
            SetParents(child, headings);
        }
    }

    public static void Reset(Element element)
    {
        element.ResetState();
        foreach (var child in element.Children)
        {
            Reset(child);
        }
    }
}
