namespace Haan.Report.Indicators;

/// <summary>Display text of a published cell by its status, following the Zeichenerklärung of official statistics.</summary>
public static class CellFormat
{
    /// <summary>
    /// Text for a published value set cell: exactly zero → "–", suppressed → ".", not meaningful → "x", not available
    /// → "…", low reliability → "(7,9)".
    /// </summary>
    public static string Cell(double? value, CellStatus status, int decimals) => status switch
    {
        CellStatus.Published when value is 0d => GermanFormat.NothingSymbol,
        CellStatus.Published when value is { } v => GermanFormat.Number(v, decimals),
        CellStatus.NotAvailable => GermanFormat.NotAvailableSymbol,
        CellStatus.LowReliability when value is { } v => "(" + GermanFormat.Number(v, decimals) + ")",
        CellStatus.NotMeaningful => GermanFormat.NotMeaningfulSymbol,
        _ => GermanFormat.SuppressedSymbol,
    };

    /// <summary>The symbol of official statistics for a status ("." for suppressed, "…" not available, "x", "( )", "").</summary>
    public static string Symbol(CellStatus status) => status switch
    {
        CellStatus.Published => string.Empty,
        CellStatus.LowReliability => "( )",
        CellStatus.NotMeaningful => GermanFormat.NotMeaningfulSymbol,
        CellStatus.NotAvailable => GermanFormat.NotAvailableSymbol,
        _ => GermanFormat.SuppressedSymbol,
    };
}
