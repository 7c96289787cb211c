using Haan.Report.Data.Text;

namespace Haan.Report.Data.Readers;

/// <summary>Reads <c>einrichtungen.csv</c>: Kitas, playgrounds, counselling services and bus stops as points in the town.</summary>
internal static class FacilitiesReader
{
    private static readonly string[] Kinds = ["kita", "spielplatz", "beratung", "haltestelle"];

    public static List<Facility> Read(LoadContext context)
    {
        var file = DataFiles.Facilities;
        var list = new List<Facility>();
        var rows = context.ReadCsv(file);
        if (rows is null)
        {
            return list;
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var id = row.RequiredText("id", "eindeutige Kennung, z. B. KITA01");
            var kind = row.OneOf("art", Kinds);
            var name = row.RequiredText("name", "Name der Einrichtung");
            var point = PointLocator.Metric(context, row);
            int? places = null, under3 = null, groups = null;
            if (kind == "kita")
            {
                places = row.Count("plaetze");
                under3 = row.Count("plaetze_u3");
                groups = row.Count("gruppen");
                LoadContext.PartOfWhole(row, "plaetze_u3", under3, "plaetze", places);
            }

            if (id is not null && ids.TryGetValue(id, out var first))
            {
                row.Report(DataMessages.DuplicateFacilityId(row.At("id"), id, first));
                continue;
            }

            if (id is null || kind is null || name is null || point is null)
            {
                continue;
            }

            ids[id] = row.Line;
            var fk = kind switch { "kita" => FacilityKind.Kita, "spielplatz" => FacilityKind.Playground, "beratung" => FacilityKind.Counselling, _ => FacilityKind.BusStop };
            list.Add(new Facility(id, fk, name, point, PointLocator.AreaOf(context, point), file) { Places = places, PlacesUnder3 = under3, Groups = groups });
        }

        return list;
    }
}
