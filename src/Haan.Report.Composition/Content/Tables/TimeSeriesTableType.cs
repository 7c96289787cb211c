using Haan.Report.Composition.Documents;

namespace Haan.Report.Composition.Content.Tables;

/// <summary><c>::: tabelle typ=zeitreihe</c>: Werte aller Jahre je Sozialraum.</summary>
internal sealed class TimeSeriesTableType : ITableType
{
    public string Name => "zeitreihe";

    public string Arguments => "`indikator`";

    public string Shows => "Werte aller Jahre je Sozialraum";

    public TableContent Build(TableFactory factory, DirectiveArguments arguments) => factory.TimeSeries(arguments);
}
