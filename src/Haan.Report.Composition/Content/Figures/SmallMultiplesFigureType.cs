using Haan.Report.Charts;

namespace Haan.Report.Composition.Content.Figures;

/// <summary><c>::: abbildung typ=vielfache</c>: kleine Zeitreihen je Sozialraum.</summary>
internal sealed class SmallMultiplesFigureType : IFigureType
{
    public string Name => "vielfache";

    public string Arguments => "`indikator`";

    public string Shows => "kleine Zeitreihen je Sozialraum";

    public (IFigure Figure, Haan.Report.Charts.FigureDataTable Data, string Source, double DefaultHeight) Build(FigureFactory factory, DirectiveArguments arguments) => factory.SmallMultiples(arguments);
}
