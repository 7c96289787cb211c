namespace Haan.Report.Layout.Pdf;

/// <summary>
/// A structure element of the tagged PDF while it is being built. Kids, in reading order, are other nodes, marked-content
/// ids on a page, or annotations (object references).
/// </summary>
internal sealed class StructureNode(StructureInfo info, StructureNode? parent)
{
    public StructureInfo Info { get; } = info;

    public StructureNode? Parent { get; } = parent;

    public List<object> Kids { get; } = [];

    /// <summary>Number of the PDF object, assigned when the tree is written.</summary>
    public int ObjectNumber { get; set; }

    /// <summary>The /ID of a Note (PDF/UA requires one).</summary>
    public string? Id { get; set; }
}
