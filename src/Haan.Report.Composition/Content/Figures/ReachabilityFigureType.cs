using Haan.Report.Charts;

namespace Haan.Report.Composition.Content.Figures;

/// <summary><c>::: abbildung typ=erreichbarkeit</c>: Einzugsbereiche über dem Bevölkerungsraster.</summary>
internal sealed class ReachabilityFigureType : IFigureType
{
    public string Name => "erreichbarkeit";

    public string Arguments => "`einrichtung=spielplatz\\|haltestelle\\|beratung\\|kita`, `radius` (m)";

    public string Shows => "Einzugsbereiche über dem Bevölkerungsraster";

    public (IFigure Figure, Haan.Report.Charts.FigureDataTable Data, string Source, double DefaultHeight) Build(FigureFactory factory, DirectiveArguments arguments) => factory.Reachability(arguments);
}
