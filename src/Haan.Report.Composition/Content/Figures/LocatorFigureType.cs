using Haan.Report.Charts;

namespace Haan.Report.Composition.Content.Figures;

/// <summary><c>::: abbildung typ=lagekarte</c>: Lage eines Sozialraums in der Stadt.</summary>
internal sealed class LocatorFigureType : IFigureType
{
    public string Name => "lagekarte";

    public string Arguments => "`gebiet`";

    public string Shows => "Lage eines Sozialraums in der Stadt";

    public (IFigure Figure, Haan.Report.Charts.FigureDataTable Data, string Source, double DefaultHeight) Build(FigureFactory factory, DirectiveArguments arguments) => factory.Locator(arguments);
}
