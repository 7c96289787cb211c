namespace Haan.Report.Layout.Pdf;

/// <summary>Bookmarks (the document outline) from the headings: nested by level, chapters open, deeper levels closed.</summary>
internal static class Outline
{
    /// <summary>Writes the outline and returns the number of its root object, or null when there are no bookmarks.</summary>
    public static int? Write(PdfObjectSet objects, IReadOnlyList<PdfPage> pages, IReadOnlyList<HeadingRecord> headings)
    {
        var root = new Item(null, 0, 0, 0);
        var open = new List<Item> { root };
        foreach (var record in headings.Where(h => h.InOutline))
        {
            while (open.Count > 1 && open[^1].Level >= record.Level)
            {
                open.RemoveAt(open.Count - 1);
            }

            var item = new Item(record.Title.Replace("\u00AD", string.Empty, StringComparison.Ordinal), record.Level, record.Page, record.Y);
            open[^1].Children.Add(item);
            open.Add(item);
        }

        if (root.Children.Count == 0)
        {
            return null;
        }

        root.Number = objects.Reserve();
        Number(root, objects);
        WriteChildren(objects, pages, root);
        objects.Set(root.Number, new PdfDictionary()
            .With("Type", "Outlines")
            .With("First", new PdfReference(root.Children[0].Number))
            .With("Last", new PdfReference(root.Children[^1].Number))
            .With("Count", Visible(root)));
        return root.Number;
    }

    private static void Number(Item item, PdfObjectSet objects)
    {
        foreach (var child in item.Children)
        {
            child.Number = objects.Reserve();
            Number(child, objects);
        }
    }

    private static void WriteChildren(PdfObjectSet objects, IReadOnlyList<PdfPage> pages, Item parent)
    {
        for (var i = 0; i < parent.Children.Count; i++)
        {
            var item = parent.Children[i];
            var dictionary = new PdfDictionary()
                .With("Title", PdfString.Text(item.Title!))
                .With("Parent", new PdfReference(parent.Number));
            if (i > 0)
            {
                dictionary.With("Prev", new PdfReference(parent.Children[i - 1].Number));
            }

            if (i + 1 < parent.Children.Count)
            {
                dictionary.With("Next", new PdfReference(parent.Children[i + 1].Number));
            }

            if (item.Children.Count > 0)
            {
                dictionary.With("First", new PdfReference(item.Children[0].Number))
                    .With("Last", new PdfReference(item.Children[^1].Number))
                    .With("Count", item.IsOpen ? Visible(item) : -item.Children.Count);
            }

            dictionary.With("Dest", TaggedPdfDocument.Destination(pages[item.Page - 1], 0, item.Y));
            objects.Set(item.Number, dictionary);
            WriteChildren(objects, pages, item);
        }
    }

    /// <summary>Number of descendants shown when the item is open (children plus the visible descendants of open children).</summary>
    private static int Visible(Item item) => item.Children.Sum(c => 1 + (c.IsOpen ? Visible(c) : 0));

    private sealed class Item(string? title, int level, int page, float y)
    {
        public string? Title { get; } = title;

        public int Level { get; } = level;

        public int Page { get; } = page;

        public float Y { get; } = y;

        public bool IsOpen => Level <= 1;

        public List<Item> Children { get; } = [];

        public int Number { get; set; }
    }
}
