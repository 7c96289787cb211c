using Haan.Report.Templates.Markdown;

namespace Haan.Report.Composition.Documents;

// Several types in one file: the numbering and the one record it lists.

/// <summary>
/// Numbers chapters, sections, figures and tables in a first pass over the whole document, so that internal links
/// (also forward ones) can be written as <c>[](#id)</c> and get their text („Abbildung 12“, „Kapitel 4“) from here.
/// </summary>
internal sealed class Numbering
{
    public const string Unnumbered = "ohne-nummer";

    private readonly Dictionary<string, string> labels = new(StringComparer.Ordinal);
    private readonly Dictionary<DocBlock, string> numbers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<DocBlock, string> anchors = new(ReferenceEqualityComparer.Instance);

    public Numbering(IEnumerable<DocBlock> blocks)
    {
        var sections = new int[2];
        var figures = new List<NumberedItem>();
        var tables = new List<NumberedItem>();
        foreach (var block in Flatten(blocks))
        {
            switch (block)
            {
                case DocHeading heading when heading.Level <= 2 && !heading.Classes.Contains(Unnumbered, StringComparer.Ordinal):
                    sections[heading.Level - 1]++;
                    if (heading.Level == 1)
                    {
                        sections[1] = 0;
                    }

                    var number = string.Join(".", sections.Take(heading.Level));
                    numbers[heading] = number;
                    if (heading.Id is { } headingId)
                    {
                        labels[headingId] = heading.Level == 1 ? $"Kapitel {number}" : $"Abschnitt {number}";
                    }

                    break;
                case DocHeading { Id: { } unnumberedId } unnumbered:
                    labels[unnumberedId] = DocumentComposer.PlainText(unnumbered.Content);
                    break;
                case DocDirective { Name: Directives.Figure } figure:
                    figures.Add(Register(figure, figures.Count + 1, "Abbildung"));
                    break;
                case DocDirective { Name: Directives.Table } table:
                    tables.Add(Register(table, tables.Count + 1, "Tabelle"));
                    break;
            }
        }

        Figures = figures;
        Tables = tables;
    }

    /// <summary>All blocks in document order, including those nested in directives (e.g. figures in a row).</summary>
    private static IEnumerable<DocBlock> Flatten(IEnumerable<DocBlock> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            if (block is DocDirective { Name: Directives.Row or Directives.Notice } container)
            {
                foreach (var nested in Flatten(container.Content))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>Figures in document order, for the list of figures.</summary>
    public IReadOnlyList<NumberedItem> Figures { get; }

    /// <summary>Tables in document order, for the list of tables.</summary>
    public IReadOnlyList<NumberedItem> Tables { get; }

    /// <summary>Number of a heading, figure or table block („3.2“, „12“), or null when unnumbered.</summary>
    public string? NumberOf(DocBlock block) => numbers.GetValueOrDefault(block);

    /// <summary>Anchor id of a figure or table block.</summary>
    public string AnchorOf(DocBlock block) => anchors[block];

    /// <summary>Label of an anchor id („Abbildung 12“), or null when unknown.</summary>
    public string? LabelOf(string id) => labels.GetValueOrDefault(id);

    private NumberedItem Register(DocDirective directive, int count, string kind)
    {
        var number = count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        numbers[directive] = number;
        // Every figure and table gets an anchor (for the lists of figures and tables); authors may name it with id=….
        var id = directive.Arguments.GetValueOrDefault("id") ?? $"{kind.ToLowerInvariant()}-{number}";
        labels[id] = $"{kind} {number}";
        anchors[directive] = id;

        var caption = string.Join(" ", directive.Content.OfType<DocParagraph>().Select(p => DocumentComposer.PlainText(p.Content))).Trim();
        return new NumberedItem(number, caption, id);
    }
}

/// <summary>A numbered figure or table: number, caption and optional anchor id.</summary>
internal sealed record NumberedItem(string Number, string Caption, string Id);
