using Haan.Report.Data.Text;

namespace Haan.Report.Data.Readers;

/// <summary>Reads <c>flaechennutzung.csv</c>: sealed and green hectares, together at most the area of the Sozialraum.</summary>
internal static class LandCoverReader
{
    public static List<LandCover> Read(LoadContext context) =>
        AreaYearTable.Read(context, DataFiles.LandCover, (row, y, key) =>
        {
            var sealedHa = row.Decimal("versiegelt_ha", 0m, 100_000m, "Fläche in Hektar ≥ 0");
            var greenHa = row.Decimal("gruen_ha", 0m, 100_000m, "Fläche in Hektar ≥ 0");
            var area = context.Areas.FirstOrDefault(a => a.Key == key);
            if (sealedHa is decimal s && greenHa is decimal g && area is not null && (double)(s + g) > area.AreaHectares * 1.005)
            {
                row.Report(DataMessages.LandCoverExceedsArea(row.At("versiegelt_ha"), LoadContext.Output(s + g), key, DataMessages.N(area.AreaHectares, 2), DataFiles.Areas));
            }

            return sealedHa is decimal a && greenHa is decimal b ? new LandCover(y, key, a, b) : null;
        }, allYears: false).Values.Select(v => v.Row).ToList();
}
