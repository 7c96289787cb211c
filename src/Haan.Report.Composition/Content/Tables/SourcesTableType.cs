using Haan.Report.Composition.Documents;

namespace Haan.Report.Composition.Content.Tables;

/// <summary><c>::: tabelle typ=quellen</c>: Datenquellen mit Lizenz.</summary>
internal sealed class SourcesTableType : ITableType
{
    public string Name => "quellen";

    public string Arguments => "–";

    public string Shows => "Datenquellen mit Lizenz";

    public TableContent Build(TableFactory factory, DirectiveArguments arguments) => factory.Sources();
}
