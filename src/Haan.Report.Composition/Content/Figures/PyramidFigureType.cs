using Haan.Report.Charts;

namespace Haan.Report.Composition.Content.Figures;

/// <summary><c>::: abbildung typ=pyramide</c>: Bevölkerungspyramide gegenüber der Stadt.</summary>
internal sealed class PyramidFigureType : IFigureType
{
    public string Name => "pyramide";

    public string Arguments => "`gebiet`, `jahr`";

    public string Shows => "Bevölkerungspyramide gegenüber der Stadt";

    public (IFigure Figure, Haan.Report.Charts.FigureDataTable Data, string Source, double DefaultHeight) Build(FigureFactory factory, DirectiveArguments arguments) => factory.Pyramid(arguments);
}
