using Haan.Report.Composition.Documents;

namespace Haan.Report.Composition.Content.Tables;

/// <summary><c>::: tabelle typ=kreis</c>: SGB II-Kennzahlen der Städte im Kreis Mettmann.</summary>
internal sealed class KreisTableType : ITableType
{
    public string Name => "kreis";

    public string Arguments => "–";

    public string Shows => "SGB II-Kennzahlen der Städte im Kreis Mettmann";

    public TableContent Build(TableFactory factory, DirectiveArguments arguments) => factory.Kreis();
}
