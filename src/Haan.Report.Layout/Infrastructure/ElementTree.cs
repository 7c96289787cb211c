namespace Haan.Report.Layout;

/// <summary>Tree walks: parent links and paging-state reset.</summary>
internal static class ElementTree
{
    /// <summary>Sets parent links below <paramref name="element"/>, collects headings and rejects elements used twice.</summary>
    public static void SetParents(Element element, List<Heading>? headings, HashSet<Element>? seen = null)
    {
        if (seen is not null && !seen.Add(element))
        {
            throw new LayoutException(
                $"Ein Element ist mehrfach im Dokument eingefügt ({element.PathLabel ?? element.GetType().Name}). Jedes Element darf nur an einer Stelle stehen.");
        }

        if (element is Heading heading)
        {
            headings?.Add(heading);
        }

        foreach (var child in element.Children)
        {
            child.Parent = element;
            SetParents(child, headings, seen);
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
