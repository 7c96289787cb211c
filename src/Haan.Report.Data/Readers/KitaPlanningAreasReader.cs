using Haan.Report.Data.Text;

namespace Haan.Report.Data.Readers;

/// <summary>Reads <c>kita_ortsbereiche_2012_13.csv</c>: children per Kita planning area 2012/13, with its two sum columns checked.</summary>
internal static class KitaPlanningAreasReader
{
    public static List<KitaPlanningAreaChildren> Read(LoadContext context)
    {
        var list = new List<KitaPlanningAreaChildren>();
        var rows = context.ReadCsv(DataFiles.KitaPlanningAreas2012);
        if (rows is null)
        {
            return list;
        }

        foreach (var row in rows)
        {
            var label = row.RequiredText("zeile", "Bezeichnung der Zeile");
            var v = new[] { row.Count("haan_ost"), row.Count("haan_mitte"), row.Count("haan_west"), row.Count("alt_haan_insgesamt"), row.Count("gruiten"), row.Count("insgesamt") };
            if (label is null || v.Any(x => x is null))
            {
                continue;
            }

            var (ost, mitte, west, alt, gruiten, total) = (v[0]!.Value, v[1]!.Value, v[2]!.Value, v[3]!.Value, v[4]!.Value, v[5]!.Value);
            if (ost + mitte + west != alt)
            {
                row.Report(DataMessages.OldTownSumMismatch(row.At("alt_haan_insgesamt"), ost + mitte + west, alt));
            }

            if (alt + gruiten != total)
            {
                row.Report(DataMessages.TownSumMismatch(row.At("insgesamt"), alt + gruiten, total));
            }

            list.Add(new KitaPlanningAreaChildren(label, ost, mitte, west, alt, gruiten, total));
        }

        return list;
    }
}
