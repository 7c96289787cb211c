using NetTopologySuite.Geometries;

namespace Haan.Report.Indicators.Spatial;

/// <summary>A populated grid cell: its centre (EPSG:25832, metres), Sozialraum and the persons of the group of interest.</summary>
public sealed record GridPopulation(string AreaId, Coordinate Centre, double Persons);

/// <summary>Persons of a group within reach and in total, per Sozialraum.</summary>
public sealed record Reach(double WithinRadius, double Total);

/// <summary>
/// Share of a population group living near a facility, from the 100 m population grid: a cell counts as within reach
/// when the Euclidean distance (EPSG:25832, metres) from its centre to the nearest facility point is at most the radius;
/// then all persons of the cell count. No street network, no barriers (documented as "Luftlinie").
/// </summary>
public static class GridAccessibility
{
    /// <summary>Persons within <paramref name="radiusMetres"/> of any facility and in total, per area id.</summary>
    public static IReadOnlyDictionary<string, Reach> Compute(IEnumerable<GridPopulation> cells, IReadOnlyList<Coordinate> facilities, double radiusMetres)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(facilities);
        var squared = radiusMetres * radiusMetres;
        var result = new Dictionary<string, (double Within, double Total)>(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            var (within, total) = result.GetValueOrDefault(cell.AreaId);
            var reached = false;
            foreach (var f in facilities)
            {
                var dx = f.X - cell.Centre.X;
                var dy = f.Y - cell.Centre.Y;
                if ((dx * dx) + (dy * dy) <= squared)
                {
                    reached = true;
                    break;
                }
            }

            result[cell.AreaId] = (within + (reached ? cell.Persons : 0), total + cell.Persons);
        }

        return result.ToDictionary(kv => kv.Key, kv => new Reach(kv.Value.Within, kv.Value.Total), StringComparer.Ordinal);
    }
}
