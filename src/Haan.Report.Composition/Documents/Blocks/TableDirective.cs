using Haan.Report.Layout;
using Haan.Report.Templates.Markdown;

namespace Haan.Report.Composition.Documents.Blocks;

/// <summary>::: tabelle: Tabelle mit Nummer, Beschriftung, Quelle und Eintrag im Tabellenverzeichnis; Typen in den Tabellen oben.</summary>
internal sealed class TableDirective : IDirectiveType
{
    public string Name => Directives.Table;

    public string Syntax => "`::: tabelle typ=… id=…`";

    public string Shows => "Tabelle mit Nummer, Beschriftung, Quelle und Eintrag im Tabellenverzeichnis; Typen in den Tabellen oben";

    public Element Build(DocumentComposer composer, string file, DocDirective directive) => composer.Table(file, directive);
}
