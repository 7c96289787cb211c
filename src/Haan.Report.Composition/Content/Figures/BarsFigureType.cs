using Haan.Report.Charts;

namespace Haan.Report.Composition.Content.Figures;

/// <summary><c>::: abbildung typ=balken</c>: Balken je Sozialraum, sortiert, mit Linie für den städtischen Wert.</summary>
internal sealed class BarsFigureType : IFigureType
{
    public string Name => "balken";

    public string Arguments => "`indikator`, `jahr`";

    public string Shows => "Balken je Sozialraum, sortiert, mit Linie für den städtischen Wert";

    public (IFigure Figure, Haan.Report.Charts.FigureDataTable Data, string Source, double DefaultHeight) Build(FigureFactory factory, DirectiveArguments arguments) => factory.Bars(arguments);
}
