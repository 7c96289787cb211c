using Haan.Report.Composition.Documents;

namespace Haan.Report.Composition.Content.Tables;

/// <summary><c>::: tabelle typ=katalog</c>: Indikatorenkatalog.</summary>
internal sealed class CatalogueTableType : ITableType
{
    public string Name => "katalog";

    public string Arguments => "`thema` (optional)";

    public string Shows => "Indikatorenkatalog";

    public TableContent Build(TableFactory factory, DirectiveArguments arguments) => factory.Catalogue(arguments);
}
