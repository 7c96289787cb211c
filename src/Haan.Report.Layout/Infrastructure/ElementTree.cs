namespace Haan.Report.Layout;

/// <summary>Tree walks: parent links and paging-state reset.</summary>
internal static class ElementTree
{
    /// <summary>Sets parent links below <paramref name="element"/>, collects all elements in document order and rejects elements used twice.</summary>
    public static void SetParents(Element element, List<Element>? all, HashSet<Element>? seen = null)
    {
        if (seen is not null && !seen.Add(element))
        {
            throw new LayoutException(
                $"Ein Element ist mehrfach im Dokument eingefügt ({element.PathLabel ?? element.GetType().Name}). Jedes Element darf nur an einer Stelle stehen.");
        }

        all?.Add(element);
        foreach (var child in element.Children)
        {
            child.Parent = element;
            SetParents(child, all, seen);
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
