using Haan.Report.Data.Text;
using NetTopologySuite.Geometries.Prepared;

namespace Haan.Report.Data.Readers;

/// <summary>
/// The reporting town is the municipality that contains the Sozialräume (most interior points; ties by AGS): the data
/// name the town, not the code.
/// </summary>
internal static class TownSelection
{
    public static void Select(LoadContext context, IReadOnlyList<SocialArea> areas)
    {
        if (context.Municipalities.Count == 0 || areas.Count == 0)
        {
            return;
        }

        var points = areas.Select(a => a.Geometry.InteriorPoint).ToList();
        var best = context.Municipalities
            .Select(m => (Municipality: m, Prepared: PreparedGeometryFactory.Prepare(m.Geometry)))
            .Select(m => (m.Municipality, Count: points.Count(m.Prepared.Contains)))
            .OrderByDescending(m => m.Count).ThenBy(m => m.Municipality.Ags, StringComparer.Ordinal)
            .First();
        if (best.Count == 0)
        {
            context.Log.Add(DataMessages.NoAreaInAnyMunicipality(context.Log.At(DataFiles.Areas, null, "sozialraum"), DataFiles.Municipalities));
            return;
        }

        context.SetTown(best.Municipality);
    }
}
