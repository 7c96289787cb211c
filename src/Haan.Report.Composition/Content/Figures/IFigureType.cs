using Haan.Report.Charts;

namespace Haan.Report.Composition.Content.Figures;

/// <summary>
/// One figure type of <c>::: abbildung typ=…</c>: its name, its documented arguments and what it shows (the table in
/// docs/VORLAGEN.md is generated from these), and how it is built. Every type is registered in <see cref="FigureTypes.All"/>.
/// </summary>
internal interface IFigureType
{
    /// <summary>The value of <c>typ=</c>.</summary>
    string Name { get; }

    /// <summary>The arguments as documented (Markdown).</summary>
    string Arguments { get; }

    /// <summary>What the figure shows (Markdown).</summary>
    string Shows { get; }

    (IFigure Figure, Haan.Report.Charts.FigureDataTable Data, string Source, double DefaultHeight) Build(FigureFactory factory, DirectiveArguments arguments);
}
