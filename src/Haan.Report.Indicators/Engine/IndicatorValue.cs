using Haan.Report.Indicators.Catalogue;

namespace Haan.Report.Indicators.Engine;

/// <summary>
/// One published cell: indicator × area (or "Stadt Haan") × year. Everything downstream (tables, charts, maps,
/// exports, sentences) reads this object, so every cell has one status everywhere. Values are unrounded; round only for
/// display via <see cref="GermanFormat"/> (or <see cref="Display"/>).
/// </summary>
public sealed class IndicatorValue
{
    /// <summary>Catalogue entry.</summary>
    public required IndicatorDefinition Definition { get; init; }

    /// <summary>Indicator id (traceability).</summary>
    public string IndicatorId => Definition.Id;

    /// <summary>Area id (SR01 … or STADT for the town).</summary>
    public required string AreaId { get; init; }

    /// <summary>Area name.</summary>
    public required string AreaName { get; init; }

    /// <summary>True for the town row.</summary>
    public bool IsTown => AreaId == Counts.Area.TownId;

    /// <summary>Reference year.</summary>
    public required int Year { get; init; }

    /// <summary>Value (unrounded); null unless <see cref="Status"/> shows a value.</summary>
    public double? Value { get; init; }

    /// <summary>Publication status.</summary>
    public required CellStatus Status { get; init; }

    /// <summary>Numerator (unrounded count); null when suppressed, not available, or for composites.</summary>
    public double? Numerator { get; init; }

    /// <summary>Denominator; null when suppressed, not available, or for counts/composites.</summary>
    public double? Denominator { get; init; }

    /// <summary>Change against the previous year (percentage points for %, index points for composites, else the unit).</summary>
    public double? Change1 { get; set; }

    /// <summary>Change against four years earlier (same unit as <see cref="Change1"/>).</summary>
    public double? Change4 { get; set; }

    /// <summary>Relative change against the previous year in % (counts only).</summary>
    public double? ChangePercent1 { get; set; }

    /// <summary>Relative change against four years earlier in % (counts only).</summary>
    public double? ChangePercent4 { get; set; }

    /// <summary>Value minus town value (percentage points for %).</summary>
    public double? DeviationFromTown { get; set; }

    /// <summary>Value / town value × 100 (town = 100).</summary>
    public double? Index { get; set; }

    /// <summary>Rank among the Sozialräume with a shown value (1 = highest need, by polarity); null for the town and neutral indicators.</summary>
    public int? Rank { get; set; }

    /// <summary>Number of ranked Sozialräume in this indicator and year.</summary>
    public int RankCount { get; set; }

    /// <summary>Input files: the catalogue file and every data file behind numerator and denominator.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>Value rounded for display (half away from zero), or null.</summary>
    public double? RoundedValue => Value is { } v ? GermanFormat.Round(v, Definition.Decimals) : null;

    /// <summary>German display text following the Zeichenerklärung ("7,9", "(7,9)", ".", "x").</summary>
    public string Display => CellFormat.Cell(Value, Status, Definition.Decimals);

    /// <summary>German display text of <see cref="Change1"/> ("+0,4" or "."), with the decimals of the indicator.</summary>
    public string DisplayChange1 => Change1 is { } c ? GermanFormat.Signed(c, Definition.Decimals) : GermanFormat.SuppressedSymbol;

    /// <summary>German display text of <see cref="Change4"/>.</summary>
    public string DisplayChange4 => Change4 is { } c ? GermanFormat.Signed(c, Definition.Decimals) : GermanFormat.SuppressedSymbol;

    /// <summary>German display text of <see cref="DeviationFromTown"/>.</summary>
    public string DisplayDeviation => DeviationFromTown is { } c ? GermanFormat.Signed(c, Definition.Decimals) : GermanFormat.SuppressedSymbol;

    /// <summary>German display text of <see cref="Index"/> (no decimals).</summary>
    public string DisplayIndex => Index is { } c ? GermanFormat.Number(c, 0) : GermanFormat.SuppressedSymbol;
}
