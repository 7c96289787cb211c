using Haan.Report.Composition.Documents;

namespace Haan.Report.Composition.Content.Tables;

/// <summary><c>::: tabelle typ=zeichen</c>: Zeichenerklärung.</summary>
internal sealed class SymbolsTableType : ITableType
{
    public string Name => "zeichen";

    public string Arguments => "–";

    public string Shows => "Zeichenerklärung";

    public TableContent Build(TableFactory factory, DirectiveArguments arguments) => TableFactory.Symbols();
}
