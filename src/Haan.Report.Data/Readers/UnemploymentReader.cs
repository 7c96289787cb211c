namespace Haan.Report.Data.Readers;

/// <summary>Reads <c>arbeitslose.csv</c>: unemployed SGB II / SGB III; SGB II checked against the ELB of <c>sgb2.csv</c>.</summary>
internal static class UnemploymentReader
{
    public static List<UnemploymentCount> Read(LoadContext context, IReadOnlyDictionary<(int Year, string Key), (SgbIICount Row, int Line)> sgb2) =>
        AreaYearTable.Read(context, DataFiles.Unemployment, (row, y, key) =>
        {
            var a2 = row.Count("arbeitslose_sgb2");
            var a3 = row.Count("arbeitslose_sgb3");
            LoadContext.PartOfWhole(row, "arbeitslose_sgb2", a2, $"ELB ({DataFiles.SgbII})", sgb2.TryGetValue((y, key), out var s) ? s.Row.Elb : null);
            LoadContext.PartOfWhole(row, "arbeitslose_sgb2 + arbeitslose_sgb3", a2 + a3, "Bevölkerung 15 bis unter 65", context.PopulationOrUnknown(y, key, 15, 65), "arbeitslose_sgb3");
            return a2 is int x && a3 is int z ? new UnemploymentCount(y, key, x, z) : null;
        }).Values.Select(v => v.Row).ToList();
}
