using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Confidentiality;
using Haan.Report.Indicators.Counts;

namespace Haan.Report.Indicators.Engine;

/// <summary>
/// Computes every catalogue indicator for every Sozialraum, the town and every year from unrounded counts, applies
/// statistical confidentiality once, and derives changes, deviations, indices and ranks from the published values.
/// </summary>
public static class IndicatorEngine
{
    /// <summary>Runs the engine.</summary>
    /// <param name="prior">What earlier versions of the same report year published (their cells count as known).</param>
    public static IndicatorResults Compute(IndicatorCatalogue catalogue, ICountSource source, IReadOnlyList<int> years, PriorPublication? prior = null)
    {
        prior ??= PriorPublication.None;
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(source);
        var areas = source.Areas;
        var townArea = Area.Town(source.TownName);
        var allAreas = areas.Append(townArea).ToList();
        var sortedYears = years.OrderBy(y => y).ToList();

        // 1. Raw counts (town = sum over the Sozialräume).
        var keyCache = new Dictionary<(CountKey, string, int), double?>();
        double? Key(CountKey key, string areaId, int year)
        {
            if (keyCache.TryGetValue((key, areaId, year), out var cached))
            {
                return cached;
            }

            double? value;
            if (areaId == Area.TownId)
            {
                value = 0;
                foreach (var area in areas)
                {
                    value = Key(key, area.Id, year) is { } v && value is { } s ? s + v : null;
                }
            }
            else
            {
                value = source.Get(key, areaId, year);
            }

            keyCache[(key, areaId, year)] = value;
            return value;
        }

        double? Eval(CountExpression e, string areaId, int year) => e.Evaluate(k => Key(k, areaId, year));

        // 2. Confidentiality over all numerator (and connected denominator) cells.
        var counted = catalogue.Indicators.Where(i => i.Kind != IndicatorKind.Composite).ToList();
        var minCounts = new Dictionary<CountExpression, int>();
        foreach (var indicator in counted.Where(i => i.MinCount > 0))
        {
            minCounts[indicator.Numerator!] = Math.Max(minCounts.GetValueOrDefault(indicator.Numerator!), indicator.MinCount);
        }

        // Components of published sums that are not published themselves are protected as hidden cells.
        var hidden = new HashSet<CountExpression>();
        foreach (var (expression, min) in minCounts.ToList())
        {
            if (expression.Terms.Count < 2)
            {
                continue;
            }

            var hiddenTerms = new List<CountTerm>();
            foreach (var term in expression.Terms)
            {
                var single = CountExpression.Of(term.Key);
                if (!minCounts.ContainsKey(single) || hidden.Contains(single))
                {
                    hidden.Add(single);
                    hiddenTerms.Add(term);
                    minCounts[single] = Math.Max(minCounts.GetValueOrDefault(single), min);
                }
            }

            // The sum of all unpublished terms is derivable (published sum minus published terms): protect it too.
            if (hiddenTerms.Count >= 2 && hiddenTerms.Count < expression.Terms.Count)
            {
                var residual = CountExpression.FromTerms(hiddenTerms);
                hidden.Add(residual);
                minCounts[residual] = Math.Max(minCounts.GetValueOrDefault(residual), min);
            }
        }

        var confidentialKeys = ConfidentialKeyClosure(minCounts.Keys, source.Relations);
        var modelled = counted.SelectMany(i => new[] { i.Numerator, i.Denominator })
            .OfType<CountExpression>()
            .Where(e => e.Terms.Any(t => confidentialKeys.Contains(t.Key)))
            .Concat(hidden)
            .Distinct()
            .ToList();
        hidden.ExceptWith(counted.SelectMany(i => new[] { i.Numerator, i.Denominator }).OfType<CountExpression>());
        var suppressor = new CellSuppressor(areas, source.Relations, townArea.Name);

        // Count cells behind the indicator cells of earlier versions: a shown rate or count reveals its numerator
        // (the denominators are published), a suppressed one marks the earlier pattern.
        var knownBefore = new HashSet<CountCell>();
        var suppressedBefore = new HashSet<CountCell>();
        foreach (var indicator in counted)
        {
            foreach (var area in allAreas)
            {
                foreach (var year in sortedYears)
                {
                    var numerator = Eval(indicator.Numerator!, area.Id, year);
                    var denominator = indicator.Denominator is null ? null : Eval(indicator.Denominator, area.Id, year);
                    if (prior.Shown.TryGetValue((indicator.Id, area.Id, year), out var earlier)
                        && earlier.Any(cell => Unchanged(cell, indicator, numerator, denominator)))
                    {
                        knownBefore.Add(new CountCell(indicator.Numerator!, area.Id, year));
                        if (indicator.Denominator is not null)
                        {
                            knownBefore.Add(new CountCell(indicator.Denominator, area.Id, year));
                        }
                    }
                    else if (prior.Suppressed.Contains((indicator.Id, area.Id, year)))
                    {
                        suppressedBefore.Add(new CountCell(indicator.Numerator!, area.Id, year));
                    }
                }
            }
        }

        var countStatus = new Dictionary<CountCell, CellStatus>();
        var audit = new List<SuppressionAuditEntry>();
        foreach (var year in sortedYears)
        {
            var values = new Dictionary<CountCell, double?>();
            foreach (var expression in modelled)
            {
                foreach (var area in allAreas)
                {
                    values[new CountCell(expression, area.Id, year)] = Eval(expression, area.Id, year);
                }
            }

            var result = suppressor.Run(year, values, minCounts, hidden, knownBefore, suppressedBefore);
            foreach (var (cell, status) in result.Status)
            {
                countStatus[cell] = status;
            }

            audit.AddRange(result.Audit);
        }

        CellStatus StatusOf(CountExpression? e, string areaId, int year) =>
            e is not null && countStatus.TryGetValue(new CountCell(e, areaId, year), out var s) ? s : CellStatus.Published;

        // 3. Values of counts and rates.
        var output = new Dictionary<(string, string, int), IndicatorValue>();
        var ordered = new List<IndicatorValue>();
        foreach (var indicator in catalogue.Indicators)
        {
            var inputs = InputsOf(indicator, catalogue, source);
            foreach (var year in sortedYears)
            {
                foreach (var area in allAreas)
                {
                    var cell = indicator.Kind == IndicatorKind.Composite
                        ? Composite(indicator, area, year, output, inputs, audit)
                        : Counted(indicator, area, year, Eval, StatusOf, inputs, audit);
                    output[(indicator.Id, area.Id, year)] = cell;
                    ordered.Add(cell);
                }
            }
        }

        // 4. Changes, deviation, index, rank.
        foreach (var cell in ordered)
        {
            if (!cell.Status.HasValue())
            {
                continue;
            }

            var v = cell.Value!.Value;
            foreach (var lag in new[] { 1, 4 })
            {
                if (output.TryGetValue((cell.IndicatorId, cell.AreaId, cell.Year - lag), out var earlier) && earlier.Status.HasValue())
                {
                    var e = earlier.Value!.Value;
                    var change = v - e;
                    double? percent = cell.Definition.Kind == IndicatorKind.Count && e != 0 ? ((v / e) - 1) * 100 : null;
                    if (lag == 1) { cell.Change1 = change; cell.ChangePercent1 = percent; }
                    else { cell.Change4 = change; cell.ChangePercent4 = percent; }
                }
            }

            var town = output[(cell.IndicatorId, Area.TownId, cell.Year)];
            if (town.Status.HasValue())
            {
                cell.DeviationFromTown = v - town.Value!.Value;
                cell.Index = town.Value!.Value != 0 ? v / town.Value!.Value * 100 : null;
            }
        }

        foreach (var indicator in catalogue.Indicators.Where(i => i.Polarity != Polarity.Neutral))
        {
            foreach (var year in sortedYears)
            {
                var ranked = areas.Select(a => output[(indicator.Id, a.Id, year)]).Where(c => c.Status.HasValue()).ToList();
                foreach (var cell in ranked)
                {
                    var mine = cell.RoundedValue!.Value;
                    cell.Rank = 1 + ranked.Count(o => indicator.Polarity == Polarity.HigherIsMoreNeed
                        ? o.RoundedValue!.Value > mine
                        : o.RoundedValue!.Value < mine);
                    cell.RankCount = ranked.Count;
                }
            }
        }

        return new IndicatorResults(catalogue, areas, townArea, sortedYears, ordered, countStatus, audit);
    }

    /// <summary>
    /// True when the count behind a cell one earlier version showed is still the same: then it is known to everyone.
    /// A changed count (a correction) is not known — the attacker only has the old one. Decided exactly from the
    /// internal record of the earlier version; without it (record lost), by the display text, on the safe side: a
    /// text that also fits the new count counts as known, even where it fits more than one count (a town rate „4,5“
    /// over 20.000 inhabitants). That can leave a new small count without any partner; the suppressor then refuses
    /// (<see cref="ProtectionImpossibleException"/>) instead of publishing.
    /// </summary>
    private static bool Unchanged(PriorCell earlier, IndicatorDefinition indicator, double? numerator, double? denominator)
    {
        if (earlier.HasExactCounts)
        {
            return earlier.Numerator == numerator && (indicator.Denominator is null || earlier.Denominator == denominator);
        }

        return numerator is { } n && Shows(earlier.Display, indicator, n, denominator);
    }

    /// <summary>True when a cell with this numerator and denominator would show <paramref name="display"/>.</summary>
    private static bool Shows(string display, IndicatorDefinition indicator, double numerator, double? denominator)
    {
        double? value = indicator.Kind == IndicatorKind.Rate
            ? (denominator is > 0 ? numerator / denominator * indicator.Factor : null)
            : numerator;

        // Compared with the very texts a shown cell can have (plain, bracketed, „–“ for exactly zero), so that no
        // display form of an earlier version is mistaken for a changed value.
        return value is { } v
            && (display == CellFormat.Cell(v, CellStatus.Published, indicator.Decimals)
                || display == CellFormat.Cell(v, CellStatus.LowReliability, indicator.Decimals));
    }

    private static HashSet<CountKey> ConfidentialKeyClosure(IEnumerable<CountExpression> expressions, IReadOnlyList<CountRelation> relations)
    {
        var keys = new HashSet<CountKey>(expressions.SelectMany(e => e.Terms.Select(t => t.Key)));
        bool grown;
        do
        {
            grown = false;
            foreach (var relation in relations)
            {
                var members = relation.Children.Append(relation.Parent).ToList();
                if (members.Any(keys.Contains) && !members.All(keys.Contains))
                {
                    keys.UnionWith(members);
                    grown = true;
                }
            }
        }
        while (grown);
        return keys;
    }

    private static IReadOnlyList<string> InputsOf(IndicatorDefinition indicator, IndicatorCatalogue catalogue, ICountSource source)
    {
        IEnumerable<CountKey> keys = indicator.Kind == IndicatorKind.Composite
            ? indicator.Components.Select(c => catalogue[c]).SelectMany(c => KeysOf(c))
            : KeysOf(indicator);
        return new[] { catalogue.FileName }
            .Concat(keys.SelectMany(source.InputFiles))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        static IEnumerable<CountKey> KeysOf(IndicatorDefinition d) =>
            new[] { d.Numerator, d.Denominator }.OfType<CountExpression>().SelectMany(e => e.Terms.Select(t => t.Key));
    }

    private static IndicatorValue Counted(
        IndicatorDefinition indicator,
        Area area,
        int year,
        Func<CountExpression, string, int, double?> eval,
        Func<CountExpression?, string, int, CellStatus> statusOf,
        IReadOnlyList<string> inputs,
        List<SuppressionAuditEntry> audit)
    {
        var numerator = eval(indicator.Numerator!, area.Id, year);
        var denominator = indicator.Denominator is null ? null : eval(indicator.Denominator, area.Id, year);
        var numeratorStatus = statusOf(indicator.Numerator, area.Id, year);
        var denominatorStatus = statusOf(indicator.Denominator, area.Id, year);

        CellStatus status;
        double? value = null;
        if (numerator is null || (indicator.Kind == IndicatorKind.Rate && denominator is null))
        {
            status = CellStatus.NotAvailable;
        }
        else if (numeratorStatus.IsSuppressed() || denominatorStatus.IsSuppressed())
        {
            status = CellStatus.Suppressed;
            var reason = numeratorStatus.IsSuppressed()
                ? $"Zähler „{indicator.Numerator}“ {numeratorStatus.GermanLabel()}"
                : $"Nenner „{indicator.Denominator}“ {denominatorStatus.GermanLabel()}";
            audit.Add(new SuppressionAuditEntry(indicator.Id, area.Id, year, SuppressionKind.Inherited, reason));
        }
        else if (indicator.Kind == IndicatorKind.Rate && denominator == 0)
        {
            status = CellStatus.NotMeaningful;
        }
        else
        {
            value = indicator.Kind == IndicatorKind.Rate ? numerator / denominator * indicator.Factor : numerator;
            status = indicator.MinDenominator > 0 && (indicator.Kind == IndicatorKind.Rate ? denominator : numerator) < indicator.MinDenominator
                ? CellStatus.LowReliability
                : CellStatus.Published;
        }

        var shown = status.HasValue() || status == CellStatus.NotMeaningful;
        return new IndicatorValue
        {
            Definition = indicator,
            AreaId = area.Id,
            AreaName = area.Name,
            Year = year,
            Value = value,
            Status = status,
            Numerator = shown ? numerator : null,
            Denominator = shown ? denominator : null,
            Inputs = inputs,
        };
    }

    private static IndicatorValue Composite(
        IndicatorDefinition indicator,
        Area area,
        int year,
        Dictionary<(string, string, int), IndicatorValue> output,
        IReadOnlyList<string> inputs,
        List<SuppressionAuditEntry> audit)
    {
        var parts = indicator.Components.Select(c => (Cell: output[(c, area.Id, year)], Town: output[(c, Area.TownId, year)])).ToList();
        CellStatus status;
        double? value = null;
        if (parts.FirstOrDefault(p => p.Cell.Status.IsSuppressed()) is { Cell: not null } suppressed)
        {
            status = CellStatus.Suppressed;
            audit.Add(new SuppressionAuditEntry(indicator.Id, area.Id, year, SuppressionKind.Inherited,
                $"Eingangsindikator „{suppressed.Cell.IndicatorId}“ {suppressed.Cell.Status.GermanLabel()}"));
        }
        else if (parts.Any(p => p.Cell.Status == CellStatus.NotAvailable || p.Town.Status == CellStatus.NotAvailable))
        {
            status = CellStatus.NotAvailable;
        }
        else if (parts.Any(p => !p.Cell.Status.HasValue() || !p.Town.Status.HasValue() || p.Town.Value == 0))
        {
            status = CellStatus.NotMeaningful;
        }
        else
        {
            value = parts.Average(p => p.Cell.Value!.Value / p.Town.Value!.Value * 100);
            status = parts.Any(p => p.Cell.Status == CellStatus.LowReliability) ? CellStatus.LowReliability : CellStatus.Published;
        }

        return new IndicatorValue
        {
            Definition = indicator,
            AreaId = area.Id,
            AreaName = area.Name,
            Year = year,
            Value = value,
            Status = status,
            Inputs = inputs,
        };
    }
}
