using Haan.Report.Data.Readers;
using Haan.Report.Data.Text;

namespace Haan.Report.Data.Checks;

/// <summary>
/// Movements (bevoelkerungsbewegung.csv) against the population (bevoelkerung.csv): the demographic balance of each
/// Sozialraum (a warning: register data contain corrections) and, for the town, moves between Sozialräume in = out.
/// </summary>
internal static class MovementBalanceCheck
{
    public static void Run(LoadContext context, IReadOnlyDictionary<(int Year, string Key), (PopulationMovementCount Row, int Line)> rows)
    {
        var file = DataFiles.Movements;
        var log = context.Log;
        // Pointless if counts are unreadable.
        foreach (var ((y, key), (m, line)) in context.PopulationIncomplete ? Enumerable.Empty<KeyValuePair<(int Year, string Key), (PopulationMovementCount Row, int Line)>>() : rows)
        {
            if (!context.HasPopulation(y - 1, key) || !context.HasPopulation(y, key))
            {
                continue;
            }

            var before = context.Population(y - 1, key, 0, 999);
            var after = context.Population(y, key, 0, 999);
            var expected = before + m.Births - m.Deaths + m.InTotal - m.OutTotal;
            if (expected != after)
            {
                log.Add(DataMessages.DemographicBalance(log.At(file, line), y, before, expected, DataFiles.Population, after));
            }
        }

        var totals = context.AreasIncomplete ? [] : rows.Values.GroupBy(r => r.Row.Year); // town totals need every area
        foreach (var g in totals)
        {
            var inside = g.Sum(r => r.Row.InFromOtherAreas);
            var outside = g.Sum(r => r.Row.OutToOtherAreas);
            if (inside != outside)
            {
                log.Add(DataMessages.InnerMovesUnbalanced(log.At(file, null, "zuzuege_aus_anderen_sozialraeumen"), g.Key, inside, outside));
            }
        }
    }
}
