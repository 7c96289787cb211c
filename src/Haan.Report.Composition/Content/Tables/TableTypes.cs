namespace Haan.Report.Composition.Content.Tables;

/// <summary>
/// The one list of table types, in the order of docs/VORLAGEN.md. A type exists only by being listed here: the
/// dispatch, the „Erlaubt: …“ message and the documentation all read this list.
/// </summary>
internal static class TableTypes
{
    public static IReadOnlyList<ITableType> All { get; } =
    [
        new IndicatorTableType(),
        new TimeSeriesTableType(),
        new ProfileTableType(),
        new KreisTableType(),
        new CatalogueTableType(),
        new SchoolsTableType(),
        new SourcesTableType(),
        new SymbolsTableType(),
        new ConfidentialityTableType(),
        new SocialIndexTableType(),
    ];
}
