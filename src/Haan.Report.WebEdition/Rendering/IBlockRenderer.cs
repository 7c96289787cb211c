using Haan.Report.Templates.Markdown;

namespace Haan.Report.WebEdition.Rendering;

/// <summary>Renders one kind of document block as HTML (one renderer per node type, as Markdig's HtmlRenderer does).</summary>
internal interface IBlockRenderer
{
    bool Accepts(DocBlock block);

    void Write(HtmlRenderer renderer, DocBlock block);
}
