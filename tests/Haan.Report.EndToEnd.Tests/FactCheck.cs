using System.Text.RegularExpressions;
using Haan.Report.Composition;
using Haan.Report.Composition.Publishing;
using Haan.Report.Data;
using Haan.Report.Formatting;
using Haan.Report.Indicators;
using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Engine;
using Haan.Report.Templates.Model;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// The fact check of the generated text. Every claim the template functions made is re-derived here, independently
/// of the template functions, from the published value set (and, for the Kreis table and the schools, from the data
/// set); every claim's text must appear in the filled Markdown; and every sentence of the filled report that uses
/// comparative or superlative words must contain the text of a claim of a fitting kind, so that a comparison typed
/// into a template, or a level stated in a sentence about change, is found.
/// </summary>
internal static partial class FactCheck
{
    private const string Town = DataSet.TownKey;

    /// <summary>Comparative or superlative vocabulary (case-insensitive).</summary>
    [GeneratedRegex(@"\b(höher|niedriger|höchste[nrs]?|niedrigste[nrs]?|stärkste[nrs]?|am (stärksten|höchsten|niedrigsten|ältesten|jüngsten|schlechtesten|besten|dringendsten|meisten|wenigsten)|wenigsten|meisten|gestiegen|gesunken|gewachsen|geschrumpft|gealtert|zugenommen|abgenommen|wächst|wachsen|steigt|sinkt|(über|unter) dem (städtischen|Kreis)\w*|Rang \d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Comparative();

    /// <summary>Vocabulary of change: a sentence using it must carry a claim about change, not about a level.</summary>
    [GeneratedRegex(@"\b(am stärksten|stärkste[nrs]?|gestiegen|gesunken|gewachsen|geschrumpft|gealtert|zugenommen|abgenommen|wächst|wachsen|steigt|sinkt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeWords();

    /// <summary>
    /// Sentences that use comparative words to define a rule, not to state a finding about the data. Exact sentences,
    /// so that no finding can hide behind them.
    /// </summary>
    public static readonly IReadOnlySet<string> Definitions = new HashSet<string>(StringComparer.Ordinal)
    {
        "der Rang unter den Sozialräumen, wobei Rang 1 den höchsten Handlungsbedarf bezeichnet.",
        "Rang: Platz unter den Sozialräumen mit ausgewiesenem Wert, 1 = höchster Handlungsbedarf gemäß Polarität („+“: höchster Wert, „-“: niedrigster Wert).",
        "Für jede Spalte wird die Differenz Haan minus Kreis in Prozentpunkten und der Rang Haans unter den zehn kreisangehörigen Städten berechnet (1 = höchster Wert = höchste Belastung).",
        "Welche Spielplätze werden am dringendsten gebraucht? · [](#spielflaechen)", // the town's question, quoted
    };

    private static readonly ClaimKind[] ChangeKinds = [ClaimKind.Development, ClaimKind.LargestIncrease, ClaimKind.LargestDecrease];

    /// <summary>All problems the fact check finds in a filled report (empty when every statement holds).</summary>
    public static IReadOnlyList<string> Problems(FilledReport report) =>
        [.. report.Claims.SelectMany(c => Rederive(report, c).Select(p => $"{c.Kind} „{c.Text}“: {p}")),
         .. MissingTexts(report),
         .. UncoveredSentences(report)];

    /// <summary>Claims whose text does not appear in the filled Markdown.</summary>
    public static IEnumerable<string> MissingTexts(FilledReport report)
    {
        var text = Normalise(report.Markdown);
        return report.Claims
            .Where(c => !text.Contains(Normalise(c.Text), StringComparison.Ordinal))
            .Select(c => $"{c.Kind} „{c.Text}“ steht nicht im gefüllten Bericht.");
    }

    /// <summary>Sentences with comparative words that carry no claim (of a change kind, where they speak of change).</summary>
    public static IEnumerable<string> UncoveredSentences(FilledReport report)
    {
        foreach (var sentence in Sentences.Split(report.Markdown).Select(Normalise))
        {
            if (!Comparative().IsMatch(sentence) || Definitions.Contains(sentence))
            {
                continue;
            }

            var carried = report.Claims.Where(c => c.Text.Length > 0 && sentence.Contains(Normalise(c.Text), StringComparison.Ordinal)).ToList();
            if (carried.Count == 0)
            {
                yield return $"Satz mit Vergleich ohne Vorlagenfunktion: „{sentence}“";
            }
            else if (ChangeWords().IsMatch(Strip(sentence, carried)) && !carried.Any(c => ChangeKinds.Contains(c.Kind)))
            {
                yield return $"Satz über eine Veränderung trägt nur eine Aussage über ein Niveau: „{sentence}“";
            }
        }
    }

    /// <summary>The sentence without the texts of the claims it carries (what the template itself wrote).</summary>
    private static string Strip(string sentence, IEnumerable<Claim> claims) =>
        claims.Aggregate(sentence, (s, c) => s.Replace(Normalise(c.Text), " ", StringComparison.Ordinal));

    private static string Normalise(string text) => Regex.Replace(text.Replace("**", string.Empty, StringComparison.Ordinal), @"\s+", " ").Trim();

    /// <summary>Re-derives one claim; returns what does not hold.</summary>
    public static IEnumerable<string> Rederive(FilledReport report, Claim claim)
    {
        var results = report.Results;
        switch (claim.Kind)
        {
            case ClaimKind.TownComparison:
            {
                var cell = results.Get(claim.Indicators[0], claim.Areas[0], claim.Years[0]);
                var town = results.Get(claim.Indicators[0], Town, claim.Years[0]);
                foreach (var p in Expect("Wert", Shown(cell), claim.Values[0]).Concat(Expect("Stadtwert", Shown(town), claim.Values[1])))
                {
                    yield return p;
                }

                if (cell.Value is not { } v || town.Value is not { } t || !cell.Status.HasValue() || t == 0)
                {
                    yield return "Vergleich mit einem nicht ausgewiesenen Wert.";
                    yield break;
                }

                var level = Level(cell, town) switch
                {
                    0 => "deutlich unter",
                    1 => "leicht unter",
                    2 => "etwa auf dem Niveau",
                    3 => "leicht über",
                    _ => "deutlich über",
                };
                foreach (var p in Expect("Einstufung", level, claim.Outcome).Concat(Contains(claim, level, claim.Values[0], claim.Values[1])))
                {
                    yield return p;
                }

                break;
            }

            case ClaimKind.Development:
            {
                var from = results.Get(claim.Indicators[0], claim.Areas[0], claim.Years[0]);
                var to = results.Get(claim.Indicators[0], claim.Areas[0], claim.Years[1]);
                var difference = Round(to) - Round(from);
                var verb = difference > 0 ? "gestiegen" : difference < 0 ? "gesunken" : "gleich geblieben";
                foreach (var p in Expect("Anfangswert", Shown(from), claim.Values[0])
                             .Concat(Expect("Endwert", Shown(to), claim.Values[1]))
                             .Concat(Expect("Richtung", verb, claim.Outcome))
                             .Concat(Contains(claim, verb, claim.Values[1]))
                             .Concat(difference == 0 ? [] : Contains(claim, claim.Values[0], Signed(to.Definition, difference))))
                {
                    yield return p;
                }

                break;
            }

            case ClaimKind.Rank:
            {
                var cell = results.Get(claim.Indicators[0], claim.Areas[0], claim.Years[0]);
                var ranked = results.Table(claim.Indicators[0], claim.Years[0]).Where(c => !c.IsTown && c.Status.HasValue() && c.Value.HasValue).ToList();
                // ranked on the shown (rounded) values: areas showing the same value share a rank
                var moreNeed = cell.Definition.Polarity == Polarity.HigherIsMoreNeed
                    ? ranked.Count(c => Round(c) > Round(cell))
                    : ranked.Count(c => Round(c) < Round(cell));
                foreach (var p in Expect("Rang", $"{moreNeed + 1} von {ranked.Count}", claim.Outcome))
                {
                    yield return p;
                }

                break;
            }

            case ClaimKind.Highest or ClaimKind.Lowest:
            {
                var shown = results.Table(claim.Indicators[0], claim.Years[0]).Where(c => !c.IsTown && c.Status.HasValue() && c.Value.HasValue).ToList();
                var best = claim.Kind == ClaimKind.Highest ? shown.Max(Round) : shown.Min(Round);
                var areas = shown.Where(c => Round(c) == best).Select(c => c.AreaId);
                var word = claim.Kind == ClaimKind.Highest ? "am höchsten" : "am niedrigsten";
                foreach (var p in SameSet("Gebiete", areas, claim.Areas)
                             .Concat(Expect("Wert", Shown(results.Get(claim.Indicators[0], claim.Areas[0], claim.Years[0])), claim.Values[0]))
                             .Concat(Contains(claim, [word, claim.Values[0], .. Names(report, claim.Areas)])))
                {
                    yield return p;
                }

                break;
            }

            case ClaimKind.LargestIncrease or ClaimKind.LargestDecrease:
            {
                var increase = claim.Kind == ClaimKind.LargestIncrease;
                var changes = report.Data.Areas
                    .Select(a => (Area: a.Key, From: results.Get(claim.Indicators[0], a.Key, claim.Years[0]), To: results.Get(claim.Indicators[0], a.Key, claim.Years[1])))
                    .Where(p => p.From.Status.HasValue() && p.To.Status.HasValue() && p.From.Value.HasValue && p.To.Value.HasValue)
                    .Select(p => (p.Area, p.To.Definition, Difference: Math.Round(Round(p.To) - Round(p.From), 6)))
                    .Where(p => increase ? p.Difference > 0 : p.Difference < 0)
                    .ToList();
                var verb = increase ? "gestiegen" : "gesunken";
                if (changes.Count == 0)
                {
                    foreach (var p in SameSet("Gebiete", [], claim.Areas).Concat(Contains(claim, "in keinem Sozialraum", verb)))
                    {
                        yield return p;
                    }

                    break;
                }

                var best = increase ? changes.Max(p => p.Difference) : changes.Min(p => p.Difference);
                var winners = changes.Where(p => p.Difference == best).ToList();
                foreach (var p in SameSet("Gebiete", winners.Select(w => w.Area), claim.Areas)
                             .Concat(Contains(claim, ["am stärksten " + verb, Signed(winners[0].Definition, best), .. Names(report, claim.Areas)])))
                {
                    yield return p;
                }

                break;
            }

            case ClaimKind.StandingOut:
            {
                var above = claim.Outcome == "über";
                var town = results.Get(claim.Indicators[0], Town, claim.Years[0]);
                var areas = results.Table(claim.Indicators[0], claim.Years[0])
                    .Where(c => !c.IsTown && c.Status.HasValue() && c.Value.HasValue && town.Value > 0
                                && (above ? Level(c, town) == 4 : Level(c, town) == 0))
                    .Select(c => c.AreaId);
                foreach (var p in SameSet("Gebiete", areas, claim.Areas).Concat(Contains(claim, Names(report, claim.Areas))))
                {
                    yield return p;
                }

                break;
            }

            case ClaimKind.PairComparison:
            {
                var a = results.Get(claim.Indicators[0], claim.Areas[0], claim.Years[0]);
                var b = results.Get(claim.Indicators[1], claim.Areas[0], claim.Years[0]);
                var relation = Round(a) > Round(b) ? "höher als" : Round(a) < Round(b) ? "niedriger als" : "ebenso hoch wie";
                foreach (var p in Expect("Wert", Shown(a), claim.Values[0])
                             .Concat(Expect("Vergleichswert", Shown(b), claim.Values[1]))
                             .Concat(Expect("Beziehung", relation, claim.Outcome))
                             .Concat(Contains(claim, relation, claim.Values[0], claim.Values[1])))
                {
                    yield return p;
                }

                break;
            }

            case ClaimKind.RegionalComparison or ClaimKind.RegionalRank or ClaimKind.RegionalRange:
            {
                foreach (var p in RederiveRegional(report.Data, claim))
                {
                    yield return p;
                }

                break;
            }

            case ClaimKind.SchoolHighest:
            {
                var schools = report.Data.Facilities.Where(f => f.Kind == FacilityKind.School && f.SocialIndex is not null).ToList();
                var max = schools.Max(f => f.SocialIndex!.Value);
                foreach (var p in SameSet("Schulen", schools.Where(f => f.SocialIndex == max).Select(f => f.Name), claim.Areas)
                             .Concat(Contains(claim, [$"Sozialindex {max}", .. claim.Areas])))
                {
                    yield return p;
                }

                break;
            }

            case ClaimKind.NeedSupplyMismatch:
            {
                int? ClassOf(string indicator, string area)
                {
                    var cell = results.Get(indicator, area, claim.Years[0]);
                    var town = results.Get(indicator, Town, claim.Years[0]);
                    return cell.Status.HasValue() && cell.Value.HasValue && town.Value > 0 ? Level(cell, town) : null;
                }

                var mismatches = report.Data.Areas
                    .Where(a => ClassOf(claim.Indicators[0], a.Key) >= 3 && claim.Indicators.Skip(1).Any(s => ClassOf(s, a.Key) <= 1))
                    .Select(a => a.Key)
                    .ToList();
                foreach (var p in SameSet("Gebiete", mismatches, claim.Areas)
                             .Concat(Expect("Urteil", mismatches.Count == 0 ? "ja" : "teilweise", claim.Outcome))
                             .Concat(Contains(claim, Names(report, claim.Areas))))
                {
                    yield return p;
                }

                break;
            }

            case ClaimKind.FocusAreas:
            {
                var year = claim.Years[0];
                var focus = report.Data.Areas.Where(a =>
                {
                    var now = results.Get("sozialindex", a.Key, year);
                    var before = results.Find("sozialindex", a.Key, year - 2);
                    var lowStatus = now.Status.HasValue() && Round(now) >= 120;
                    var negative = now.Status.HasValue() && before is not null && before.Status.HasValue()
                                   && GermanFormat.Round(now.Value!.Value - before.Value!.Value, 1) >= 5;
                    return lowStatus || negative;
                }).Select(a => a.Key).ToList();
                foreach (var p in SameSet("Schwerpunkte", focus, claim.Areas).Concat(Contains(claim, focus.Count == 0 ? ["kein Sozialraum"] : Names(report, focus))))
                {
                    yield return p;
                }

                break;
            }

            default:
                yield return "Unbekannte Art von Aussage – die Faktenprüfung kennt sie nicht.";
                break;
        }
    }

    private static IEnumerable<string> RederiveRegional(DataSet data, Claim claim)
    {
        Func<KreisSgbIIRates, decimal> column = claim.Indicators[0] switch
        {
            "sgb2" => r => r.SgbIIRate,
            "elb" => r => r.ElbRate,
            "elb_m" => r => r.ElbRateMen,
            "elb_w" => r => r.ElbRateWomen,
            "nef" => r => r.NefRateUnder15,
            var other => throw new InvalidOperationException($"unknown Kreis column {other}"),
        };
        var kreis = data.KreisSgbII.Single(r => r.Ags == "05158000");
        var towns = data.KreisSgbII.Where(r => r.Ags != "05158000").ToList();
        var haan = towns.Single(r => r.Region.StartsWith("Haan", StringComparison.Ordinal));
        switch (claim.Kind)
        {
            case ClaimKind.RegionalComparison:
            {
                var difference = column(haan) - column(kreis);
                var side = difference < 0 ? "unter" : difference > 0 ? "über" : "gleichauf mit";
                var distance = GermanFormat.Number((double)Math.Abs(difference), 1);
                foreach (var p in Expect("Richtung", side, claim.Outcome).Concat(Contains(claim, side, Percent(column(kreis)))))
                {
                    yield return p;
                }

                if (difference != 0)
                {
                    foreach (var p in Contains(claim, $"um {distance} Prozentpunkte"))
                    {
                        yield return p;
                    }
                }

                break;
            }

            case ClaimKind.RegionalRank:
            {
                var rank = 1 + towns.Count(r => column(r) > column(haan));
                foreach (var p in Expect("Rang", $"Rang {rank} von {towns.Count}", claim.Text))
                {
                    yield return p;
                }

                break;
            }

            default:
            {
                var lowest = towns.Where(r => column(r) == towns.Min(column)).Select(r => r.Region).ToList();
                var highest = towns.Where(r => column(r) == towns.Max(column)).Select(r => r.Region).ToList();
                if (!lowest.Contains(claim.Areas[0]) || !highest.Contains(claim.Areas[1]))
                {
                    yield return $"niedrigste: {string.Join(", ", lowest)}, höchste: {string.Join(", ", highest)}; angegeben: {claim.Areas[0]}, {claim.Areas[1]}.";
                }

                foreach (var p in Contains(claim, "am niedrigsten in " + claim.Areas[0], "am höchsten in " + claim.Areas[1],
                             Percent(towns.Min(column)), Percent(towns.Max(column))))
                {
                    yield return p;
                }

                break;
            }
        }
    }

    /// <summary>
    /// The documented classification (methods chapter): the rounded value against the rounded breaks at 80, 95, 105 and
    /// 120 % of the town value, each class „a bis unter b“; 0 = deutlich unter … 4 = deutlich über.
    /// </summary>
    internal static int Level(IndicatorValue cell, IndicatorValue town)
    {
        var decimals = cell.Definition.Decimals;
        var value = GermanFormat.Round(cell.Value!.Value, decimals);
        return new[] { 0.80, 0.95, 1.05, 1.20 }.Count(f => value >= GermanFormat.Round(f * town.Value!.Value, decimals));
    }

    private static string Percent(decimal value) => GermanFormat.Percent((double)value, 1);

    private static double Round(IndicatorValue cell) => GermanFormat.Round(cell.Value!.Value, cell.Definition.Decimals);

    private static string Signed(IndicatorDefinition definition, double difference) => GermanFormat.Signed(difference, definition.Decimals);

    /// <summary>A cell as the text shows it: value with unit, in brackets when of limited reliability.</summary>
    private static string Shown(IndicatorValue cell) => cell.Status switch
    {
        CellStatus.Published when cell.Value is { } v => GermanFormat.WithUnit(v, cell.Definition.Decimals, cell.Definition.Unit),
        CellStatus.LowReliability when cell.Value is { } v => "(" + GermanFormat.WithUnit(v, cell.Definition.Decimals, cell.Definition.Unit) + ")",
        _ => cell.Display,
    };

    private static IEnumerable<string> Names(FilledReport report, IEnumerable<string> areas) =>
        areas.Select(a => a == Town ? "Stadt Haan" : report.Data.Areas.Single(x => x.Key == a).Name);

    private static IEnumerable<string> Expect(string what, string expected, string stated) =>
        string.Equals(expected, stated, StringComparison.Ordinal) ? [] : [$"{what}: aus den Werten „{expected}“, angegeben „{stated}“."];

    private static IEnumerable<string> SameSet(string what, IEnumerable<string> expected, IEnumerable<string> stated)
    {
        var e = expected.Order(StringComparer.Ordinal).ToList();
        var s = stated.Order(StringComparer.Ordinal).ToList();
        return e.SequenceEqual(s) ? [] : [$"{what}: aus den Werten {string.Join(", ", e)}, angegeben {string.Join(", ", s)}."];
    }

    private static IEnumerable<string> Contains(Claim claim, params IEnumerable<string> parts) =>
        parts.Where(p => !claim.Text.Contains(p, StringComparison.Ordinal)).Select(p => $"Der Satz nennt „{p}“ nicht.");
}
