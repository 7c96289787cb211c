using Haan.Report.Composition.Documents;

namespace Haan.Report.Composition.Content.Tables;

/// <summary><c>::: tabelle typ=profil</c>: Leitindikatoren eines Sozialraums gegenüber der Stadt.</summary>
internal sealed class ProfileTableType : ITableType
{
    public string Name => "profil";

    public string Arguments => "`gebiet`, `jahr`";

    public string Shows => "Leitindikatoren eines Sozialraums gegenüber der Stadt";

    public TableContent Build(TableFactory factory, DirectiveArguments arguments) => factory.Profile(arguments);
}
