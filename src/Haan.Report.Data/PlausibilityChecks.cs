using System.Globalization;
using Haan.Report.Formatting;

namespace Haan.Report.Data;

/// <summary>
/// Plausibility checks across files: warnings, never errors — real register and BA data contain corrections and
/// definitional differences, so the Sozialplanerin decides. Run only on data without errors (no follow-up findings).
/// The thresholds are documented in <c>docs/DATA.md</c> („Plausibilitätsprüfungen“).
/// </summary>
internal sealed class PlausibilityChecks
{
    /// <summary>Sonstige Leistungsberechtigte (LB − ELB − NEF) above this share of LB are unusual (BA: a few percent).</summary>
    public const double OtherRecipientsShare = 0.05;

    /// <summary>… and above this absolute number (small areas).</summary>
    public const int OtherRecipientsMinimum = 5;

    /// <summary>Town SGB II-Quote vs the Kreis table: difference in percentage points that is reported.</summary>
    public const double KreisRateTolerance = 0.5;

    /// <summary>Town population (sum of the areas) vs the official IT.NRW figure of the same 31.12.: relative difference reported.</summary>
    public const double OfficialPopulationTolerance = 0.03;

    /// <summary>Year-over-year change of a Sozialraum's Leistungsberechtigte reported above this share …</summary>
    public const double RecipientJumpShare = 0.25;

    /// <summary>… and above this absolute number.</summary>
    public const int RecipientJumpMinimum = 30;

    /// <summary>Year-over-year change of a Sozialraum's population reported above this share …</summary>
    public const double PopulationJumpShare = 0.08;

    /// <summary>… and above this absolute number.</summary>
    public const int PopulationJumpMinimum = 150;

    private readonly ProblemLog log;
    private readonly Func<int, string, int, int, int> population;

    /// <param name="log">Where the warnings go.</param>
    /// <param name="population">Population of (year, area key, min age, max age exclusive).</param>
    public PlausibilityChecks(ProblemLog log, Func<int, string, int, int, int> population)
    {
        this.log = log;
        this.population = population;
    }

    /// <summary>ELB Männer + ELB Frauen + NEF against Leistungsberechtigte, row by row.</summary>
    public void OtherRecipients(IReadOnlyDictionary<(int Year, string Key), (SgbIICount Row, int Line)> sgb2)
    {
        foreach (var ((year, key), (row, line)) in sgb2.OrderBy(e => e.Value.Line))
        {
            var parts = row.ElbMen + row.ElbWomen + row.Nef;
            var other = row.Recipients - parts;
            if (other > OtherRecipientsMinimum && other > OtherRecipientsShare * row.Recipients)
            {
                log.Warning(DataFiles.SgbII, line, "leistungsberechtigte", N(row.Recipients),
                    $"Plausibilität: {key}, {Y(year)}: leistungsberechtigte ({N(row.Recipients)}) liegt deutlich über elb_maenner + elb_frauen + nef ({N(parts)}); " +
                    $"die Differenz von {N(other)} ({Percent((double)other / row.Recipients)}) wären sonstige Leistungsberechtigte, üblich sind wenige Prozent. " +
                    "Bitte prüfen (Tippfehler, verrutschte Spalte, anderer Stichtag).");
            }
        }
    }

    /// <summary>The town's SGB II-Quote of the latest year against the Kreis table's value for the town.</summary>
    public void KreisRate(IReadOnlyDictionary<(int Year, string Key), (SgbIICount Row, int Line)> sgb2, IReadOnlyList<string> areaKeys,
        IReadOnlyList<KreisSgbIIRates> kreis, string townAgs)
    {
        var entry = kreis.FirstOrDefault(k => k.Ags == townAgs);
        if (entry is null || sgb2.Count == 0)
        {
            return;
        }

        var year = sgb2.Keys.Max(k => k.Year);
        if (areaKeys.Any(a => !sgb2.ContainsKey((year, a))))
        {
            return;
        }

        var limit = AgeLimits.RetirementAge(year);
        var recipients = areaKeys.Sum(a => sgb2[(year, a)].Row.Recipients);
        var under = areaKeys.Sum(a => population(year, a, 0, limit));
        if (under <= 0)
        {
            return;
        }

        var rate = 100.0 * recipients / under;
        var published = (double)entry.SgbIIRate;
        if (Math.Abs(rate - published) > KreisRateTolerance)
        {
            log.Warning(DataFiles.KreisSgbII, null, "sgb2_quote", ProblemLog.N(published, 1),
                $"Plausibilität: Die SGB II-Quote der Stadt aus {DataFiles.SgbII} und {DataFiles.Population} für {Y(year)} ({ProblemLog.N(rate, 1)} %) " +
                $"weicht um mehr als {ProblemLog.N(KreisRateTolerance, 1)} Prozentpunkte vom Wert der Kreistabelle für „{entry.Region}“ ({ProblemLog.N(published, 1)} %) ab. " +
                "Bitte Stichtag und Abgrenzung beider Quellen prüfen.");
        }
    }

    /// <summary>The sum of the areas' population against the official IT.NRW figure of the same 31 December.</summary>
    public void OfficialPopulation(IReadOnlyList<int> years, IReadOnlyList<string> areaKeys, IReadOnlyList<TownPopulationBenchmark> benchmarks)
    {
        foreach (var official in benchmarks.Where(b => b.Kind == "amtlich" && b.ReferenceDate is { Month: 12, Day: 31 } && years.Contains(b.ReferenceDate.Year)))
        {
            var year = official.ReferenceDate.Year;
            var total = areaKeys.Sum(a => population(year, a, 0, 999));
            var difference = (double)(total - official.Population) / official.Population;
            if (Math.Abs(difference) > OfficialPopulationTolerance)
            {
                log.Warning(DataFiles.Population, null, "anzahl", N(total),
                    $"Plausibilität: Die Einwohnerzahl der Stadt am 31.12.{Y(year)} (Summe der Sozialräume: {N(total)}) weicht um {Percent(Math.Abs(difference))} " +
                    $"von der amtlichen Zahl in {DataFiles.TownPopulationBenchmarks} ({N(official.Population)}) ab – mehr als die üblichen Unterschiede zwischen " +
                    "Melderegister und Fortschreibung. Bitte prüfen, ob alle Sozialräume und Altersjahre vollständig sind.");
            }
        }
    }

    /// <summary>Jumps from one year to the next in a Sozialraum: Leistungsberechtigte and population.</summary>
    public void Jumps(IReadOnlyDictionary<(int Year, string Key), (SgbIICount Row, int Line)> sgb2, IReadOnlyList<int> years, IReadOnlyList<string> areaKeys)
    {
        foreach (var ((year, key), (row, line)) in sgb2.OrderBy(e => e.Value.Line))
        {
            if (sgb2.TryGetValue((year - 1, key), out var before)
                && Jump(before.Row.Recipients, row.Recipients, RecipientJumpShare, RecipientJumpMinimum))
            {
                log.Warning(DataFiles.SgbII, line, "leistungsberechtigte", N(row.Recipients),
                    $"Plausibilität: {key}: leistungsberechtigte springt von {N(before.Row.Recipients)} ({Y(year - 1)}, Zeile {Y(before.Line)}) auf {N(row.Recipients)} ({Y(year)}), " +
                    $"{Signed(row.Recipients - before.Row.Recipients)}. Bitte prüfen (Gebietsänderung, Tippfehler, Zuzug in eine Unterkunft?).");
            }
        }

        foreach (var key in areaKeys)
        {
            foreach (var year in years.Where(y => years.Contains(y - 1)))
            {
                var before = population(year - 1, key, 0, 999);
                var after = population(year, key, 0, 999);
                if (Jump(before, after, PopulationJumpShare, PopulationJumpMinimum))
                {
                    log.Warning(DataFiles.Population, null, "anzahl", N(after),
                        $"Plausibilität: {key}: Die Einwohnerzahl springt von {N(before)} ({Y(year - 1)}) auf {N(after)} ({Y(year)}), {Signed(after - before)}. " +
                        "Bitte prüfen (Gebietsänderung, Neubaugebiet, Unterkunft, fehlende Zeilen?).");
                }
            }
        }
    }

    private static bool Jump(int before, int after, double share, int minimum) =>
        Math.Abs(after - before) > minimum && Math.Abs(after - before) > share * Math.Max(before, 1);

    private static string N(int value) => GermanFormat.Count(value);

    private static string Y(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Signed(int value) => (value > 0 ? "+" : value < 0 ? "−" : string.Empty) + N(Math.Abs(value));

    private static string Percent(double share) => ProblemLog.N(100 * share, 1) + " %";

}
