using Haan.Report.Data.Reading;
using Haan.Report.Data.Text;

namespace Haan.Report.Data.Checks;

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
                log.Add(DataMessages.OtherRecipientsHigh(log.At(DataFiles.SgbII, line, "leistungsberechtigte"), key, year, row.Recipients, parts, other, Percent((double)other / row.Recipients)));
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
            log.Add(DataMessages.KreisRateDiffers(log.At(DataFiles.KreisSgbII, null, "sgb2_quote"), DataFiles.SgbII, DataFiles.Population, year,
                DataMessages.N(rate, 1), DataMessages.N(KreisRateTolerance, 1), entry.Region, DataMessages.N(published, 1)));
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
                log.Add(DataMessages.OfficialPopulationDiffers(log.At(DataFiles.Population, null, "anzahl"), year, total, Percent(Math.Abs(difference)), DataFiles.TownPopulationBenchmarks, official.Population));
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
                log.Add(DataMessages.RecipientsJump(log.At(DataFiles.SgbII, line, "leistungsberechtigte"), key, before.Row.Recipients, year - 1, before.Line, row.Recipients, year));
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
                    log.Add(DataMessages.PopulationJump(log.At(DataFiles.Population, null, "anzahl"), key, before, year - 1, after, year));
                }
            }
        }
    }

    private static bool Jump(int before, int after, double share, int minimum) =>
        Math.Abs(after - before) > minimum && Math.Abs(after - before) > share * Math.Max(before, 1);

    private static string Percent(double share) => DataMessages.N(100 * share, 1) + " %";
}
