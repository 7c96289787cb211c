using Haan.Report.Data.Reading;
using Haan.Report.Data.Text;

namespace Haan.Report.Data.Readers;

/// <summary>
/// The shared reading of a table with one row per Sozialraum × year (key <c>jahr</c>, <c>sozialraum</c>): keys,
/// duplicates, years known from the population file and completeness; the file's own reader maps the values.
/// </summary>
internal static class AreaYearTable
{
    /// <summary>Reads <paramref name="file"/>; <paramref name="map"/> reads one row's values (null when they are unusable).</summary>
    public static Dictionary<(int Year, string Key), (T Row, int Line)> Read<T>(LoadContext context, string file, Func<CsvRow, int, string, T?> map, bool allYears = true)
        where T : class
    {
        var result = new Dictionary<(int, string), (T, int)>();
        var rows = context.ReadCsv(file);
        if (rows is null)
        {
            return result;
        }

        var log = context.Log;
        var seen = new Dictionary<(int Year, string Key), int>();
        foreach (var row in rows)
        {
            var year = row.Year();
            var key = context.AreaKey(row);
            if (year is not int y || key is null)
            {
                continue;
            }

            if (seen.TryGetValue((y, key), out var first))
            {
                log.Add(DataMessages.DuplicateAreaYear(row.At(null), y, key, first));
                continue;
            }

            seen[(y, key)] = row.Line;
            if (context.Years.Count > 0 && !context.Years.Contains(y))
            {
                log.Add(DataMessages.YearNotInPopulation(row.At("jahr"), y, DataFiles.Population, context.YearRange()));
                continue;
            }

            var value = map(row, y, key);
            if (value is not null)
            {
                result[(y, key)] = (value, row.Line);
            }
        }

        if (allYears)
        {
            var lastLine = rows[^1].Line;
            foreach (var y in context.Years)
            {
                foreach (var key in context.AreaKeys)
                {
                    if (!seen.ContainsKey((y, key)))
                    {
                        var at = LoadContext.InsertionLine(seen, y, key, lastLine);
                        log.Add(DataMessages.AreaYearMissing(log.At(file, at, "jahr"), key, y, context.YearRange()));
                    }
                }
            }
        }

        return result;
    }
}
