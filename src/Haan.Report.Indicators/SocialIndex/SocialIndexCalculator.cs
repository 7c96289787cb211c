using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Engine;

namespace Haan.Report.Indicators.SocialIndex;

/// <summary>Status class (Berlin MSS wording: high status = low social burden).</summary>
public enum StatusClass
{
    /// <summary>Status hoch: index below <see cref="SocialIndexThresholds.High"/>.</summary>
    Hoch,

    /// <summary>Status mittel.</summary>
    Mittel,

    /// <summary>Status niedrig.</summary>
    Niedrig,

    /// <summary>Status sehr niedrig: index at or above <see cref="SocialIndexThresholds.VeryLow"/>.</summary>
    SehrNiedrig,
}

/// <summary>Dynamics class over two years (Berlin MSS wording).</summary>
public enum DynamicsClass
{
    /// <summary>Index fell by at least the threshold: relative improvement.</summary>
    Positiv,

    /// <summary>Change smaller than the threshold.</summary>
    Stabil,

    /// <summary>Index rose by at least the threshold: relative deterioration.</summary>
    Negativ,
}

/// <summary>Documented, fixed class breaks (no quantiles: with 7 areas they are unstable).</summary>
public sealed record SocialIndexThresholds(double High = 80, double Low = 120, double VeryLow = 150, double Dynamics = 5, int RankDisagreement = 2)
{
    /// <summary>The thresholds used in the report.</summary>
    public static SocialIndexThresholds Default { get; } = new();
}

/// <summary>Sozialindex of one Sozialraum and year.</summary>
public sealed class SocialIndexEntry
{
    /// <summary>Area id.</summary>
    public required string AreaId { get; init; }

    /// <summary>Area name.</summary>
    public required string AreaName { get; init; }

    /// <summary>Year.</summary>
    public required int Year { get; init; }

    /// <summary>Status index (town = 100), from the composite catalogue indicator; null when suppressed.</summary>
    public double? StatusIndex { get; init; }

    /// <summary>Status class from the status index rounded for display.</summary>
    public StatusClass? Status { get; init; }

    /// <summary>Change of the status index against two years earlier, in index points.</summary>
    public double? Dynamics { get; init; }

    /// <summary>Dynamics class.</summary>
    public DynamicsClass? DynamicsClass { get; init; }

    /// <summary>KomMonitor-style cross-check: mean of the min–max normalised core indicators (0 = lowest, 1 = highest need).</summary>
    public double? MinMaxIndex { get; init; }

    /// <summary>Rank by status index (1 = highest need).</summary>
    public int? StatusRank { get; init; }

    /// <summary>Rank by min–max index (1 = highest need).</summary>
    public int? MinMaxRank { get; init; }

    /// <summary>True when the two ranks differ by at least <see cref="SocialIndexThresholds.RankDisagreement"/>.</summary>
    public bool MethodsDisagree { get; init; }

    /// <summary>German combined class, e.g. "niedrig / negativ"; "." when not available.</summary>
    public string ClassText => Status is null
        ? GermanFormat.SuppressedSymbol
        : StatusText(Status.Value) + " / " + (DynamicsClass is { } d ? DynamicsText(d) : "–");

    /// <summary>German text printed when the two methods disagree, else empty.</summary>
    public string DisagreementText => MethodsDisagree
        ? $"Statusindex (Rang {StatusRank}) und Min-Max-Index (Rang {MinMaxRank}) ordnen {AreaName} unterschiedlich ein."
        : string.Empty;

    /// <summary>German status label.</summary>
    public static string StatusText(StatusClass c) => c switch
    {
        StatusClass.Hoch => "hoch",
        StatusClass.Mittel => "mittel",
        StatusClass.Niedrig => "niedrig",
        _ => "sehr niedrig",
    };

    /// <summary>German dynamics label.</summary>
    public static string DynamicsText(DynamicsClass c) => c switch
    {
        SocialIndex.DynamicsClass.Positiv => "positiv",
        SocialIndex.DynamicsClass.Stabil => "stabil",
        _ => "negativ",
    };
}

/// <summary>
/// Sozialindex in the style of Berlin's Monitoring Soziale Stadtentwicklung, adapted to 7 Sozialräume:
/// status = composite catalogue indicator (mean of the town-relative indices of the core indicators, town = 100),
/// fixed class breaks, dynamics = change of the status index over two years, and a KomMonitor-style
/// rank/min–max index as a cross-check. Reads only published values, so suppression is inherited.
/// </summary>
public static class SocialIndexCalculator
{
    /// <summary>Computes the entries for all Sozialräume and years.</summary>
    public static IReadOnlyList<SocialIndexEntry> Compute(IndicatorResults results, string compositeId = "sozialindex", SocialIndexThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        thresholds ??= SocialIndexThresholds.Default;
        var composite = results.Catalogue[compositeId];
        if (composite.Kind != IndicatorKind.Composite)
        {
            throw new ArgumentException($"„{compositeId}“ ist kein Komposit-Indikator.", nameof(compositeId));
        }

        var entries = new List<SocialIndexEntry>();
        foreach (var year in results.Years)
        {
            // Min–max per core indicator over the Sozialräume with a shown value.
            var minMax = new Dictionary<string, double?>();
            foreach (var area in results.Areas)
            {
                minMax[area.Id] = 0;
            }

            foreach (var component in composite.Components)
            {
                var cells = results.Areas.Select(a => results.Get(component, a.Id, year)).ToList();
                var shown = cells.Where(c => c.Status.HasValue()).Select(c => c.Value!.Value).ToList();
                foreach (var cell in cells)
                {
                    if (!cell.Status.HasValue() || shown.Count < 2 || minMax[cell.AreaId] is null)
                    {
                        minMax[cell.AreaId] = null;
                        continue;
                    }

                    var (min, max) = (shown.Min(), shown.Max());
                    var normalised = max > min ? (cell.Value!.Value - min) / (max - min) : 0.5;
                    minMax[cell.AreaId] += normalised / composite.Components.Count;
                }
            }

            var statusRanks = Ranks(results.Areas.ToDictionary(a => a.Id, a => results.Get(compositeId, a.Id, year).RoundedValue));
            var minMaxRanks = Ranks(minMax.ToDictionary(kv => kv.Key, kv => kv.Value is { } v ? GermanFormat.Round(v, 3) : (double?)null));

            foreach (var area in results.Areas)
            {
                var cell = results.Get(compositeId, area.Id, year);
                var earlier = results.Find(compositeId, area.Id, year - 2);
                double? dynamics = cell.Status.HasValue() && earlier is not null && earlier.Status.HasValue()
                    ? cell.Value!.Value - earlier.Value!.Value
                    : null;
                var statusRank = statusRanks[area.Id];
                var minMaxRank = minMaxRanks[area.Id];
                entries.Add(new SocialIndexEntry
                {
                    AreaId = area.Id,
                    AreaName = area.Name,
                    Year = year,
                    StatusIndex = cell.Status.HasValue() ? cell.Value : null,
                    Status = cell.RoundedValue is { } r ? Classify(r, thresholds) : null,
                    Dynamics = dynamics,
                    DynamicsClass = dynamics is { } d ? ClassifyDynamics(GermanFormat.Round(d, composite.Decimals), thresholds) : null,
                    MinMaxIndex = minMax[area.Id],
                    StatusRank = statusRank,
                    MinMaxRank = minMaxRank,
                    MethodsDisagree = statusRank is { } sr && minMaxRank is { } mr && Math.Abs(sr - mr) >= thresholds.RankDisagreement,
                });
            }
        }

        return entries;
    }

    /// <summary>Status class of a (rounded) status index.</summary>
    public static StatusClass Classify(double statusIndex, SocialIndexThresholds thresholds) => statusIndex switch
    {
        _ when statusIndex < thresholds.High => StatusClass.Hoch,
        _ when statusIndex < thresholds.Low => StatusClass.Mittel,
        _ when statusIndex < thresholds.VeryLow => StatusClass.Niedrig,
        _ => StatusClass.SehrNiedrig,
    };

    /// <summary>Dynamics class of a (rounded) two-year change in index points.</summary>
    public static DynamicsClass ClassifyDynamics(double change, SocialIndexThresholds thresholds) =>
        change <= -thresholds.Dynamics ? DynamicsClass.Positiv
        : change >= thresholds.Dynamics ? DynamicsClass.Negativ
        : DynamicsClass.Stabil;

    private static Dictionary<string, int?> Ranks(Dictionary<string, double?> values) =>
        values.ToDictionary(
            kv => kv.Key,
            kv => kv.Value is { } v ? 1 + values.Values.Count(o => o is { } ov && ov > v) : (int?)null);
}
