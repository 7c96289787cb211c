namespace Haan.Report.Data.Readers;

/// <summary>Reads <c>ladepunkte.csv</c>: public charging points (WGS84 points).</summary>
internal static class ChargingPointsReader
{
    public static List<Facility> Read(LoadContext context)
    {
        var file = DataFiles.ChargingPoints;
        var list = new List<Facility>();
        var rows = context.ReadCsv(file);
        if (rows is null)
        {
            return list;
        }

        foreach (var row in rows)
        {
            var id = row.RequiredText("id", "Kennung, z. B. LP01");
            var operatorName = row.RequiredText("betreiber", "Betreiber");
            var power = row.Decimal("leistung_kw", 0m, 100_000m, "Anschlussleistung in kW", optional: true);
            var points = row.Count("ladepunkte");
            var point = PointLocator.LonLat(context, row);
            if (id is null || operatorName is null || points is null || point is null)
            {
                continue;
            }

            list.Add(new Facility(id, FacilityKind.ChargingPoint, operatorName + ", " + row.Text("adresse"), point, PointLocator.AreaOf(context, point), file)
            {
                ChargingPoints = points, PowerKw = power, Address = row.Text("adresse"),
            });
        }

        return list;
    }
}
