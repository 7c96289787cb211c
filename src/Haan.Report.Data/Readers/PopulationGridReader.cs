using Haan.Report.Data.Reading;
using Haan.Report.Data.Text;

namespace Haan.Report.Data.Readers;

/// <summary>Reads <c>bevoelkerung_raster.csv</c>: 100-m cells with age groups; each cell's centre must lie in its Sozialraum.</summary>
internal static class PopulationGridReader
{
    /// <summary>The cells and the line of each (year, east, north).</summary>
    public static (List<PopulationGridCell> Cells, Dictionary<(int Year, int East, int North), int> Lines) Read(LoadContext context)
    {
        var file = DataFiles.PopulationGrid;
        var log = context.Log;
        var list = new List<PopulationGridCell>();
        var seen = new Dictionary<(int, int, int), int>();
        var rows = context.ReadCsv(file);
        if (rows is null)
        {
            return (list, seen);
        }

        foreach (var row in rows)
        {
            var year = row.Year();
            var key = context.AreaKey(row);
            var e = row.Integer("rechtswert", 250_000, 550_000, "Rechtswert der linken unteren Ecke in EPSG:25832, Vielfaches von 100");
            var n = row.Integer("hochwert", 5_550_000, 5_850_000, "Hochwert der linken unteren Ecke in EPSG:25832, Vielfaches von 100");
            int?[] g = [row.Count("alter_0_5"), row.Count("alter_6_17"), row.Count("alter_18_64"), row.Count("alter_65_plus")];
            if (year is not int y || key is null || e is not int x || n is not int z || g.Any(v => v is null))
            {
                continue;
            }

            if (x % PopulationGridCell.CellSize != 0 || z % PopulationGridCell.CellSize != 0)
            {
                log.Add(DataMessages.GridCellOffGrid(row.At(x % 100 != 0 ? "rechtswert" : "hochwert"), x, z));
                continue;
            }

            if (seen.TryGetValue((y, x, z), out var first))
            {
                log.Add(DataMessages.DuplicateGridCell(row.At(null), x, z, first));
                continue;
            }

            seen[(y, x, z)] = row.Line;
            if (context.Years.Count > 0 && !context.Years.Contains(y))
            {
                log.Add(DataMessages.YearNotInPopulation(row.At("jahr"), y, DataFiles.Population, context.YearRange()));
                continue;
            }

            var cell = new PopulationGridCell(y, key, x, z, g[0]!.Value, g[1]!.Value, g[2]!.Value, g[3]!.Value);
            if (context.PreparedAreas.TryGetValue(key, out var area) && !area.Contains(LoadContext.Factory.CreatePoint(cell.Centre)))
            {
                log.Add(DataMessages.GridCellNotInArea(row.At("sozialraum"), key, x + 50, z + 50));
                continue;
            }

            list.Add(cell);
        }

        return (list, seen);
    }
}
