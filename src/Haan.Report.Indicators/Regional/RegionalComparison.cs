using Haan.Report.Indicators.Catalogue;

namespace Haan.Report.Indicators.Regional;

/// <summary>A column of a regional table (e.g. "SGB II-Quote").</summary>
public sealed record RegionalColumn(string Name, string Unit, int Decimals, Polarity Polarity);

/// <summary>A row of a regional table: a municipality or the Kreis.</summary>
public sealed record RegionalRow(string Region, string Ags, IReadOnlyList<double> Values);

/// <summary>The town compared with the Kreis and the other municipalities in one column.</summary>
public sealed record RegionalColumnResult(
    RegionalColumn Column,
    double TownValue,
    double KreisValue,
    double Difference,
    int Rank,
    int MunicipalityCount)
{
    /// <summary>German sentence fragment, e.g. "Rang 8 von 10 (1 = höchster Wert)".</summary>
    public string RankText => $"Rang {Rank} von {MunicipalityCount} (1 = {(Column.Polarity == Polarity.HigherIsLessNeed ? "niedrigster" : "höchster")} Wert)";

    /// <summary>Difference to the Kreis, formatted ("-2,2 Pp." for percent columns).</summary>
    public string DifferenceText => Column.Unit == "%"
        ? GermanFormat.PercentagePoints(Difference, Column.Decimals)
        : GermanFormat.Signed(Difference, Column.Decimals);
}

/// <summary>
/// Regional comparison with the Kreis: for every column the town's value, the Kreis value, the difference
/// (town − Kreis, percentage points for % columns) and the town's rank among the municipalities (1 = highest need by
/// polarity; ties share a rank). The published values are already rounded; differences are computed from them, so
/// they agree with the printed table.
/// </summary>
public static class RegionalComparison
{
    /// <summary>Computes the comparison of the town <paramref name="townAgs"/> with its Kreis <paramref name="kreisAgs"/>.</summary>
    public static IReadOnlyList<RegionalColumnResult> Compute(
        IReadOnlyList<RegionalColumn> columns, IReadOnlyList<RegionalRow> rows, string townAgs, string kreisAgs)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var town = rows.SingleOrDefault(r => r.Ags == townAgs) ?? throw new ArgumentException($"Keine Zeile mit AGS {townAgs} (Stadt).", nameof(rows));
        var kreis = rows.SingleOrDefault(r => r.Ags == kreisAgs) ?? throw new ArgumentException($"Keine Zeile mit AGS {kreisAgs} (Kreis).", nameof(rows));
        var municipalities = rows.Where(r => r.Ags != kreisAgs).ToList();
        if (rows.Any(r => r.Values.Count != columns.Count))
        {
            throw new ArgumentException("Jede Zeile braucht einen Wert je Spalte.", nameof(rows));
        }

        return columns.Select((column, i) =>
        {
            var mine = town.Values[i];
            var rank = 1 + municipalities.Count(m => column.Polarity == Polarity.HigherIsLessNeed ? m.Values[i] < mine : m.Values[i] > mine);
            return new RegionalColumnResult(column, mine, kreis.Values[i], mine - kreis.Values[i], rank, municipalities.Count);
        }).ToList();
    }
}
