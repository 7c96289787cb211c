using Haan.Report.Data.Text;

namespace Haan.Report.Data.Readers;

/// <summary>Reads <c>gemeinden_bevoelkerung.csv</c>: official population of the Kreis towns; men + women = total.</summary>
internal static class MunicipalityPopulationReader
{
    public static List<MunicipalityPopulation> Read(LoadContext context)
    {
        var file = DataFiles.MunicipalityPopulation;
        var list = new List<MunicipalityPopulation>();
        var rows = context.ReadCsv(file);
        if (rows is null)
        {
            return list;
        }

        foreach (var row in rows)
        {
            var ags = row.Ags();
            var name = row.RequiredText("gemeinde", "Name der Gemeinde");
            var date = row.Date("stichtag");

            var total = row.Count("bevoelkerung");
            var male = row.OptionalCount("maennlich");
            var female = row.OptionalCount("weiblich");
            if (male is int m && female is int f && total is int t && m + f != t)
            {
                row.Report(DataMessages.SexesDoNotAddUp(row.At("bevoelkerung"), m + f, t));
            }

            if (ags is null || name is null || date is null || total is null)
            {
                continue;
            }

            list.Add(new MunicipalityPopulation(ags, name, date.Value, total.Value, male, female, row.Text("quelle")));
        }

        return list;
    }
}
