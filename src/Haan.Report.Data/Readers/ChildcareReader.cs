namespace Haan.Report.Data.Readers;

/// <summary>Reads <c>kita.csv</c>: places and children in care, children checked against the population of their age.</summary>
internal static class ChildcareReader
{
    public static List<ChildcareCount> Read(LoadContext context) =>
        AreaYearTable.Read(context, DataFiles.Childcare, (row, y, key) =>
        {
            var pu3 = row.Count("plaetze_u3");
            var p36 = row.Count("plaetze_3_6");
            var cu3 = row.Count("betreute_u3");
            var c36 = row.Count("betreute_3_6");
            LoadContext.PartOfWhole(row, "betreute_u3", cu3, "Kinder unter 3", context.PopulationOrUnknown(y, key, 0, 3));
            LoadContext.PartOfWhole(row, "betreute_3_6", c36, "Kinder 3 bis unter 6", context.PopulationOrUnknown(y, key, 3, 6));
            return pu3 is int a && p36 is int b && cu3 is int c && c36 is int d ? new ChildcareCount(y, key, a, b, c, d) : null;
        }).Values.Select(v => v.Row).ToList();
}
