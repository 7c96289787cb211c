using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Haan.Report.Testing;

/// <summary>One element of a tagged PDF's structure tree, as read back with PdfPig.</summary>
public sealed record StructureElement(string Type, string? Alt, IReadOnlyList<string> Scopes, IReadOnlyList<StructureElement> Children, bool HasAnnotation)
{
    public IEnumerable<StructureElement> Descendants() => Children.SelectMany(c => c.Descendants().Prepend(c));
}

/// <summary>A font resource as read back: its /BaseFont and whether the program is embedded with a ToUnicode map.</summary>
public sealed record EmbeddedFontInfo(string BaseFont, string Subtype, bool Embedded, bool HasToUnicode);

/// <summary>Reads what a tagged PDF promises (structure tree, marked content, fonts) with PdfPig, independently of the writer.</summary>
public sealed class TaggedPdf : IDisposable
{
    private readonly PdfDocument document;

    public TaggedPdf(byte[] pdf) => document = PdfDocument.Open(pdf);

    public PdfDocument Document => document;

    public DictionaryToken Catalog => document.Structure.Catalog.CatalogDictionary;

    /// <summary>The structure tree below /StructTreeRoot (empty when the file is untagged).</summary>
    public IReadOnlyList<StructureElement> Roots()
    {
        if (!Catalog.TryGet(NameToken.Create("StructTreeRoot"), out var rootToken) || Resolve(rootToken) is not DictionaryToken root)
        {
            return [];
        }

        return Kids(root).Select(Element).OfType<StructureElement>().ToList();
    }

    public IEnumerable<StructureElement> AllElements() => Roots().SelectMany(r => r.Descendants().Prepend(r));

    /// <summary>Letters of a page that are not inside any marked content (neither an MCID nor an Artifact).</summary>
    public int UnmarkedLetters(Page page)
    {
        var marked = page.GetMarkedContents().Sum(CountLetters);
        return page.Letters.Count - marked;
    }

    private static int CountLetters(UglyToad.PdfPig.Content.MarkedContentElement element)
        => element.Letters.Count + element.Children.Sum(CountLetters);

    /// <summary>Every font resource of every page and of every form XObject those pages use.</summary>
    public IReadOnlyList<EmbeddedFontInfo> Fonts()
    {
        var seen = new HashSet<long>();
        var result = new List<EmbeddedFontInfo>();
        var forms = new HashSet<long>();
        for (var n = 1; n <= document.NumberOfPages; n++)
        {
            CollectFonts(Resolve(document.GetPage(n).Dictionary.Data.GetValueOrDefault("Resources")) as DictionaryToken, seen, forms, result);
        }

        return result;
    }

    private void CollectFonts(DictionaryToken? resources, HashSet<long> seen, HashSet<long> forms, List<EmbeddedFontInfo> result)
    {
        if (resources is null)
        {
            return;
        }

        if (Resolve(resources.Data.GetValueOrDefault("Font")) is DictionaryToken fonts)
        {
            foreach (var token in fonts.Data.Values)
            {
                if (token is IndirectReferenceToken r && !seen.Add(r.Data.ObjectNumber))
                {
                    continue;
                }

                if (Resolve(token) is not DictionaryToken font)
                {
                    continue;
                }

                var descendant = Resolve(font.Data.GetValueOrDefault("DescendantFonts")) is ArrayToken { Data.Count: > 0 } array ? Resolve(array.Data[0]) as DictionaryToken : font;
                var descriptor = Resolve(descendant?.Data.GetValueOrDefault("FontDescriptor")) as DictionaryToken;
                var embedded = descriptor is not null && (descriptor.Data.ContainsKey("FontFile2") || descriptor.Data.ContainsKey("FontFile") || descriptor.Data.ContainsKey("FontFile3"));
                result.Add(new EmbeddedFontInfo(
                    (Resolve(font.Data.GetValueOrDefault("BaseFont")) as NameToken)?.Data ?? string.Empty,
                    (Resolve(font.Data.GetValueOrDefault("Subtype")) as NameToken)?.Data ?? string.Empty,
                    embedded,
                    font.Data.ContainsKey("ToUnicode")));
            }
        }

        if (Resolve(resources.Data.GetValueOrDefault("XObject")) is DictionaryToken xobjects)
        {
            foreach (var token in xobjects.Data.Values)
            {
                if (token is IndirectReferenceToken r && !forms.Add(r.Data.ObjectNumber))
                {
                    continue;
                }

                if (Resolve(token) is StreamToken stream && stream.StreamDictionary.Data.GetValueOrDefault("Subtype") is NameToken { Data: "Form" })
                {
                    CollectFonts(Resolve(stream.StreamDictionary.Data.GetValueOrDefault("Resources")) as DictionaryToken, seen, forms, result);
                }
            }
        }
    }

    private StructureElement? Element(IToken token)
    {
        if (Resolve(token) is not DictionaryToken d || !d.Data.TryGetValue("S", out var s))
        {
            return null;
        }

        var type = (Resolve(s) as NameToken)?.Data ?? string.Empty;
        var alt = Resolve(d.Data.GetValueOrDefault("Alt")) switch
        {
            StringToken a => a.Data,
            HexToken h => h.Data,
            _ => null,
        };
        var scopes = new List<string>();
        var attributes = Resolve(d.Data.GetValueOrDefault("A"));
        foreach (var attribute in attributes is ArrayToken list ? list.Data.Select(Resolve) : [attributes])
        {
            if (attribute is DictionaryToken ad && Resolve(ad.Data.GetValueOrDefault("Scope")) is NameToken scope)
            {
                scopes.Add(scope.Data);
            }
        }

        var kids = Kids(d).ToList();
        var hasAnnotation = kids.Select(Resolve).OfType<DictionaryToken>().Any(k => Resolve(k.Data.GetValueOrDefault("Type")) is NameToken { Data: "OBJR" });
        return new StructureElement(type, alt, scopes, kids.Select(Element).OfType<StructureElement>().ToList(), hasAnnotation);
    }

    private IEnumerable<IToken> Kids(DictionaryToken element)
    {
        var k = element.Data.GetValueOrDefault("K");
        return Resolve(k) switch
        {
            ArrayToken array => array.Data,
            null => [],
            _ => [k!],
        };
    }

    public IToken? Resolve(IToken? token)
    {
        while (token is IndirectReferenceToken reference)
        {
            token = document.Structure.GetObject(reference.Data).Data;
        }

        return token;
    }

    public void Dispose() => document.Dispose();
}
