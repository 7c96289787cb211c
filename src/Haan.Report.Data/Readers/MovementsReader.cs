namespace Haan.Report.Data.Readers;

/// <summary>Reads <c>bevoelkerungsbewegung.csv</c>: births, deaths and moves per Sozialraum and year.</summary>
internal static class MovementsReader
{
    public static Dictionary<(int Year, string Key), (PopulationMovementCount Row, int Line)> Read(LoadContext context) =>
        AreaYearTable.Read(context, DataFiles.Movements, (row, y, key) =>
        {
            int?[] v = [row.Count("geburten"), row.Count("sterbefaelle"), row.Count("zuzuege_von_ausserhalb"), row.Count("fortzuege_nach_ausserhalb"), row.Count("zuzuege_aus_anderen_sozialraeumen"), row.Count("fortzuege_in_andere_sozialraeume")];
            return v.All(x => x is not null) ? new PopulationMovementCount(y, key, v[0]!.Value, v[1]!.Value, v[2]!.Value, v[3]!.Value, v[4]!.Value, v[5]!.Value) : null;
        });
}
