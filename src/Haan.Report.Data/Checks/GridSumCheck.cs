using Haan.Report.Data.Readers;
using Haan.Report.Data.Text;

namespace Haan.Report.Data.Checks;

/// <summary>The grid (bevoelkerung_raster.csv) against the population (bevoelkerung.csv): equal sums per Sozialraum, year and age group.</summary>
internal static class GridSumCheck
{
    public static void Run(LoadContext context, IReadOnlyList<PopulationGridCell> cells, IReadOnlyDictionary<(int Year, int East, int North), int> lines)
    {
        var file = DataFiles.PopulationGrid;
        var log = context.Log;
        (string Column, int Min, int Max, Func<PopulationGridCell, int> Get)[] groups =
        [
            ("alter_0_5", 0, 6, c => c.Age0To5), ("alter_6_17", 6, 18, c => c.Age6To17), ("alter_18_64", 18, 65, c => c.Age18To64), ("alter_65_plus", 65, 999, c => c.Age65Plus),
        ];
        var cellsByArea = cells.GroupBy(c => (c.Year, c.AreaKey)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var y in context.PopulationIncomplete ? Enumerable.Empty<int>() : cells.Select(c => c.Year).Distinct().Order())
        {
            foreach (var key in context.AreaKeys)
            {
                var cellsOfArea = cellsByArea.GetValueOrDefault((y, key)) ?? [];
                foreach (var (column, min, max, get) in groups)
                {
                    var gridSum = cellsOfArea.Sum(get);
                    var popSum = context.Population(y, key, min, max);
                    if (gridSum != popSum)
                    {
                        var at = cells.Where(c => c.Year == y && c.AreaKey == key).Select(c => lines[(c.Year, c.East, c.North)]).DefaultIfEmpty(0).Min();
                        log.Add(DataMessages.GridSumMismatch(log.At(file, at == 0 ? null : at, column), key, y, gridSum, DataFiles.Population, popSum));
                    }
                }
            }
        }
    }
}
