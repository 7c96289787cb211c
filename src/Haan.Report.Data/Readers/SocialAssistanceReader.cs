using Haan.Report.Data.Text;

namespace Haan.Report.Data.Readers;

/// <summary>Reads <c>sozialhilfe.csv</c>: Grundsicherung, HLU, AsylbLG; each checked against its population group.</summary>
internal static class SocialAssistanceReader
{
    public static List<SocialAssistanceCount> Read(LoadContext context) =>
        AreaYearTable.Read(context, DataFiles.SocialAssistance, (row, y, key) =>
        {
            var limit = AgeLimits.RetirementAge(y);
            var old = row.Count("grundsicherung_alter");
            var em = row.Count("grundsicherung_erwerbsminderung");
            var hlu = row.Count("hilfe_zum_lebensunterhalt");
            var asyl = row.Count("asylbewerberleistungen");
            LoadContext.PartOfWhole(row, "grundsicherung_alter", old, $"Bevölkerung ab {DataMessages.N(limit)}", context.PopulationOrUnknown(y, key, limit, 999));
            LoadContext.PartOfWhole(row, "grundsicherung_erwerbsminderung", em, $"Bevölkerung 18 bis unter {DataMessages.N(limit)}", context.PopulationOrUnknown(y, key, 18, limit));
            LoadContext.PartOfWhole(row, "hilfe_zum_lebensunterhalt", hlu, "Einwohner", context.PopulationOrUnknown(y, key, 0, 999));
            LoadContext.PartOfWhole(row, "asylbewerberleistungen", asyl, "Einwohner", context.PopulationOrUnknown(y, key, 0, 999));
            return old is int o && em is int e && hlu is int h && asyl is int a ? new SocialAssistanceCount(y, key, o, e, h, a) : null;
        }).Values.Select(v => v.Row).ToList();
}
