namespace Haan.Report.Layout.Tests;

/// <summary>Shared fonts and document builders for the tests.</summary>
internal static class TestDocuments
{
    private static readonly Lazy<FontFamily> LazyFonts = new(() => FontFamily.FromFiles(
        FontPath("Regular"), FontPath("Bold"), FontPath("Italic"), FontPath("BoldItalic")));

    public static FontFamily Fonts => LazyFonts.Value;

    public static string FontPath(string style, [System.Runtime.CompilerServices.CallerFilePath] string callerPath = "")
    {
        var directory = Path.GetDirectoryName(callerPath)!;
        return Path.GetFullPath(Path.Combine(directory, "..", "..", "templates", "fonts", $"NotoSans-{style}.ttf"));
    }

    public static PageTemplate Portrait { get; } = PageTemplate.A4Portrait(footer: PageTemplate.PageNumberFooter);

    public static Document Single(Element content, PageTemplate? template = null)
    {
        var document = new Document
        {
            Fonts = Fonts,
            Metadata = new DocumentMetadata
            {
                Title = "Testdokument",
                Author = "Tests",
                Date = new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero),
            },
        };
        document.Add(template ?? Portrait, content);
        return document;
    }

    public const string Lorem =
        "Die Stadt Haan legt mit diesem Bericht eine umfassende Übersicht über die soziale Lage vor. " +
        "Die Kennzahlen beschreiben Bevölkerung, Einkommen, Beschäftigung und Wohnen in den Sozialräumen; " +
        "Veränderungen gegenüber dem Vorjahr werden erläutert und eingeordnet.";
}
