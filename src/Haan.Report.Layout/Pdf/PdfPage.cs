using SkiaSharp;

namespace Haan.Report.Layout.Pdf;

/// <summary>One page as the PDF writer collects it: content, the resources it uses, its annotations and the structure element of each marked-content id.</summary>
internal sealed class PdfPage(int index, int objectNumber, SKSize size)
{
    public int Index { get; } = index;

    public int ObjectNumber { get; } = objectNumber;

    public SKSize Size { get; } = size;

    public byte[] Content { get; set; } = [];

    public SortedDictionary<string, int> Fonts { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> XObjects { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> GraphicsStates { get; } = new(StringComparer.Ordinal);

    public List<PdfLink> Links { get; } = [];

    /// <summary>Structure element of marked-content id i (the page's entry in the parent tree).</summary>
    public List<StructureNode> MarkedContent { get; } = [];
}
