namespace Haan.Report.Composition.Content.Figures;

/// <summary>
/// The one list of figure types, in the order of docs/VORLAGEN.md. A type exists only by being listed here: the
/// dispatch, the „Erlaubt: …“ message and the documentation all read this list.
/// </summary>
internal static class FigureTypes
{
    public static IReadOnlyList<IFigureType> All { get; } =
    [
        new BarsFigureType(),
        new MapFigureType(),
        new TimeSeriesFigureType(),
        new SmallMultiplesFigureType(),
        new ScatterFigureType(),
        new AgeStructureFigureType(),
        new PyramidFigureType(),
        new LocatorFigureType(),
        new ReachabilityFigureType(),
        new KreisMapFigureType(),
        new SocialIndexMatrixFigureType(),
    ];
}
