namespace Haan.Report.Data.Readers;

/// <summary>Reads <c>haan_einwohner_eckwerte.csv</c>: published population figures of the town (official, census, register).</summary>
internal static class TownPopulationBenchmarksReader
{
    private static readonly string[] Kinds = ["amtlich", "zensus", "melderegister"];

    public static List<TownPopulationBenchmark> Read(LoadContext context)
    {
        var list = new List<TownPopulationBenchmark>();
        var rows = context.ReadCsv(DataFiles.TownPopulationBenchmarks);
        if (rows is null)
        {
            return list;
        }

        foreach (var row in rows)
        {
            var date = row.Date("stichtag");
            var n = row.Count("einwohner");
            var kind = row.OneOf("bestandsart", Kinds);
            var source = row.RequiredText("quelle", "Veröffentlichung, in der die Zahl steht");
            if (date is null || n is null || kind is null || source is null)
            {
                continue;
            }

            list.Add(new TownPopulationBenchmark(date.Value, n.Value, kind, row.Text("beschreibung"), source, row.Text("url")));
        }

        return list;
    }
}
