using Haan.Report.Composition.Documents;

namespace Haan.Report.Composition.Content.Tables;

/// <summary><c>::: tabelle typ=indikator</c>: Wert, Veränderung, Index und Rang je Sozialraum.</summary>
internal sealed class IndicatorTableType : ITableType
{
    public string Name => "indikator";

    public string Arguments => "`indikator`, `jahr`";

    public string Shows => "Wert, Veränderung, Index und Rang je Sozialraum";

    public TableContent Build(TableFactory factory, DirectiveArguments arguments) => factory.Indicator(arguments);
}
