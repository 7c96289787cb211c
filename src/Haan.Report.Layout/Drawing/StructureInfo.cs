namespace Haan.Report.Layout;

/// <summary>Scope of a table header cell (/Scope of the Table attribute owner).</summary>
internal enum HeaderScope
{
    None,
    Column,
    Row,
}

/// <summary>What a structure element is: its role and, where the role needs them, alternative text, header scope and column span.</summary>
internal sealed record StructureInfo(StructureRole Role)
{
    public string? AlternativeText { get; init; }

    public HeaderScope Scope { get; init; }

    public int ColumnSpan { get; init; } = 1;

    /// <summary>The PDF structure type name (without the slash).</summary>
    public string TypeName => Role switch
    {
        StructureRole.Document => "Document",
        StructureRole.Part => "Part",
        StructureRole.Div => "Div",
        StructureRole.Paragraph => "P",
        StructureRole.H1 => "H1",
        StructureRole.H2 => "H2",
        StructureRole.H3 => "H3",
        StructureRole.H4 => "H4",
        StructureRole.H5 => "H5",
        StructureRole.H6 => "H6",
        StructureRole.List => "L",
        StructureRole.ListItem => "LI",
        StructureRole.Label => "Lbl",
        StructureRole.ListBody => "LBody",
        StructureRole.Table => "Table",
        StructureRole.TableHead => "THead",
        StructureRole.TableBody => "TBody",
        StructureRole.TableFoot => "TFoot",
        StructureRole.TableRow => "TR",
        StructureRole.TableHeaderCell => "TH",
        StructureRole.TableDataCell => "TD",
        StructureRole.Figure => "Figure",
        StructureRole.Caption => "Caption",
        StructureRole.Note => "Note",
        StructureRole.BlockQuote => "BlockQuote",
        StructureRole.TableOfContents => "TOC",
        StructureRole.TableOfContentsItem => "TOCI",
        StructureRole.Link => "Link",
        _ => throw new InvalidOperationException($"Role {Role} has no structure type."),
    };

    /// <summary>The heading role of a level (1–6).</summary>
    public static StructureRole Heading(int level) => level switch
    {
        1 => StructureRole.H1,
        2 => StructureRole.H2,
        3 => StructureRole.H3,
        4 => StructureRole.H4,
        5 => StructureRole.H5,
        _ => StructureRole.H6,
    };
}
