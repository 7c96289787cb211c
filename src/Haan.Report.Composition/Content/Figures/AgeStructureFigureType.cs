using Haan.Report.Charts;

namespace Haan.Report.Composition.Content.Figures;

/// <summary><c>::: abbildung typ=altersstruktur</c>: gestapelte Altersgruppen je Sozialraum.</summary>
internal sealed class AgeStructureFigureType : IFigureType
{
    public string Name => "altersstruktur";

    public string Arguments => "`jahr`";

    public string Shows => "gestapelte Altersgruppen je Sozialraum";

    public (IFigure Figure, Haan.Report.Charts.FigureDataTable Data, string Source, double DefaultHeight) Build(FigureFactory factory, DirectiveArguments arguments) => factory.AgeStructure(arguments);
}
