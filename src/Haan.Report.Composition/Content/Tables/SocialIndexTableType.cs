using Haan.Report.Composition.Documents;

namespace Haan.Report.Composition.Content.Tables;

/// <summary><c>::: tabelle typ=sozialindex</c>: Statusindex, Status- und Dynamikklasse, Ränge von Status- und Min-Max-Index.</summary>
internal sealed class SocialIndexTableType : ITableType
{
    public string Name => "sozialindex";

    public string Arguments => "`jahr`";

    public string Shows => "Statusindex, Status- und Dynamikklasse, Ränge von Status- und Min-Max-Index";

    public TableContent Build(TableFactory factory, DirectiveArguments arguments) => factory.SocialIndex(arguments);
}
