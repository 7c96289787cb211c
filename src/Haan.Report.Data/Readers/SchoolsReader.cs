using Haan.Report.Data.Text;

namespace Haan.Report.Data.Readers;

/// <summary>Reads <c>schulen.csv</c>: schools with Schulsozialindex and Startchancen status (WGS84 points).</summary>
internal static class SchoolsReader
{
    private static readonly string[] YesNo = ["ja", "nein"];

    public static List<Facility> Read(LoadContext context)
    {
        var file = DataFiles.Schools;
        var list = new List<Facility>();
        var rows = context.ReadCsv(file);
        if (rows is null)
        {
            return list;
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var id = row.RequiredText("schulnummer", "sechsstellige Schulnummer");
            var name = row.RequiredText("name", "Name der Schule");
            var type = row.RequiredText("schulform", "Schulform, z. B. Grundschule");
            var pupils = row.OptionalCount("schueler");
            var index = row.Text("sozialindex").Length == 0 ? null : row.Integer("sozialindex", 1, 9, "Schulsozialindex 1 bis 9 oder leer");
            var chance = row.OneOf("startchancen", YesNo);
            var point = PointLocator.LonLat(context, row);
            if (id is not null && ids.TryGetValue(id, out var first))
            {
                row.Report(DataMessages.DuplicateSchoolNumber(row.At("schulnummer"), id, first));
                continue;
            }

            if (id is null || name is null || type is null || chance is null || point is null)
            {
                continue;
            }

            ids[id] = row.Line;
            list.Add(new Facility(id, FacilityKind.School, name, point, PointLocator.AreaOf(context, point), file)
            {
                SchoolType = type, Pupils = pupils, SocialIndex = index, Startchancen = chance == "ja", Address = row.Text("adresse"),
            });
        }

        return list;
    }
}
