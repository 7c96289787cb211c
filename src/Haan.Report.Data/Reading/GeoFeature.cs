using System.Globalization;
using NetTopologySuite.Geometries;

namespace Haan.Report.Data.Reading;

/// <summary>One feature of a GeoJSON file: properties as strings, geometry already in EPSG:25832.</summary>
internal sealed record GeoFeature(int Index, int Line, IReadOnlyDictionary<string, string> Properties, Geometry Geometry)
{
    public string Label => "Objekt " + (Index + 1).ToString(CultureInfo.InvariantCulture);
}
