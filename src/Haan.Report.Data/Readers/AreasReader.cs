using Haan.Report.Data.Reading;
using Haan.Report.Data.Text;
using NetTopologySuite.Geometries;

namespace Haan.Report.Data.Readers;

/// <summary>Reads <c>sozialraeume.geojson</c> (keys, names, geometries) and sets the Sozialräume of the load run.</summary>
internal static class AreasReader
{
    /// <summary>The areas with the features they came from (for the partition check), or empty when the file is unreadable.</summary>
    public static List<(SocialArea Area, GeoFeature Feature)> Read(LoadContext context)
    {
        var file = DataFiles.Areas;
        var log = context.Log;
        var errorsBefore = log.ErrorCount;
        var list = new List<(SocialArea Area, GeoFeature Feature)>();
        var features = GeoJsonFile.Read(context.Directory, file, log);
        if (features is null)
        {
            return list;
        }

        foreach (var f in features)
        {
            var key = f.Properties.GetValueOrDefault("sozialraum", "");
            var name = f.Properties.GetValueOrDefault("name", "");
            var shortName = f.Properties.GetValueOrDefault("kurzname", "");
            if (key.Length == 0 || name.Length == 0 || shortName.Length == 0)
            {
                log.Add(DataMessages.AreaPropertiesIncomplete(log.At(file, f.Line, f.Label), f.Label, key, name, shortName));
                continue;
            }

            if (list.Any(x => x.Area.Key == key))
            {
                log.Add(DataMessages.DuplicateArea(log.At(file, f.Line, "sozialraum"), key));
                continue;
            }

            if (f.Geometry is not (Polygon or MultiPolygon))
            {
                log.Add(DataMessages.WrongGeometryType(log.At(file, f.Line, f.Label), f.Geometry.GeometryType));
                continue;
            }

            list.Add((new SocialArea(key, name, shortName, f.Geometry), f));
        }

        list.Sort((a, b) => string.CompareOrdinal(a.Area.Key, b.Area.Key));
        context.SetAreas(list.Select(x => x.Area).ToList(), log.ErrorCount > errorsBefore);
        return list;
    }
}
