using Haan.Report.Data.Reading;
using Haan.Report.Data.Text;
using NetTopologySuite.Geometries;

namespace Haan.Report.Data.Readers;

/// <summary>
/// Reads point coordinates of a row (metres in EPSG:25832 or WGS84 degrees), checks them against NRW and the town
/// boundary and finds the Sozialraum a point lies in.
/// </summary>
internal static class PointLocator
{
    /// <summary>Allowed distance (m) of a facility point outside the town boundary.</summary>
    public const double ToleranceMetres = 1.0;

    /// <summary>The point of the columns <c>rechtswert</c>/<c>hochwert</c> (EPSG:25832), or null (reported).</summary>
    public static Point? Metric(LoadContext context, CsvRow row)
    {
        var x = row.Decimal("rechtswert", -1_000_000_000m, 1_000_000_000m, "Rechtswert in Metern (EPSG:25832)");
        var y = row.Decimal("hochwert", -1_000_000_000m, 1_000_000_000m, "Hochwert in Metern (EPSG:25832)");
        if (x is not decimal dx || y is not decimal dy)
        {
            return null;
        }

        var (e, n) = ((double)dx, (double)dy);
        var value = $"{LoadContext.Output(dx)};{LoadContext.Output(dy)}";
        if (CoordinateTransform.LooksLikeNrwLonLat(e, n) || CoordinateTransform.LooksLikeSwappedNrwLonLat(e, n))
        {
            row.Report(DataMessages.MetricLooksLikeLonLat(row.At("rechtswert"), value));
            return null;
        }

        if (CoordinateTransform.LooksLikeNrwUtm32(n, e))
        {
            row.Report(DataMessages.EastingNorthingSwapped(row.At("rechtswert"), value));
            return null;
        }

        if (!CoordinateTransform.LooksLikeNrwUtm32(e, n))
        {
            row.Report(DataMessages.MetricOutsideNrw(row.At("rechtswert"), value));
            return null;
        }

        return InTown(context, row, LoadContext.Factory.CreatePoint(new Coordinate(e, n)), "rechtswert", value);
    }

    /// <summary>The point of the columns <c>breitengrad</c>/<c>laengengrad</c> (WGS84) in EPSG:25832, or null (reported).</summary>
    public static Point? LonLat(LoadContext context, CsvRow row)
    {
        var lat = row.Decimal("breitengrad", -1000m, 1000m, "Breitengrad in Grad (WGS84)");
        var lon = row.Decimal("laengengrad", -1000m, 1000m, "Längengrad in Grad (WGS84)");
        if (lat is not decimal la || lon is not decimal lo)
        {
            return null;
        }

        var value = $"{LoadContext.Output(la)};{LoadContext.Output(lo)}";
        if (CoordinateTransform.LooksLikeSwappedNrwLonLat((double)lo, (double)la))
        {
            row.Report(DataMessages.LatitudeLongitudeSwapped(row.At("breitengrad"), value));
            return null;
        }

        if (!CoordinateTransform.LooksLikeNrwLonLat((double)lo, (double)la))
        {
            row.Report(DataMessages.LonLatOutsideNrw(row.At("breitengrad"), value));
            return null;
        }

        var (e, n) = CoordinateTransform.ToUtm32((double)lo, (double)la);
        return InTown(context, row, LoadContext.Factory.CreatePoint(new Coordinate(e, n)), "breitengrad", value);
    }

    /// <summary>The key of the Sozialraum covering <paramref name="p"/>, else of the nearest one.</summary>
    public static string AreaOf(LoadContext context, Point p)
    {
        foreach (var (key, area) in context.PreparedAreas)
        {
            if (area.Covers(p))
            {
                return key;
            }
        }

        return context.Areas.OrderBy(a => a.Geometry.Distance(p)).Select(a => a.Key).FirstOrDefault() ?? "";
    }

    private static Point? InTown(LoadContext context, CsvRow row, Point p, string column, string value)
    {
        if (context.Town is not { } town || context.PreparedTown is not { } preparedTown)
        {
            return null;
        }

        if (!preparedTown.Contains(p))
        {
            var distance = town.Distance(p);
            if (distance > ToleranceMetres)
            {
                row.Report(DataMessages.PointOutsideTown(row.At(column), value, DataMessages.N(distance, 0), context.TownLabel));
                return null;
            }
        }

        p.SRID = DataSet.Srid;
        return p;
    }
}
