namespace Haan.Report.WebEdition;

/// <summary>Kind of a table row in the web edition.</summary>
public enum WebRowKind
{
    /// <summary>Column headings (<c>th scope="col"</c>).</summary>
    Header,

    /// <summary>A data row.</summary>
    Body,

    /// <summary>A highlighted data row (e.g. the town total).</summary>
    Highlight,
}
