using System.Globalization;
using System.Security;
using System.Text;

namespace Haan.Report.Layout.Pdf;

/// <summary>
/// Completes a tagged PDF (PDF/UA-1) from what <see cref="PdfSurface"/> collected: figures, fonts, pages with their
/// resources and link annotations, the structure tree with its parent tree, named destinations, bookmarks, document
/// information and XMP metadata (with the PDF/UA identification).
/// </summary>
internal static class TaggedPdfDocument
{
    public static byte[] Write(PdfSurface surface, DocumentMetadata metadata, IReadOnlyList<HeadingRecord> headings)
    {
        var objects = surface.Objects;
        var facesByName = new Dictionary<string, EmbeddedFont>(StringComparer.Ordinal);
        surface.Figures.Write(name =>
        {
            if (!facesByName.TryGetValue(name, out var font))
            {
                font = surface.EmbeddedFonts.FirstOrDefault(f => f.PostScriptName == name);
                if (font is not null)
                {
                    facesByName[name] = font;
                }
            }

            return font;
        });

        var pagesNumber = objects.Reserve();
        var structRoot = objects.Reserve();
        NumberNodes(surface.Root, objects);
        var parentTree = new List<(int Key, PdfValue Value)>();
        var nextKey = surface.Pages.Count;
        foreach (var page in surface.Pages)
        {
            WritePage(surface, page, pagesNumber, ref nextKey, parentTree);
        }

        foreach (var font in surface.EmbeddedFonts.OrderBy(f => f.ObjectNumber))
        {
            font.Write(objects);
        }

        var ids = new List<(string Id, int Number)>();
        WriteNodes(surface, surface.Root, structRoot, ids);
        var treeRoot = new PdfDictionary()
            .With("Type", "StructTreeRoot")
            .With("K", new PdfReference(surface.Root.ObjectNumber))
            .With("ParentTree", new PdfDictionary().With("Nums", new PdfArray(parentTree.OrderBy(p => p.Key).SelectMany(p => new[] { new PdfNumber(p.Key), p.Value }))))
            .With("ParentTreeNextKey", nextKey);
        if (ids.Count > 0)
        {
            treeRoot.With("IDTree", new PdfDictionary().With("Names", new PdfArray(ids.OrderBy(i => i.Id, StringComparer.Ordinal)
                .SelectMany(i => new PdfValue[] { PdfString.Text(i.Id), new PdfReference(i.Number) }))));
        }

        objects.Set(structRoot, treeRoot);
        objects.Set(pagesNumber, new PdfDictionary()
            .With("Type", "Pages")
            .With("Kids", new PdfArray(surface.Pages.Select(p => (PdfValue)new PdfReference(p.ObjectNumber))))
            .With("Count", surface.Pages.Count));

        var catalog = new PdfDictionary()
            .With("Type", "Catalog")
            .With("Pages", new PdfReference(pagesNumber))
            .With("StructTreeRoot", new PdfReference(structRoot))
            .With("MarkInfo", new PdfDictionary().With("Marked", PdfBoolean.True))
            .With("ViewerPreferences", new PdfDictionary().With("DisplayDocTitle", PdfBoolean.True));
        if (metadata.Language is { } language)
        {
            catalog.With("Lang", PdfString.Text(language));
        }

        if (surface.Destinations.Count > 0)
        {
            var names = new PdfArray(surface.Destinations.OrderBy(d => d.Key, StringComparer.Ordinal).SelectMany(d => new PdfValue[]
            {
                PdfString.Text(d.Key),
                Destination(d.Value.Page, d.Value.Point.X, d.Value.Point.Y),
            }));
            catalog.With("Names", new PdfDictionary().With("Dests", new PdfDictionary().With("Names", names)));
        }

        if (Outline.Write(objects, surface.Pages, headings) is { } outlines)
        {
            catalog.With("Outlines", new PdfReference(outlines)).With("PageMode", "UseOutlines");
        }

        catalog.With("Metadata", new PdfReference(objects.Add(new PdfStream(
            new PdfDictionary().With("Type", "Metadata").With("Subtype", "XML"), Encoding.UTF8.GetBytes(Xmp(metadata))))));
        var catalogNumber = objects.Add(catalog);
        var info = objects.Add(Info(metadata));
        return objects.Write(catalogNumber, info);
    }

    internal static PdfArray Destination(PdfPage page, float x, float top)
        => new(new PdfReference(page.ObjectNumber), new PdfName("XYZ"), new PdfNumber(x), new PdfNumber(page.Size.Height - top), PdfNull.Instance);

    private static void WritePage(PdfSurface surface, PdfPage page, int pagesNumber, ref int nextKey, List<(int, PdfValue)> parentTree)
    {
        var objects = surface.Objects;
        var resources = new PdfDictionary();
        if (page.Fonts.Count > 0)
        {
            resources.With("Font", Names(page.Fonts));
        }

        if (page.XObjects.Count > 0)
        {
            resources.With("XObject", Names(page.XObjects));
        }

        if (page.GraphicsStates.Count > 0)
        {
            resources.With("ExtGState", Names(page.GraphicsStates));
        }

        var contents = objects.Add(PdfObjectSet.Compressed(new PdfDictionary(), page.Content));
        var dictionary = new PdfDictionary()
            .With("Type", "Page")
            .With("Parent", new PdfReference(pagesNumber))
            .With("MediaBox", PdfArray.Numbers(0, 0, page.Size.Width, page.Size.Height))
            .With("Resources", resources)
            .With("Contents", new PdfReference(contents))
            .With("StructParents", page.Index);
        parentTree.Add((page.Index, new PdfArray(page.MarkedContent.Select(n => (PdfValue)new PdfReference(n.ObjectNumber)))));
        if (page.Links.Count > 0)
        {
            foreach (var link in page.Links)
            {
                var key = nextKey++;
                parentTree.Add((key, new PdfReference(link.Owner.ObjectNumber)));
                objects.Set(link.ObjectNumber, Annotation(surface, page, link, key));
            }

            dictionary.With("Annots", new PdfArray(page.Links.Select(l => (PdfValue)new PdfReference(l.ObjectNumber))));
            dictionary.With("Tabs", "S");
        }

        objects.Set(page.ObjectNumber, dictionary);
    }

    private static PdfDictionary Annotation(PdfSurface surface, PdfPage page, PdfLink link, int key)
    {
        var h = page.Size.Height;
        var annotation = new PdfDictionary()
            .With("Type", "Annot")
            .With("Subtype", "Link")
            .With("Rect", PdfArray.Numbers(link.Rect.Left, h - link.Rect.Bottom, link.Rect.Right, h - link.Rect.Top))
            .With("Border", PdfArray.Numbers(0, 0, 0))
            .With("F", 4)
            .With("Contents", PdfString.Text(link.Contents))
            .With("StructParent", key);
        if (link.Url is { } url)
        {
            annotation.With("A", new PdfDictionary().With("S", "URI").With("URI", new PdfString(Encoding.ASCII.GetBytes(url.All(char.IsAscii) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) ? url : uri.AbsoluteUri))));
        }
        else if (link.AnchorId is { } anchor)
        {
            if (!surface.Destinations.ContainsKey(anchor))
            {
                throw new LayoutException($"Verweis auf einen unbekannten Anker '{anchor}' (Seite {(page.Index + 1).ToString(CultureInfo.InvariantCulture)}).");
            }

            annotation.With("Dest", PdfString.Text(anchor));
        }

        return annotation;
    }

    private static PdfDictionary Names(SortedDictionary<string, int> entries)
    {
        var dictionary = new PdfDictionary();
        foreach (var (name, number) in entries)
        {
            dictionary.With(name, new PdfReference(number));
        }

        return dictionary;
    }

    private static void NumberNodes(StructureNode node, PdfObjectSet objects)
    {
        node.ObjectNumber = objects.Reserve();
        foreach (var kid in node.Kids.OfType<StructureNode>())
        {
            NumberNodes(kid, objects);
        }
    }

    private static void WriteNodes(PdfSurface surface, StructureNode node, int parent, List<(string, int)> ids)
    {
        var pages = surface.Pages;
        var firstPage = node.Kids.Select(k => k switch
        {
            MarkedContentReference m => m.Page,
            AnnotationReference a => a.Page,
            _ => -1,
        }).FirstOrDefault(p => p >= 0, -1);
        var kids = new PdfArray();
        foreach (var kid in node.Kids)
        {
            switch (kid)
            {
                case StructureNode child:
                    kids.Items.Add(new PdfReference(child.ObjectNumber));
                    WriteNodes(surface, child, node.ObjectNumber, ids);
                    break;
                case MarkedContentReference m when m.Page == firstPage:
                    kids.Items.Add(new PdfNumber(m.Mcid));
                    break;
                case MarkedContentReference m:
                    kids.Items.Add(new PdfDictionary().With("Type", "MCR").With("Pg", new PdfReference(pages[m.Page].ObjectNumber)).With("MCID", m.Mcid));
                    break;
                case AnnotationReference a:
                    kids.Items.Add(new PdfDictionary().With("Type", "OBJR").With("Obj", new PdfReference(a.ObjectNumber)).With("Pg", new PdfReference(pages[a.Page].ObjectNumber)));
                    break;
            }
        }

        var info = node.Info;
        var element = new PdfDictionary()
            .With("Type", "StructElem")
            .With("S", info.TypeName)
            .With("P", new PdfReference(parent));
        if (firstPage >= 0)
        {
            element.With("Pg", new PdfReference(pages[firstPage].ObjectNumber));
        }

        element.With("K", kids.Items.Count == 1 ? kids.Items[0] : kids);
        if (info.AlternativeText is { Length: > 0 } alt)
        {
            element.With("Alt", PdfString.Text(alt));
        }

        if (info.Scope != HeaderScope.None || info.ColumnSpan > 1)
        {
            var attributes = new PdfDictionary().With("O", "Table");
            if (info.Scope != HeaderScope.None)
            {
                attributes.With("Scope", info.Scope == HeaderScope.Column ? "Column" : "Row");
            }

            if (info.ColumnSpan > 1)
            {
                attributes.With("ColSpan", info.ColumnSpan);
            }

            element.With("A", attributes);
        }

        if (info.Role == StructureRole.Note)
        {
            var id = "note-" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
            ids.Add((id, node.ObjectNumber));
            element.With("ID", PdfString.Text(id));
        }

        surface.Objects.Set(node.ObjectNumber, element);
    }

    private static PdfDictionary Info(DocumentMetadata metadata)
    {
        var info = new PdfDictionary();
        void Set(string key, string? value)
        {
            if (value is { Length: > 0 })
            {
                info.With(key, PdfString.Text(value));
            }
        }

        Set("Title", metadata.Title);
        Set("Author", metadata.Author);
        Set("Subject", metadata.Subject);
        Set("Keywords", metadata.Keywords);
        Set("Creator", metadata.Creator);
        Set("Producer", metadata.Producer ?? "Haan.Report.Layout");
        if (metadata.Date is { } date)
        {
            var offset = date.Offset;
            var sign = offset < TimeSpan.Zero ? '-' : '+';
            var abs = offset.Duration();
            var text = string.Create(CultureInfo.InvariantCulture, $"D:{date:yyyyMMddHHmmss}{sign}{abs.Hours:00}'{abs.Minutes:00}'");
            Set("CreationDate", text);
            Set("ModDate", text);
        }

        return info;
    }

    private static string Xmp(DocumentMetadata metadata)
    {
        static string X(string? text) => SecurityElement.Escape(text ?? string.Empty);
        var builder = new StringBuilder();
        builder.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        builder.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        builder.Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" ");
        builder.Append("xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");
        builder.Append("<dc:format>application/pdf</dc:format>\n");
        var lang = metadata.Language ?? "x-default";
        builder.Append(CultureInfo.InvariantCulture, $"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{X(metadata.Title)}</rdf:li></rdf:Alt></dc:title>\n");
        if (metadata.Author is { Length: > 0 } author)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<dc:creator><rdf:Seq><rdf:li>{X(author)}</rdf:li></rdf:Seq></dc:creator>\n");
        }

        if (metadata.Subject is { Length: > 0 } subject)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{X(subject)}</rdf:li></rdf:Alt></dc:description>\n");
        }

        builder.Append(CultureInfo.InvariantCulture, $"<dc:language><rdf:Bag><rdf:li>{X(lang)}</rdf:li></rdf:Bag></dc:language>\n");
        if (metadata.Keywords is { Length: > 0 } keywords)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<pdf:Keywords>{X(keywords)}</pdf:Keywords>\n");
        }

        builder.Append(CultureInfo.InvariantCulture, $"<pdf:Producer>{X(metadata.Producer ?? "Haan.Report.Layout")}</pdf:Producer>\n");
        if (metadata.Creator is { Length: > 0 } creator)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<xmp:CreatorTool>{X(creator)}</xmp:CreatorTool>\n");
        }

        if (metadata.Date is { } date)
        {
            var text = date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            builder.Append(CultureInfo.InvariantCulture, $"<xmp:CreateDate>{text}</xmp:CreateDate>\n<xmp:ModifyDate>{text}</xmp:ModifyDate>\n<xmp:MetadataDate>{text}</xmp:MetadataDate>\n");
        }

        builder.Append("<pdfuaid:part>1</pdfuaid:part>\n");
        builder.Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return builder.ToString();
    }
}
