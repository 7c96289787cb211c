using Haan.Report.Composition.Documents;

namespace Haan.Report.Composition.Content.Tables;

/// <summary><c>::: tabelle typ=geheimhaltung</c>: Zahl der gesperrten Felder je Zählgröße.</summary>
internal sealed class ConfidentialityTableType : ITableType
{
    public string Name => "geheimhaltung";

    public string Arguments => "–";

    public string Shows => "Zahl der gesperrten Felder je Zählgröße";

    public TableContent Build(TableFactory factory, DirectiveArguments arguments) => factory.Confidentiality();
}
