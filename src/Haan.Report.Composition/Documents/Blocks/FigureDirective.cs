using Haan.Report.Layout;
using Haan.Report.Templates.Markdown;

namespace Haan.Report.Composition.Documents.Blocks;

/// <summary>::: abbildung: Abbildung mit Nummer, Beschriftung (Textzeile im Block), Quelle und Eintrag im Abbildungsverzeichnis; Typen in den Tabellen oben.</summary>
internal sealed class FigureDirective : IDirectiveType
{
    public string Name => Directives.Figure;

    public string Syntax => "`::: abbildung typ=… id=… hoehe=…`";

    public string Shows => "Abbildung mit Nummer, Beschriftung (Textzeile im Block), Quelle und Eintrag im Abbildungsverzeichnis; Typen in den Tabellen oben";

    public Element Build(DocumentComposer composer, string file, DocDirective directive) => composer.Figure(file, directive);
}
