using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Haan.Report.Data;

/// <summary>
/// Reprojection from WGS84 longitude/latitude (EPSG:4326 / CRS84) to ETRS89 / UTM 32N (EPSG:25832) with ProjNET.
/// ETRS89 and WGS84 are treated as identical (difference below 1 m, irrelevant at the scale of this report).
/// </summary>
public static class CoordinateTransform
{
    private static readonly MathTransform Wgs84ToUtm = new CoordinateTransformationFactory()
        .CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, ProjectedCoordinateSystem.WGS84_UTM(32, true))
        .MathTransform;

    private static readonly MathTransform UtmToWgs84 = new CoordinateTransformationFactory()
        .CreateFromCoordinateSystems(ProjectedCoordinateSystem.WGS84_UTM(32, true), GeographicCoordinateSystem.WGS84)
        .MathTransform;

    private static readonly object Gate = new();

    /// <summary>Projects one WGS84 position (longitude, latitude in degrees) to EPSG:25832 (east, north in metres).</summary>
    public static (double East, double North) ToUtm32(double longitude, double latitude)
    {
        var x = longitude;
        var y = latitude;
        lock (Gate)
        {
            Wgs84ToUtm.Transform(ref x, ref y);
        }

        return (x, y);
    }

    /// <summary>Inverse of <see cref="ToUtm32(double, double)"/>: EPSG:25832 (east, north) to WGS84 (longitude, latitude).</summary>
    public static (double Longitude, double Latitude) ToWgs84(double east, double north)
    {
        var x = east;
        var y = north;
        lock (Gate)
        {
            UtmToWgs84.Transform(ref x, ref y);
        }

        return (x, y);
    }

    /// <summary>Returns a copy of <paramref name="geometry"/> (EPSG:25832) in WGS84 longitude/latitude, SRID 4326 (e.g. for web maps).</summary>
    public static Geometry ToWgs84(Geometry geometry)
    {
        var copy = geometry.Copy();
        copy.Apply(new ProjectFilter(inverse: true));
        copy.GeometryChanged();
        copy.SRID = 4326;
        return copy;
    }

    /// <summary>Returns a copy of <paramref name="geometry"/> (WGS84 lon/lat) projected to EPSG:25832, SRID set to 25832.</summary>
    public static Geometry ToUtm32(Geometry geometry)
    {
        var copy = geometry.Copy();
        copy.Apply(new ProjectFilter());
        copy.GeometryChanged();
        copy.SRID = DataSet.Srid;
        return copy;
    }

    /// <summary>True if (x, y) lies in a generous WGS84 window around North Rhine-Westphalia (lon 5–10°, lat 50–53°).</summary>
    public static bool LooksLikeNrwLonLat(double x, double y) => x is >= 5 and <= 10 && y is >= 50 and <= 53;

    /// <summary>True if (x, y) looks like NRW lon/lat with the two axes swapped (latitude first).</summary>
    public static bool LooksLikeSwappedNrwLonLat(double x, double y) => LooksLikeNrwLonLat(y, x);

    /// <summary>True if (x, y) lies in a generous EPSG:25832 window around NRW (east 250–550 km, north 5 550–5 850 km).</summary>
    public static bool LooksLikeNrwUtm32(double x, double y) => x is >= 250_000 and <= 550_000 && y is >= 5_550_000 and <= 5_850_000;

    private sealed class ProjectFilter(bool inverse = false) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (e, n) = inverse ? ToWgs84(seq.GetX(i), seq.GetY(i)) : ToUtm32(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, e);
                seq.SetY(i, n);
            }
        }
    }
}
