namespace Haan.Report.Data.Readers;

/// <summary>Reads <c>kreis_mettmann_sgb2_quoten.csv</c>: SGB II, ELB and NEF rates of the Kreis towns (percent).</summary>
internal static class KreisSgbIIReader
{
    public static List<KreisSgbIIRates> Read(LoadContext context)
    {
        var list = new List<KreisSgbIIRates>();
        var rows = context.ReadCsv(DataFiles.KreisSgbII);
        if (rows is null)
        {
            return list;
        }

        foreach (var row in rows)
        {
            var region = row.RequiredText("region", "Name der Region");
            var ags = row.Ags();
            decimal? Q(string c) => row.Decimal(c, 0m, 100m, "Quote in Prozent (0 bis 100)");
            var q = new[] { Q("sgb2_quote"), Q("elb_quote"), Q("elb_quote_maenner"), Q("elb_quote_frauen"), Q("nef_quote_u15") };
            if (region is null || ags is null || q.Any(x => x is null))
            {
                continue;
            }

            list.Add(new KreisSgbIIRates(region, ags, q[0]!.Value, q[1]!.Value, q[2]!.Value, q[3]!.Value, q[4]!.Value));
        }

        return list;
    }
}
