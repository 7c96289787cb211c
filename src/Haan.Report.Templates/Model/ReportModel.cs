using Haan.Report.Data;
using Haan.Report.Indicators.Confidentiality;
using Haan.Report.Indicators;
using Haan.Report.Indicators.Adapter;
using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Engine;
using Haan.Report.Indicators.Regional;
using Haan.Report.Indicators.SocialIndex;
using Haan.Report.Templates.Markdown;
using Scriban.Runtime;

namespace Haan.Report.Templates.Model;

/// <summary>
/// Builds the hand-made model templates see: only <see cref="ScriptObject"/>/<see cref="ScriptArray"/>, strings,
/// numbers, booleans and the functions of <see cref="TemplateFunctions"/>. Names are German (snake_case), see
/// docs/VORLAGEN.md.
/// </summary>
public static class ReportModel
{
    public static ScriptObject Create(ReportInfo info, DataSet data, IndicatorReport report) =>
        Create(info, data, report, new ClaimLog());

    /// <summary>Builds the model; every comparative statement a template function makes is recorded in <paramref name="claims"/>.</summary>
    public static ScriptObject Create(ReportInfo info, DataSet data, IndicatorReport report, ClaimLog claims)
    {
        var results = report.Results;
        var model = new ScriptObject();
        Set(model, "bericht", new ScriptObject
        {
            ["titel"] = info.Title,
            ["untertitel"] = info.Subtitle,
            ["herausgeber"] = info.Publisher,
            ["bearbeitung"] = info.PreparedBy,
            ["unterschrift"] = new ScriptObject { ["amt"] = info.SignatureOffice, ["name"] = info.SignatureName },
            ["jahr"] = info.ReportYear,
            ["version"] = info.Version,
            ["anschrift"] = info.Address,
            ["stand"] = info.PublicationDate.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture),
        });

        Set(model, "berichtsjahr", info.ReportYear);
        Set(model, "erstes_jahr", results.Years[0]);
        Set(model, "jahre", ToArray(results.Years.Select(y => (object)y)));
        var town = AreaObject(DataSet.TownKey, info.TownDesignation, info.TownName);
        town["adjektiv"] = info.TownAdjective;
        Set(model, "stadt", town);
        Set(model, "kreis", new ScriptObject { ["name"] = info.KreisName });
        Set(model, "anzahl_sozialraeume", GermanFormat.CountWord(data.Areas.Count));
        Set(model, "sozialraeume", ToArray(data.Areas.Select(a => (object)AreaObject(a.Key, a.Name, a.ShortName))));
        Set(model, "indikatoren", ToArray(results.Catalogue.Indicators.Select(d => (object)IndicatorObject(d))));
        Set(model, "themen", ToArray(results.Catalogue.Topics.Select(t => (object)t)));
        Set(model, "quellen", ToArray(data.Sources.Select(s => (object)new ScriptObject
        {
            ["datei"] = s.File,
            ["titel"] = s.Title,
            ["synthetisch"] = s.IsSynthetic,
            ["quelle"] = s.Source,
            ["lizenz"] = s.Licence,
            ["namensnennung"] = s.Attribution,
            ["stichtag"] = s.ReferenceDate,
            ["hinweis"] = s.Note,
        })));
        Set(model, "demonstrationsdaten", data.ContainsSyntheticData);
        Set(model, "geheimhaltung", Confidentiality(results));

        var kreisClaims = new Dictionary<string, IReadOnlyList<Claim>>(StringComparer.Ordinal);
        Set(model, "kreisvergleich", KreisComparison(data, report.Regional, kreisClaims));
        Set(model, "bewegung", TownMovements(data, info.ReportYear));
        Set(model, "einrichtungen", FacilityCounts(data));
        Set(model, "schulen", Schools(data, claims));
        Set(model, "sozialindex_klassen", SocialIndex(report, info.ReportYear));
        Set(model, "methoden", new ScriptObject
        {
            // Markdown from the code, inserted unescaped (data values are escaped, see MarkdownText).
            ["grundsaetze"] = new MarkdownFragment(MethodsDocument.Principles(info.TownDesignation, data.Areas.Count)),
            ["altersgrenze"] = new MarkdownFragment(MethodsDocument.AgeLimitTable()),
            ["geheimhaltung"] = new MarkdownFragment(MethodsDocument.Confidentiality),
            ["erreichbarkeit"] = new MarkdownFragment(MethodsDocument.Accessibility),
            ["kreisvergleich"] = new MarkdownFragment(MethodsDocument.Regional(info.TownName)),
            ["sozialindex"] = new MarkdownFragment(MethodsDocument.SocialIndexChoice(info.TownName)),
        });
        new TemplateFunctions(info, data, results, claims, kreisClaims, report.SocialIndex).Register(model);
        return model;
    }

    /// <summary>
    /// The Kreis table from the indicator engine's regional comparison: per column the town's value, the Kreis
    /// value and the difference. The comparative statements (direction, rank, lowest and highest town) are only
    /// available through the functions kreis_vergleich, kreis_rang and kreis_spanne, which record them as claims.
    /// </summary>
    private static ScriptObject KreisComparison(DataSet data, IReadOnlyList<RegionalColumnResult> regional, Dictionary<string, IReadOnlyList<Claim>> kreisClaims)
    {
        var result = new ScriptObject();
        var towns = data.KreisSgbII.Where(r => r.Ags != data.KreisAgs).ToList();
        var townRegion = towns.FirstOrDefault(r => r.Ags == data.TownAgs)?.Region ?? data.TownName;
        string[] names = ["sgb2", "elb", "elb_m", "elb_w", "nef"];
        Func<KreisSgbIIRates, decimal>[] columns = [r => r.SgbIIRate, r => r.ElbRate, r => r.ElbRateMen, r => r.ElbRateWomen, r => r.NefRateUnder15];
        for (var i = 0; i < regional.Count && i < names.Length; i++)
        {
            var column = regional[i];
            var ordered = towns.OrderBy(columns[i]).ToList();
            var town = GermanFormat.Percent(column.TownValue, column.Column.Decimals);
            var kreis = GermanFormat.Percent(column.KreisValue, column.Column.Decimals);
            var distance = GermanFormat.Number(Math.Abs(column.Difference), column.Column.Decimals);
            var side = column.Difference < 0 ? "unter" : column.Difference > 0 ? "über" : "gleichauf mit";
            var comparisonText = column.Difference == 0
                ? $"gleichauf mit dem Kreiswert von {kreis}"
                : $"um {distance} Prozentpunkte {side} dem Kreiswert von {kreis}";
            var lowest = $"{ordered[0].Region} ({GermanFormat.Percent((double)columns[i](ordered[0]), 1)})";
            var highestTown = $"{ordered[^1].Region} ({GermanFormat.Percent((double)columns[i](ordered[^1]), 1)})";
            var rankText = $"Rang {column.Rank} von {column.MunicipalityCount}";
            kreisClaims[names[i]] =
            [
                new Claim(ClaimKind.RegionalComparison, comparisonText, [names[i]], [townRegion, "Kreis"], [], [town, kreis, distance], side),
                new Claim(ClaimKind.RegionalRank, rankText, [names[i]], [townRegion], [], [town], rankText),
                new Claim(ClaimKind.RegionalRange, $"am niedrigsten in {lowest}, am höchsten in {highestTown}", [names[i]],
                    [ordered[0].Region, ordered[^1].Region], [],
                    [GermanFormat.Percent((double)columns[i](ordered[0]), 1), GermanFormat.Percent((double)columns[i](ordered[^1]), 1)], "Spanne"),
            ];
            result[names[i]] = new ScriptObject
            {
                ["name"] = column.Column.Name,
                ["stadt"] = town,
                ["kreis"] = GermanFormat.Percent(column.KreisValue, column.Column.Decimals),
                ["differenz"] = column.DifferenceText,
                ["staedte"] = column.MunicipalityCount,
            };
        }

        return result;
    }

    /// <summary>
    /// What the suppression did, derived from the published value set: the number of suppressed count cells (one number
    /// for all kinds — how many were primary would narrow down which cells hold small counts), the number of published
    /// indicator cells that show „.“, and the counts with suppressed cells that the report does not publish on their own
    /// (no indicator has them as its whole numerator), with the indicators they enter.
    /// </summary>
    private static ScriptObject Confidentiality(IndicatorResults results)
    {
        var catalogue = results.Catalogue;
        var publishedSuppressed = catalogue.Indicators
            .SelectMany(d => results.Years.SelectMany(y => results.Table(d.Id, y)))
            .Count(c => c.Status.IsSuppressed());
        var ownNumerators = catalogue.Indicators
            .Where(d => d.Numerator is { Terms: [{ Sign: 1 }] })
            .Select(d => d.Numerator!.Terms[0].Key.ToString())
            .ToHashSet(StringComparer.Ordinal);
        var unpublished = results.Audit
            .Where(a => a.Kind != SuppressionKind.Inherited && !ownNumerators.Contains(a.Subject) && !catalogue.TryGet(a.Subject, out _))
            .Select(a => a.Subject)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var usedIn = catalogue.Indicators
            .Where(d => d.Numerator is { } n && n.Terms.Any(t => unpublished.Contains(t.Key.ToString(), StringComparer.Ordinal)))
            .Select(d => d.Name)
            .ToList();
        return new ScriptObject
        {
            ["gesperrt"] = results.Audit.Count(a => a.Kind != SuppressionKind.Inherited),
            ["veroeffentlicht_gesperrt"] = publishedSuppressed,
            ["geschuetzte_teile"] = GermanFormat.JoinAnd(unpublished.Select(u => CountLabels.Label(u, catalogue)).ToList()),
            ["geschuetzte_teile_anzahl"] = unpublished.Count,
            ["geschuetzt_in"] = GermanFormat.JoinAnd(usedIn),
        };
    }

    /// <summary>Births, deaths and moves across the town boundary in the report year (town totals of the data set).</summary>
    private static ScriptObject TownMovements(DataSet data, int year)
    {
        var row = data.TownMovements.FirstOrDefault(m => m.Year == year);
        return row is null
            ? new ScriptObject { ["vorhanden"] = false }
            : new ScriptObject
            {
                ["vorhanden"] = true,
                ["jahr"] = year,
                ["geburten"] = GermanFormat.Count(row.Births),
                ["sterbefaelle"] = GermanFormat.Count(row.Deaths),
                ["zuzuege"] = GermanFormat.Count(row.InFromOutside),
                ["fortzuege"] = GermanFormat.Count(row.OutToOutside),
                ["natuerlicher_saldo"] = GermanFormat.Signed(row.Births - row.Deaths, 0),
                ["wanderungssaldo"] = GermanFormat.Signed(row.InFromOutside - row.OutToOutside, 0),
            };
    }

    /// <summary>Number of facilities per kind in the data set (formatted).</summary>
    private static ScriptObject FacilityCounts(DataSet data)
    {
        string Count(FacilityKind kind) => GermanFormat.Count(data.Facilities.Count(f => f.Kind == kind));
        return new ScriptObject
        {
            ["kitas"] = Count(FacilityKind.Kita),
            ["spielflaechen"] = Count(FacilityKind.Playground),
            ["beratungsstellen"] = Count(FacilityKind.Counselling),
            ["haltestellen"] = Count(FacilityKind.BusStop),
            ["schulen"] = Count(FacilityKind.School),
            ["ladestandorte"] = Count(FacilityKind.ChargingPoint),
        };
    }

    /// <summary>
    /// The schools: count, Grundschulen, pupils (sum of the published, rounded counts), and of those with a Schulsozialindex
    /// the count, the mean index and the school with the highest index.
    /// </summary>
    private static ScriptObject Schools(DataSet data, ClaimLog claims)
    {
        var schools = data.Facilities.Where(f => f.Kind == FacilityKind.School).ToList();
        var indexed = schools.Where(f => f.SocialIndex is not null).ToList();
        var totals = new ScriptObject
        {
            ["anzahl"] = schools.Count,
            ["grundschulen"] = schools.Count(f => string.Equals(f.SchoolType, "Grundschule", StringComparison.Ordinal)),
            ["schueler"] = GermanFormat.Count(schools.Sum(f => f.Pupils ?? 0)),
            ["ohne_schuelerzahl"] = schools.Count(f => f.Pupils is null),
            ["ohne_index"] = schools.Count - indexed.Count,
        };
        if (indexed.Count == 0)
        {
            totals["anzahl_mit_index"] = 0;
            return totals;
        }

        var highest = indexed.OrderByDescending(f => f.SocialIndex).ThenBy(f => f.Name, StringComparer.Ordinal).First();
        var tied = indexed.Where(f => f.SocialIndex == highest.SocialIndex).Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
        var text = tied.Count == 1
            ? $"an der Schule „{highest.Name}“ am höchsten (Sozialindex {highest.SocialIndex})"
            : $"an den Schulen {GermanFormat.JoinAnd(tied.Select(n => $"„{n}“").ToList())} am höchsten (je Sozialindex {highest.SocialIndex})";
        totals["hoechster_text"] = claims.Add(new Claim(ClaimKind.SchoolHighest, text, ["schulsozialindex"], tied, [],
                [highest.SocialIndex!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)], "am höchsten"));
        totals["anzahl_mit_index"] = indexed.Count;
        totals["sozialindex_mittel"] = GermanFormat.Number(indexed.Average(f => f.SocialIndex!.Value), 2);
        // the third of the scale 1–9 the printed mean falls in: 1 = Stufen 1 bis 3, 2 = 4 bis 6, 3 = 7 bis 9
        totals["sozialindex_mittel_drittel"] = GermanFormat.Round(indexed.Average(f => f.SocialIndex!.Value), 2) switch
        {
            < 3.5 => 1,
            < 6.5 => 2,
            _ => 3,
        };
        totals["hoechster_name"] = highest.Name;
        totals["hoechster_index"] = highest.SocialIndex!.Value;
        totals["hoechster_startchancen"] = highest.Startchancen == true;
        return totals;
    }

    /// <summary>Sozialindex classes of the report year: per Sozialraum index, status and dynamics class, cross-check.</summary>
    private static ScriptArray SocialIndex(IndicatorReport report, int year)
    {
        var array = new ScriptArray();
        foreach (var entry in report.SocialIndex.Where(e => e.Year == year).OrderBy(e => e.StatusRank ?? int.MaxValue))
        {
            array.Add(new ScriptObject
            {
                ["schluessel"] = entry.AreaId,
                ["name"] = entry.AreaName,
                ["index"] = entry.StatusIndex is { } index ? GermanFormat.Number(index, 1) : GermanFormat.SuppressedSymbol,
                ["status"] = entry.Status is { } status ? SocialIndexEntry.StatusText(status) : GermanFormat.SuppressedSymbol,
                ["dynamik"] = entry.DynamicsClass is { } dynamics ? SocialIndexEntry.DynamicsText(dynamics) : GermanFormat.NothingSymbol,
                ["klasse"] = entry.ClassText,
                ["abweichung"] = entry.DisagreementText,
            });
        }

        return array;
    }

    /// <summary>A catalogue entry as templates see it (German field names).</summary>
    internal static ScriptObject IndicatorObject(IndicatorDefinition d) => new()
    {
        ["id"] = d.Id,
        ["name"] = d.Name,
        ["kurzname"] = d.ShortName,
        ["thema"] = d.Topic,
        ["einheit"] = d.Unit,
        ["definition"] = d.Definition,
        ["interpretation"] = d.Interpretation,
        ["quelle"] = d.Source,
        ["stichtag"] = d.ReferenceDate,
        ["aktualisierung"] = d.UpdateInterval,
        ["mindestfallzahl"] = d.MinCount,
        ["leitindikator"] = d.IsHeadline,
    };

    private static ScriptObject AreaObject(string key, string name, string shortName) => new()
    {
        ["schluessel"] = key,
        ["name"] = name,
        ["kurzname"] = shortName,
    };

    private static ScriptArray ToArray(IEnumerable<object> items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }

    private static void Set(ScriptObject target, string name, object value) => target.SetValue(name, value, readOnly: true);
}
