namespace Haan.Report.Composition.Documents.Blocks;

/// <summary>
/// The one list of directives, in the order of docs/VORLAGEN.md: the dispatch, the „Erlaubt: …“ message and the
/// documentation all read this list.
/// </summary>
internal static class DirectiveTypes
{
    public static IReadOnlyList<IDirectiveType> All { get; } =
    [
        new FigureDirective(),
        new TableDirective(),
        new NoticeDirective(),
        new PageBreakDirective(),
        new RowDirective(),
        new ContentsDirective(),
        new ListOfFiguresDirective(),
        new ListOfTablesDirective(),
    ];
}
