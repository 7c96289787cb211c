using Haan.Report.Charts;

namespace Haan.Report.Composition.Content.Figures;

/// <summary><c>::: abbildung typ=sozialmatrix</c>: Sozialräume in der Matrix aus Status- und Dynamikklasse.</summary>
internal sealed class SocialIndexMatrixFigureType : IFigureType
{
    public string Name => "sozialmatrix";

    public string Arguments => "`jahr`";

    public string Shows => "Sozialräume in der Matrix aus Status- und Dynamikklasse";

    public (IFigure Figure, Haan.Report.Charts.FigureDataTable Data, string Source, double DefaultHeight) Build(FigureFactory factory, DirectiveArguments arguments) => factory.SocialIndexMatrix(arguments);
}
