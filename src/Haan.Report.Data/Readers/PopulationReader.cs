using System.Globalization;
using Haan.Report.Data.Text;

namespace Haan.Report.Data.Readers;

/// <summary>
/// Reads <c>bevoelkerung.csv</c> (Sozialraum × year × age × sex × nationality): sets the years and the population
/// cube of the load run and reports gaps in years and missing cells.
/// </summary>
internal static class PopulationReader
{
    private static readonly string[] Sexes = ["m", "w"];
    private static readonly string[] Nationalities = ["deutsch", "nichtdeutsch"];

    public static List<PopulationCount> Read(LoadContext context)
    {
        var file = DataFiles.Population;
        var log = context.Log;
        var list = new List<PopulationCount>();
        var rows = context.ReadCsv(file);
        if (rows is null)
        {
            return list;
        }

        var seen = new Dictionary<(int, string, int, int, int), int>();
        foreach (var row in rows)
        {
            var year = row.Year();
            var key = context.AreaKey(row);
            var ageText = row.Text("alter");
            int? age = ageText == "95+" ? PopulationCount.TopAge
                : int.TryParse(ageText, NumberStyles.None, CultureInfo.InvariantCulture, out var a) && a < PopulationCount.TopAge ? a : null;
            if (age is null)
            {
                log.Add(DataMessages.InvalidAge(row.At("alter"), ageText));
            }

            var sex = row.OneOf("geschlecht", Sexes);
            var nat = row.OneOf("staatsangehoerigkeit", Nationalities);
            var count = row.Count("anzahl");
            if (year is not int y || key is null || age is not int ag || sex is null || nat is null)
            {
                continue;
            }

            var s = sex == "m" ? 0 : 1;
            var t = nat == "deutsch" ? 0 : 1;
            if (seen.TryGetValue((y, key, ag, s, t), out var first))
            {
                log.Add(DataMessages.DuplicatePopulationRow(row.At(null), $"{DataMessages.N(y)};{key};{ageText};{sex};{nat}", first));
                continue;
            }

            seen[(y, key, ag, s, t)] = row.Line;
            if (count is not int n)
            {
                context.PopulationIncomplete = true;
                continue;
            }

            context.SetPopulation(y, key, ag, s, t, n);
            list.Add(new PopulationCount(y, key, ag, s == 0 ? Sex.Male : Sex.Female, t == 0 ? Nationality.German : Nationality.Foreign, n));
        }

        var years = seen.Keys.Select(k => k.Item1).Distinct().Order().ToList();
        context.Years = years;
        if (years.Count == 0)
        {
            return list;
        }

        var groupLines = seen.GroupBy(kv => (Year: kv.Key.Item1, Key: kv.Key.Item2)).ToDictionary(g => g.Key, g => g.Min(kv => kv.Value));
        var lastLine = rows[^1].Line;
        for (var y = years[0]; y <= years[^1]; y++)
        {
            if (!years.Contains(y))
            {
                var at = seen.Where(kv => kv.Key.Item1 > y).Min(kv => kv.Value);
                log.Add(DataMessages.YearGap(log.At(file, at, "jahr"), y, years[0], years[^1]));
            }
        }

        foreach (var y in years)
        {
            foreach (var key in context.AreaKeys)
            {
                var missing = new List<string>();
                for (var ag = 0; ag <= PopulationCount.TopAge; ag++)
                {
                    for (var s = 0; s < 2; s++)
                    {
                        for (var t = 0; t < 2; t++)
                        {
                            if (!seen.ContainsKey((y, key, ag, s, t)))
                            {
                                missing.Add($"{(ag == PopulationCount.TopAge ? "95+" : DataMessages.N(ag))}/{Sexes[s]}/{Nationalities[t]}");
                            }
                        }
                    }
                }

                if (missing.Count == 4 * (PopulationCount.TopAge + 1))
                {
                    log.Add(DataMessages.PopulationYearMissing(log.At(file, LoadContext.InsertionLine(groupLines, y, key, lastLine), "jahr"), key, y));
                }
                else if (missing.Count > 0)
                {
                    log.Add(DataMessages.PopulationRowsMissing(log.At(file, groupLines[(y, key)], "alter"), key, y, missing.Count, missing.Take(3)));
                }
            }
        }

        return list;
    }
}
