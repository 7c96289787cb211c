using Haan.Report.Charts;

namespace Haan.Report.Composition.Content.Figures;

/// <summary><c>::: abbildung typ=kreiskarte</c>: Städte des Kreises Mettmann.</summary>
internal sealed class KreisMapFigureType : IFigureType
{
    public string Name => "kreiskarte";

    public string Arguments => "`spalte=sgb2\\|elb\\|nef`";

    public string Shows => "Städte des Kreises Mettmann";

    public (IFigure Figure, Haan.Report.Charts.FigureDataTable Data, string Source, double DefaultHeight) Build(FigureFactory factory, DirectiveArguments arguments) => factory.KreisMap(arguments);
}
