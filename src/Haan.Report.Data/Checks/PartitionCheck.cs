using Haan.Report.Data.Readers;
using Haan.Report.Data.Reading;
using Haan.Report.Data.Text;
using NetTopologySuite.Operation.Union;

namespace Haan.Report.Data.Checks;

/// <summary>
/// The Sozialräume (sozialraeume.geojson) against the town boundary (gemeinden_kreis_mettmann.geojson): no overlaps,
/// no gaps, nothing outside the town — within <see cref="ToleranceSquareMetres"/> for rounded coordinates.
/// </summary>
internal static class PartitionCheck
{
    /// <summary>Allowed area (m²) of gaps, overlaps and overhangs of the Sozialraum partition (rounding of coordinates).</summary>
    public const double ToleranceSquareMetres = 10.0;

    public static void Run(LoadContext context, IReadOnlyList<(SocialArea Area, GeoFeature Feature)> list)
    {
        var file = DataFiles.Areas;
        var log = context.Log;
        var town = context.Town;
        if (town is null || list.Count == 0)
        {
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            for (var j = i + 1; j < list.Count; j++)
            {
                var a = list[i];
                var b = list[j];
                if (!a.Area.Geometry.EnvelopeInternal.Intersects(b.Area.Geometry.EnvelopeInternal))
                {
                    continue;
                }

                var overlap = a.Area.Geometry.Intersection(b.Area.Geometry);
                if (overlap.Area > ToleranceSquareMetres)
                {
                    log.Add(DataMessages.AreasOverlap(log.At(file, b.Feature.Line, b.Feature.Label), a.Area.Key, b.Area.Key,
                        DataMessages.N(overlap.Area, 0), GeoJsonFile.Coord(overlap.InteriorPoint.Coordinate)));
                }
            }
        }

        var union = CascadedPolygonUnion.Union(list.Select(a => a.Area.Geometry).ToList());
        var gaps = town.Difference(union);
        if (gaps.Area > ToleranceSquareMetres)
        {
            var largest = Enumerable.Range(0, gaps.NumGeometries).Select(gaps.GetGeometryN).OrderByDescending(g => g.Area).First();
            var next = list.OrderBy(x => Math.Round(x.Area.Geometry.Distance(largest), 1)).ThenByDescending(x => x.Area.Geometry.Buffer(1).Intersection(largest.Boundary).Length).ThenBy(x => x.Feature.Line).First();
            log.Add(DataMessages.PartitionGap(log.At(file, next.Feature.Line, next.Feature.Label), DataMessages.N(gaps.Area, 0),
                GeoJsonFile.Coord(largest.InteriorPoint.Coordinate), next.Area.Key, context.TownLabel));
        }

        foreach (var (area, feature) in list)
        {
            var outside = area.Geometry.Difference(town);
            if (outside.Area > ToleranceSquareMetres)
            {
                log.Add(DataMessages.AreaOutsideTown(log.At(file, feature.Line, feature.Label), area.Key, DataMessages.N(outside.Area, 0),
                    GeoJsonFile.Coord(outside.InteriorPoint.Coordinate), context.TownLabel));
            }
        }
    }
}
