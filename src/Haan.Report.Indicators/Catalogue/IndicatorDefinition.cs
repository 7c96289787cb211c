namespace Haan.Report.Indicators.Catalogue;

/// <summary>How an indicator value is formed.</summary>
public enum IndicatorKind
{
    /// <summary>An absolute number (numerator only).</summary>
    Count,

    /// <summary>Numerator / denominator × unit factor.</summary>
    Rate,

    /// <summary>Mean of the town-relative indices (town = 100) of other indicators.</summary>
    Composite,
}

/// <summary>Does a higher value mean more need?</summary>
public enum Polarity
{
    /// <summary>Higher value = more need (rank 1 = highest value).</summary>
    HigherIsMoreNeed,

    /// <summary>Higher value = less need (rank 1 = lowest value).</summary>
    HigherIsLessNeed,

    /// <summary>Descriptive indicator without need direction (no rank).</summary>
    Neutral,
}

/// <summary>
/// One catalogue entry (modelled on KomMonitor's indicator metadata). All texts are German and are used verbatim
/// by the report's methods appendix and <c>docs/METHODEN.md</c>.
/// </summary>
public sealed class IndicatorDefinition
{
    /// <summary>Stable id, e.g. "sgb2_quote".</summary>
    public required string Id { get; init; }

    /// <summary>Full name.</summary>
    public required string Name { get; init; }

    /// <summary>Short name for tables and charts.</summary>
    public required string ShortName { get; init; }

    /// <summary>Topic (Thema), e.g. "Transferleistungen".</summary>
    public required string Topic { get; init; }

    /// <summary>Kind of computation.</summary>
    public required IndicatorKind Kind { get; init; }

    /// <summary>Unit as written in the catalogue: %, ‰, je 100, je 1.000, je 10.000, Verhältnis, Anzahl, Index.</summary>
    public required string Unit { get; init; }

    /// <summary>Numerator (Count/Rate); null for composites.</summary>
    public CountExpression? Numerator { get; init; }

    /// <summary>Denominator (Rate only).</summary>
    public CountExpression? Denominator { get; init; }

    /// <summary>Input indicator ids (Composite only).</summary>
    public IReadOnlyList<string> Components { get; init; } = [];

    /// <summary>Decimals for display.</summary>
    public required int Decimals { get; init; }

    /// <summary>Need direction.</summary>
    public required Polarity Polarity { get; init; }

    /// <summary>Headline indicator (KomMonitor isHeadlineIndicator).</summary>
    public required bool IsHeadline { get; init; }

    /// <summary>Minimum count for publication: numerators 1 … MinCount-1 are suppressed; 0 = no count rule.</summary>
    public required int MinCount { get; init; }

    /// <summary>Denominators below this value are published in parentheses (limited reliability); 0 = no rule.</summary>
    public required int MinDenominator { get; init; }

    /// <summary>Definition text (German).</summary>
    public required string Definition { get; init; }

    /// <summary>Interpretation text (German).</summary>
    public required string Interpretation { get; init; }

    /// <summary>Source office (Datenquelle).</summary>
    public required string Source { get; init; }

    /// <summary>Reference date note (Stichtag).</summary>
    public required string ReferenceDate { get; init; }

    /// <summary>Update interval.</summary>
    public required string UpdateInterval { get; init; }

    /// <summary>Catalogue file name and line, for traceability.</summary>
    public required string Origin { get; init; }

    /// <summary>Factor applied to numerator/denominator for rates.</summary>
    public double Factor => IndicatorCatalogue.UnitFactor(Unit);

    /// <summary>True when changes and deviations are percentage points (unit "%").</summary>
    public bool IsPercent => Unit == "%";

    /// <summary>German unit of changes and deviations: "Pp." for %, "Indexpunkte" for composites, otherwise the unit.</summary>
    public string ChangeUnit => Unit switch
    {
        "%" => "Pp.",
        "Index" => "Indexpunkte",
        _ => Unit,
    };

    /// <summary>German polarity text.</summary>
    public string PolarityText => Polarity switch
    {
        Polarity.HigherIsMoreNeed => "höherer Wert = höherer Handlungsbedarf",
        Polarity.HigherIsLessNeed => "höherer Wert = geringerer Handlungsbedarf",
        _ => "beschreibend (keine Bedarfsrichtung, kein Rang)",
    };

    /// <summary>German formula text, e.g. "sgb2_lb / bev[0-RA] × 100".</summary>
    public string FormulaText => Kind switch
    {
        IndicatorKind.Count => Numerator!.ToString(),
        IndicatorKind.Rate => $"({Numerator}) / ({Denominator}) × {GermanFormat.Number(Factor, 0)}",
        _ => "Mittelwert der Indizes (Stadt = 100) von " + string.Join(", ", Components),
    };
}
