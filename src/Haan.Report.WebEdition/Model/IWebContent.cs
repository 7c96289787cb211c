using Haan.Report.Templates.Markdown;

namespace Haan.Report.WebEdition;

/// <summary>
/// What the web edition takes from the PDF's composition, so that both show the same numbers, labels, figures and
/// tables: numbering of headings, figures and tables, the labels of internal references, and the figure and table
/// of each directive.
/// </summary>
public interface IWebContent
{
    /// <summary>Number of a heading, figure or table („3.2“, „12“), or null when unnumbered.</summary>
    string? NumberOf(DocBlock block);

    /// <summary>Anchor id of a figure or table directive, null for other directives.</summary>
    string? AnchorOf(DocDirective directive);

    /// <summary>Text of an empty internal link <c>[](#id)</c> („Abbildung 12“), or null when the id is unknown.</summary>
    string? LabelOf(string id);

    /// <summary>Every figure in document order (list of figures).</summary>
    IReadOnlyList<WebDirectoryEntry> Figures { get; }

    /// <summary>Every table in document order (list of tables).</summary>
    IReadOnlyList<WebDirectoryEntry> Tables { get; }

    /// <summary>Anchor of the Zeichenerklärung table, linked below every table; null when the report has none.</summary>
    string? SymbolsAnchor { get; }

    /// <summary>
    /// The figure of an <c>::: abbildung</c> directive, drawn for a row of <paramref name="columns"/> blocks. Ids inside
    /// its SVG start with the directive's anchor and a hyphen, so that they are unique on the page.
    /// </summary>
    WebFigure Figure(DocDirective directive, int columns);

    /// <summary>The table of a <c>::: tabelle</c> directive.</summary>
    WebTable Table(DocDirective directive);

    /// <summary>The typographic fixes the PDF applies to running text (no-break spaces).</summary>
    string Typography(string text);
}
