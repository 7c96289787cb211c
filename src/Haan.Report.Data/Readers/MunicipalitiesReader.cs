using Haan.Report.Data.Reading;
using Haan.Report.Data.Text;
using NetTopologySuite.Geometries;

namespace Haan.Report.Data.Readers;

/// <summary>Reads <c>gemeinden_kreis_mettmann.geojson</c>; the town among them is chosen by <see cref="TownSelection"/>.</summary>
internal static class MunicipalitiesReader
{
    public static List<Municipality> Read(LoadContext context)
    {
        var file = DataFiles.Municipalities;
        var log = context.Log;
        var list = new List<Municipality>();
        var features = GeoJsonFile.Read(context.Directory, file, log);
        if (features is null)
        {
            return list;
        }

        foreach (var f in features)
        {
            var ags = f.Properties.GetValueOrDefault("ags", "");
            var name = f.Properties.GetValueOrDefault("name", "");
            if (ags.Length != 8 || !ags.All(char.IsAsciiDigit))
            {
                log.Add(DataMessages.FeatureNotAnAgs(log.At(file, f.Line, "ags"), f.Label, ags));
                continue;
            }

            if (f.Geometry is not (Polygon or MultiPolygon))
            {
                log.Add(DataMessages.WrongGeometryType(log.At(file, f.Line, f.Label), f.Geometry.GeometryType));
                continue;
            }

            list.Add(new Municipality(ags, name, f.Geometry));
        }

        context.Municipalities = list;
        return list;
    }
}
