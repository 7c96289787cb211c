namespace Haan.Report.Layout;

/// <summary>
/// The role of an element in the tagged PDF's structure tree (ISO 32000-1, 14.8.4 standard structure types).
/// <see cref="None"/> adds no structure element: the content belongs to the enclosing one.
/// </summary>
public enum StructureRole
{
    None,
    Document,
    Part,
    Div,
    Paragraph,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    List,
    ListItem,
    Label,
    ListBody,
    Table,
    TableHead,
    TableBody,
    TableFoot,
    TableRow,
    TableHeaderCell,
    TableDataCell,
    Figure,
    Caption,
    Note,
    BlockQuote,
    TableOfContents,
    TableOfContentsItem,
    Link,
}
