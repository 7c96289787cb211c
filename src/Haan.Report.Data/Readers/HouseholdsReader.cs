using Haan.Report.Data.Reading;

namespace Haan.Report.Data.Readers;

/// <summary>Reads <c>haushalte.csv</c>: households, with children, single parents; parts checked against the whole and the population.</summary>
internal static class HouseholdsReader
{
    public static Dictionary<(int Year, string Key), (HouseholdCount Row, int Line)> Read(LoadContext context) =>
        AreaYearTable.Read(context, DataFiles.Households, (row, y, key) =>
        {
            var hh = row.Count("haushalte");
            var kids = row.Count("haushalte_mit_kindern");
            var single = row.Count("alleinerziehende");
            LoadContext.PartOfWhole(row, "haushalte_mit_kindern", kids, "haushalte", hh);
            LoadContext.PartOfWhole(row, "alleinerziehende", single, "haushalte_mit_kindern", kids);
            LoadContext.PartOfWhole(row, "haushalte", hh, $"Einwohner ({DataFiles.Population})", context.PopulationOrUnknown(y, key, 0, 999));
            return hh is int h && kids is int k && single is int s ? new HouseholdCount(y, key, h, k, s) : null;
        });
}
