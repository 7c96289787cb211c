using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Confidentiality;
using Haan.Report.Indicators.Counts;

namespace Haan.Report.Indicators.Engine;

/// <summary>
/// The one published value set of the report: every indicator × area (Sozialräume and the town) × year with its
/// status, the status of every count cell, and the suppression audit list (without values).
/// </summary>
public sealed class IndicatorResults
{
    private readonly Dictionary<(string Indicator, string Area, int Year), IndicatorValue> cells;

    internal IndicatorResults(
        IndicatorCatalogue catalogue,
        IReadOnlyList<Area> areas,
        Area town,
        IReadOnlyList<int> years,
        IReadOnlyList<IndicatorValue> values,
        IReadOnlyDictionary<CountCell, CellStatus> countStatus,
        IReadOnlyList<SuppressionAuditEntry> audit)
    {
        Catalogue = catalogue;
        Areas = areas;
        Town = town;
        Years = years;
        Values = values;
        CountStatus = countStatus;
        Audit = audit;
        cells = values.ToDictionary(v => (v.IndicatorId, v.AreaId, v.Year));
    }

    /// <summary>The catalogue (texts for the methods appendix).</summary>
    public IndicatorCatalogue Catalogue { get; }

    /// <summary>Sozialräume in report order (without the town).</summary>
    public IReadOnlyList<Area> Areas { get; }

    /// <summary>Sozialräume followed by the town.</summary>
    public IReadOnlyList<Area> AreasWithTown => [.. Areas, Town];

    /// <summary>The town as a whole (id <see cref="Area.TownId"/>, name from the count source).</summary>
    public Area Town { get; }

    /// <summary>Years, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>Latest year.</summary>
    public int LatestYear => Years[^1];

    /// <summary>All cells.</summary>
    public IReadOnlyList<IndicatorValue> Values { get; }

    /// <summary>Status of every count cell that takes part in statistical confidentiality.</summary>
    public IReadOnlyDictionary<CountCell, CellStatus> CountStatus { get; }

    /// <summary>Audit list: suppressed count cells (primary/secondary) and inherited indicator cells, never values.</summary>
    public IReadOnlyList<SuppressionAuditEntry> Audit { get; }

    /// <summary>One cell.</summary>
    public IndicatorValue Get(string indicatorId, string areaId, int year) => cells[(indicatorId, areaId, year)];

    /// <summary>One cell or null.</summary>
    public IndicatorValue? Find(string indicatorId, string areaId, int year) => cells.GetValueOrDefault((indicatorId, areaId, year));

    /// <summary>All cells of an indicator and year in report order (Sozialräume, then the town).</summary>
    public IReadOnlyList<IndicatorValue> Table(string indicatorId, int year) =>
        AreasWithTown.Select(a => Get(indicatorId, a.Id, year)).ToList();

    /// <summary>Time series of an indicator for one area.</summary>
    public IReadOnlyList<IndicatorValue> Series(string indicatorId, string areaId) =>
        Years.Select(y => Get(indicatorId, areaId, y)).ToList();
}
