using Haan.Report.Charts;

namespace Haan.Report.Composition.Content.Figures;

/// <summary><c>::: abbildung typ=karte</c>: Karte der Sozialräume, Klassen relativ zum städtischen Wert.</summary>
internal sealed class MapFigureType : IFigureType
{
    public string Name => "karte";

    public string Arguments => "`indikator`, `jahr`, `einrichtungen=spielplatz,kita,…`";

    public string Shows => "Karte der Sozialräume, Klassen relativ zum städtischen Wert";

    public (IFigure Figure, Haan.Report.Charts.FigureDataTable Data, string Source, double DefaultHeight) Build(FigureFactory factory, DirectiveArguments arguments) => factory.Map(arguments);
}
