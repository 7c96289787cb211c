using Haan.Report.Charts;

namespace Haan.Report.Composition.Content.Figures;

/// <summary><c>::: abbildung typ=streuung</c>: Punktdiagramm zweier Indikatoren.</summary>
internal sealed class ScatterFigureType : IFigureType
{
    public string Name => "streuung";

    public string Arguments => "`x`, `y` (Indikatoren), `jahr`";

    public string Shows => "Punktdiagramm zweier Indikatoren";

    public (IFigure Figure, Haan.Report.Charts.FigureDataTable Data, string Source, double DefaultHeight) Build(FigureFactory factory, DirectiveArguments arguments) => factory.Scatter(arguments);
}
