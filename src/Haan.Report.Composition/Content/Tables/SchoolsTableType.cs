using Haan.Report.Composition.Documents;

namespace Haan.Report.Composition.Content.Tables;

/// <summary><c>::: tabelle typ=schulen</c>: Schulen mit Schulsozialindex.</summary>
internal sealed class SchoolsTableType : ITableType
{
    public string Name => "schulen";

    public string Arguments => "–";

    public string Shows => "Schulen mit Schulsozialindex";

    public TableContent Build(TableFactory factory, DirectiveArguments arguments) => factory.Schools();
}
