using Haan.Report.Layout;
using Haan.Report.Templates.Markdown;

namespace Haan.Report.Composition.Documents.Blocks;

/// <summary>::: seitenumbruch: Seitenumbruch.</summary>
internal sealed class PageBreakDirective : IDirectiveType
{
    public string Name => Directives.PageBreak;

    public string Syntax => "`::: seitenumbruch`";

    public string Shows => "Seitenumbruch";

    public Element Build(DocumentComposer composer, string file, DocDirective directive) => new PageBreak();
}
