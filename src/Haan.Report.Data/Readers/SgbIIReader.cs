using Haan.Report.Data.Text;

namespace Haan.Report.Data.Readers;

/// <summary>Reads <c>sgb2.csv</c>: Leistungsberechtigte, ELB by sex, NEF; parts checked against each other and the population.</summary>
internal static class SgbIIReader
{
    public static Dictionary<(int Year, string Key), (SgbIICount Row, int Line)> Read(LoadContext context) =>
        AreaYearTable.Read(context, DataFiles.SgbII, (row, y, key) =>
        {
            var lb = row.Count("leistungsberechtigte");
            var men = row.Count("elb_maenner");
            var women = row.Count("elb_frauen");
            var nef = row.Count("nef");
            var u15 = row.Count("nef_unter_15");
            var limit = AgeLimits.RetirementAge(y);
            LoadContext.PartOfWhole(row, "nef_unter_15", u15, "nef", nef);
            LoadContext.PartOfWhole(row, "elb_maenner + elb_frauen + nef", men + women + nef, "leistungsberechtigte", lb, "leistungsberechtigte");
            LoadContext.PartOfWhole(row, "nef_unter_15", u15, "Bevölkerung unter 15", context.PopulationOrUnknown(y, key, 0, 15));
            LoadContext.PartOfWhole(row, "elb_maenner", men, $"Männer 15 bis unter {DataMessages.N(limit)}", context.PopulationOrUnknown(y, key, 15, limit, 0));
            LoadContext.PartOfWhole(row, "elb_frauen", women, $"Frauen 15 bis unter {DataMessages.N(limit)}", context.PopulationOrUnknown(y, key, 15, limit, 1));
            LoadContext.PartOfWhole(row, "leistungsberechtigte", lb, $"Bevölkerung unter {DataMessages.N(limit)}", context.PopulationOrUnknown(y, key, 0, limit));
            return lb is int l && men is int m && women is int w && nef is int n && u15 is int u ? new SgbIICount(y, key, l, m, w, n, u) : null;
        });
}
