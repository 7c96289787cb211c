namespace Haan.Report.Templates.Markdown;

// The report document as parsed from the filled Markdown: a small, layout-free tree
// that the composition layer maps onto layout elements.

/// <summary>A block with the 1-based line of the filled Markdown it came from.</summary>
public abstract record DocBlock(int Line);

/// <summary>A heading; <see cref="Classes"/> come from <c>{.klasse}</c> attributes (e.g. <c>ohne-nummer</c>).</summary>
public sealed record DocHeading(int Level, IReadOnlyList<DocInline> Content, string? Id, IReadOnlyList<string> Classes, int Line) : DocBlock(Line);

public sealed record DocParagraph(IReadOnlyList<DocInline> Content, int Line) : DocBlock(Line);

public sealed record DocList(bool Ordered, int Start, IReadOnlyList<IReadOnlyList<DocBlock>> Items, int Line) : DocBlock(Line);

public sealed record DocQuote(IReadOnlyList<DocBlock> Content, int Line) : DocBlock(Line);

/// <summary>A pipe table written directly in Markdown.</summary>
public sealed record DocTable(
    IReadOnlyList<DocAlignment> Alignments,
    IReadOnlyList<IReadOnlyList<DocInline>> Header,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<DocInline>>> Rows,
    int Line) : DocBlock(Line);

/// <summary>
/// A directive written as a custom container, e.g.
/// <c>::: abbildung typ=balken indikator=sgb2_quote</c> … <c>:::</c>.
/// The container's content (for figures and tables: the caption) is kept as blocks.
/// </summary>
public sealed record DocDirective(
    string Name,
    IReadOnlyDictionary<string, string> Arguments,
    IReadOnlyList<DocBlock> Content,
    int Line) : DocBlock(Line);

/// <summary>A horizontal rule (<c>---</c>) in Markdown; used as a page break.</summary>
public sealed record DocThematicBreak(int Line) : DocBlock(Line);

public enum DocAlignment
{
    Left,
    Center,
    Right,
}

public abstract record DocInline;

public sealed record DocText(string Text) : DocInline;

public sealed record DocStrong(IReadOnlyList<DocInline> Content) : DocInline;

public sealed record DocEmphasis(IReadOnlyList<DocInline> Content) : DocInline;

/// <summary>A link; <see cref="Target"/> is a URL or <c>#anchor</c> for an internal reference.</summary>
public sealed record DocLink(string Target, IReadOnlyList<DocInline> Content) : DocInline;

public sealed record DocLineBreak : DocInline;
