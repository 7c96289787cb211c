using Haan.Report.Charts;

namespace Haan.Report.Composition.Content.Figures;

/// <summary><c>::: abbildung typ=zeitreihe</c>: Linien über die Jahre.</summary>
internal sealed class TimeSeriesFigureType : IFigureType
{
    public string Name => "zeitreihe";

    public string Arguments => "`indikator`, `gebiete=alle\\|stadt\\|SR01,SR02`";

    public string Shows => "Linien über die Jahre";

    public (IFigure Figure, Haan.Report.Charts.FigureDataTable Data, string Source, double DefaultHeight) Build(FigureFactory factory, DirectiveArguments arguments) => factory.TimeSeries(arguments);
}
