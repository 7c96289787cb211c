using Haan.Report.Templates.Markdown;

namespace Haan.Report.WebEdition.Tests;

/// <summary>A hand-made composition: numbers headings and directives in order, one table and figure per directive.</summary>
internal sealed class FakeContent : IWebContent
{
    private readonly Dictionary<DocBlock, string> numbers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<DocDirective, string> anchors = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> labels = new(StringComparer.Ordinal);

    public FakeContent(IEnumerable<DocBlock> blocks)
    {
        int chapter = 0, figure = 0, table = 0;
        foreach (var block in Flatten(blocks))
        {
            switch (block)
            {
                case DocHeading { Level: 1 } h when !h.Classes.Contains("ohne-nummer"):
                    numbers[h] = (++chapter).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (h.Id is { } id)
                    {
                        labels[id] = $"Kapitel {numbers[h]}";
                    }

                    break;
                case DocDirective { Name: "abbildung" } d:
                    numbers[d] = (++figure).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    anchors[d] = d.Arguments.GetValueOrDefault("id") ?? $"abbildung-{numbers[d]}";
                    labels[anchors[d]] = $"Abbildung {numbers[d]}";
                    break;
                case DocDirective { Name: "tabelle" } d:
                    numbers[d] = (++table).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    anchors[d] = d.Arguments.GetValueOrDefault("id") ?? $"tabelle-{numbers[d]}";
                    labels[anchors[d]] = $"Tabelle {numbers[d]}";
                    break;
            }
        }
    }

    public IReadOnlyList<WebDirectoryEntry> Figures => [.. anchors.Where(a => a.Key.Name == "abbildung").Select(a => new WebDirectoryEntry(numbers[a.Key], "Bild", a.Value))];

    public IReadOnlyList<WebDirectoryEntry> Tables => [.. anchors.Where(a => a.Key.Name == "tabelle").Select(a => new WebDirectoryEntry(numbers[a.Key], "Tab", a.Value))];

    public string? SymbolsAnchor => anchors.Values.FirstOrDefault(v => v == "tab-zeichen");

    public List<int> FigureColumns { get; } = [];

    public string? NumberOf(DocBlock block) => numbers.GetValueOrDefault(block);

    public string? AnchorOf(DocDirective directive) => anchors.GetValueOrDefault(directive);

    public string? LabelOf(string id) => labels.GetValueOrDefault(id);

    public string Typography(string text) => text.Replace("SGB II", "SGB\u00A0II", StringComparison.Ordinal);

    public WebFigure Figure(DocDirective directive, int columns)
    {
        FigureColumns.Add(columns);
        var data = new WebTable(null, "Bild", [new WebTableRow(WebRowKind.Header, ["Sozialraum", "Quote"]), new WebTableRow(WebRowKind.Body, ["Nord", "7,9 %"]), new WebTableRow(WebRowKind.Body, ["Süd", "."])],
            [false, true], true, ["„.“ = Wert geheim."], string.Empty);
        return new WebFigure(numbers[directive], "Bild", $"<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"200\" height=\"100\">\n<defs><clipPath id=\"{anchors[directive]}-1\"><rect width=\"10\" height=\"10\"/></clipPath></defs><path clip-path=\"url(#{anchors[directive]}-1)\" d=\"M0 0L10 10\"/><text font-family=\"Noto Sans\">Nord</text></svg>\n",
            "Ein Balken je Sozialraum <klein>.", "Quelle: Test.", data);
    }

    public WebTable Table(DocDirective directive) => new(numbers[directive], "Quote 2023",
        [new WebTableRow(WebRowKind.Header, ["Sozialraum", "2023 (%)"]), new WebTableRow(WebRowKind.Body, ["Nord", "(7,9)"]), new WebTableRow(WebRowKind.Body, ["Süd", "."]), new WebTableRow(WebRowKind.Highlight, ["Stadt", "x"])],
        [false, true], true, ["Fußnote <1>"], "Quelle: Test & Co.");

    private static IEnumerable<DocBlock> Flatten(IEnumerable<DocBlock> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            if (block is DocDirective d)
            {
                foreach (var nested in Flatten(d.Content))
                {
                    yield return nested;
                }
            }
        }
    }
}
