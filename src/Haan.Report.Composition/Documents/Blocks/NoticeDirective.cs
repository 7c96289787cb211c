using Haan.Report.Layout;
using Haan.Report.Templates.Markdown;

namespace Haan.Report.Composition.Documents.Blocks;

/// <summary>::: hinweis: hervorgehobener Kasten um den Text im Block.</summary>
internal sealed class NoticeDirective : IDirectiveType
{
    public string Name => Directives.Notice;

    public string Syntax => "`::: hinweis`";

    public string Shows => "hervorgehobener Kasten um den Text im Block";

    public Element Build(DocumentComposer composer, string file, DocDirective directive) => composer.Notice(file, directive);
}
