namespace Haan.Report.Data.Readers;

/// <summary>Reads <c>wohngeld.csv</c>: Wohngeld households, checked against the households of <c>haushalte.csv</c>.</summary>
internal static class HousingBenefitReader
{
    public static List<HousingBenefitCount> Read(LoadContext context, IReadOnlyDictionary<(int Year, string Key), (HouseholdCount Row, int Line)> households) =>
        AreaYearTable.Read(context, DataFiles.HousingBenefit, (row, y, key) =>
        {
            var n = row.Count("wohngeld_haushalte");
            LoadContext.PartOfWhole(row, "wohngeld_haushalte", n, $"haushalte ({DataFiles.Households})", households.TryGetValue((y, key), out var h) ? h.Row.Households : null);
            return n is int v ? new HousingBenefitCount(y, key, v) : null;
        }).Values.Select(v => v.Row).ToList();
}
