using Haan.Report.Layout;
using Haan.Report.Templates.Markdown;

namespace Haan.Report.Composition.Documents.Blocks;

/// <summary>::: tabellenverzeichnis: Tabellenverzeichnis mit Seitenzahlen.</summary>
internal sealed class ListOfTablesDirective : IDirectiveType
{
    public string Name => Directives.ListOfTables;

    public string Syntax => "`::: tabellenverzeichnis`";

    public string Shows => "Tabellenverzeichnis mit Seitenzahlen";

    public Element Build(DocumentComposer composer, string file, DocDirective directive) => composer.ListOfTables();
}
