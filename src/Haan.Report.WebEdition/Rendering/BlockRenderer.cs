using Haan.Report.Templates.Markdown;

namespace Haan.Report.WebEdition.Rendering;

/// <summary>Base of the renderers for one block type <typeparamref name="T"/>.</summary>
internal abstract class BlockRenderer<T> : IBlockRenderer
    where T : DocBlock
{
    public bool Accepts(DocBlock block) => block is T;

    public void Write(HtmlRenderer renderer, DocBlock block) => Write(renderer, (T)block);

    protected abstract void Write(HtmlRenderer renderer, T block);
}
