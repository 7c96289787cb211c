using Haan.Report.Layout;
using Haan.Report.Templates.Markdown;

namespace Haan.Report.Composition.Documents.Blocks;

/// <summary>::: abbildungsverzeichnis: Abbildungsverzeichnis mit Seitenzahlen.</summary>
internal sealed class ListOfFiguresDirective : IDirectiveType
{
    public string Name => Directives.ListOfFigures;

    public string Syntax => "`::: abbildungsverzeichnis`";

    public string Shows => "Abbildungsverzeichnis mit Seitenzahlen";

    public Element Build(DocumentComposer composer, string file, DocDirective directive) => composer.ListOfFigures();
}
