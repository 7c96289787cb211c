using Haan.Report.Layout;
using Haan.Report.Templates.Markdown;

namespace Haan.Report.Composition.Documents.Blocks;

/// <summary>::::: reihe: zwei oder drei Blöcke (meist Abbildungen) nebeneinander; der äußere Block hat mehr Doppelpunkte.</summary>
internal sealed class RowDirective : IDirectiveType
{
    public string Name => Directives.Row;

    public string Syntax => "`::::: reihe`";

    public string Shows => "zwei oder drei Blöcke (meist Abbildungen) nebeneinander; der äußere Block hat mehr Doppelpunkte";

    public Element Build(DocumentComposer composer, string file, DocDirective directive) => composer.SideBySide(file, directive);
}
