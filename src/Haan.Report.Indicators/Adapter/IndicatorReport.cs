using Haan.Report.Data;
using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Engine;
using Haan.Report.Indicators.Regional;
using Haan.Report.Indicators.SocialIndex;

namespace Haan.Report.Indicators.Adapter;

/// <summary>Everything the report needs from the indicator engine, computed once from the data set.</summary>
public sealed class IndicatorReport
{
    private IndicatorReport(IndicatorResults results, IReadOnlyList<SocialIndexEntry> socialIndex, IReadOnlyList<RegionalColumnResult> regional)
    {
        Results = results;
        SocialIndex = socialIndex;
        Regional = regional;
    }

    /// <summary>The published value set (every indicator × area × year with status) and the audit list.</summary>
    public IndicatorResults Results { get; }

    /// <summary>Sozialindex with status/dynamics classes and the min–max cross-check.</summary>
    public IReadOnlyList<SocialIndexEntry> SocialIndex { get; }

    /// <summary>The town compared with its Kreis (rank and difference per column).</summary>
    public IReadOnlyList<RegionalColumnResult> Regional { get; }

    /// <summary>Columns of the Kreis SGB II table in file order.</summary>
    public static IReadOnlyList<RegionalColumn> KreisColumns { get; } =
    [
        new("SGB II-Quote", "%", 1, Polarity.HigherIsMoreNeed),
        new("ELB-Quote", "%", 1, Polarity.HigherIsMoreNeed),
        new("ELB-Quote Männer", "%", 1, Polarity.HigherIsMoreNeed),
        new("ELB-Quote Frauen", "%", 1, Polarity.HigherIsMoreNeed),
        new("NEF-Quote unter 15", "%", 1, Polarity.HigherIsMoreNeed),
    ];

    /// <summary>Computes the indicators, the Sozialindex and the regional comparison.</summary>
    /// <param name="prior">What earlier versions of the same report year published (null: none).</param>
    /// <param name="townName">Name of the town as a whole in tables and files (bericht.json „stadt.bezeichnung“); null: „Stadt“ and the name in the data.</param>
    public static IndicatorReport Build(DataSet data, IndicatorCatalogue catalogue, Confidentiality.PriorPublication? prior = null, string? townName = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(catalogue);
        var counts = new DataSetCounts(data, townName);
        var unresolved = counts.Unresolvable(catalogue);
        if (unresolved.Count > 0)
        {
            throw new InvalidOperationException("Der Katalog passt nicht zum Datenbestand:" + Environment.NewLine + string.Join(Environment.NewLine, unresolved));
        }

        var results = IndicatorEngine.Compute(catalogue, counts, data.Years, prior);
        var rows = data.KreisSgbII
            .Select(r => new RegionalRow(r.Region, r.Ags,
                [(double)r.SgbIIRate, (double)r.ElbRate, (double)r.ElbRateMen, (double)r.ElbRateWomen, (double)r.NefRateUnder15]))
            .ToList();
        var regional = rows.Count > 0
            ? RegionalComparison.Compute(KreisColumns, rows, data.TownAgs, data.KreisAgs)
            : [];
        return new IndicatorReport(results, SocialIndexCalculator.Compute(results), regional);
    }
}
