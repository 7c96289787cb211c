using Haan.Report.Data;
using Haan.Report.Indicators.Confidentiality;
using Haan.Report.Indicators;
using Haan.Report.Indicators.Adapter;
using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Engine;
using Haan.Report.Indicators.Regional;
using Haan.Report.Indicators.SocialIndex;
using Scriban.Runtime;

namespace Haan.Report.Templates.Model;

/// <summary>
/// Builds the hand-made model templates see: only <see cref="ScriptObject"/>/<see cref="ScriptArray"/>, strings,
/// numbers, booleans and the functions of <see cref="TemplateFunctions"/>. Names are German (snake_case), see
/// docs/VORLAGEN.md.
/// </summary>
public static class ReportModel
{
    public static ScriptObject Create(ReportInfo info, DataSet data, IndicatorReport report)
    {
        var results = report.Results;
        var model = new ScriptObject();
        Set(model, "bericht", new ScriptObject
        {
            ["titel"] = info.Title,
            ["untertitel"] = info.Subtitle,
            ["herausgeber"] = info.Publisher,
            ["jahr"] = info.ReportYear,
            ["version"] = info.Version,
            ["stand"] = info.PublicationDate.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture),
        });

        Set(model, "berichtsjahr", info.ReportYear);
        Set(model, "erstes_jahr", results.Years[0]);
        Set(model, "jahre", ToArray(results.Years.Select(y => (object)y)));
        Set(model, "stadt", AreaObject(DataSet.TownKey, "Stadt Haan", "Haan"));
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
        Set(model, "geheimhaltung", new ScriptObject
        {
            // One number for all kinds: how many cells were primary would narrow down which cells hold small counts.
            ["gesperrt"] = results.Audit.Count(a => a.Kind != SuppressionKind.Inherited),
        });

        Set(model, "kreisvergleich", KreisComparison(data, report.Regional));
        Set(model, "bewegung", TownMovements(data, info.ReportYear));
        Set(model, "einrichtungen", FacilityCounts(data));
        Set(model, "schulen", Schools(data));
        Set(model, "sozialindex_klassen", SocialIndex(report, info.ReportYear));
        Set(model, "methoden", new ScriptObject
        {
            ["grundsaetze"] = MethodsDocument.Principles,
            ["altersgrenze"] = MethodsDocument.AgeLimitTable(),
            ["geheimhaltung"] = MethodsDocument.Confidentiality,
            ["erreichbarkeit"] = MethodsDocument.Accessibility,
            ["kreisvergleich"] = MethodsDocument.Regional,
        });
        new TemplateFunctions(info, data, results).Register(model);
        return model;
    }

    /// <summary>
    /// The Kreis Mettmann table from the indicator engine's regional comparison: per column Haan's value, the Kreis
    /// value, the difference and Haan's rank (1 = highest quota), plus the towns with the lowest and highest value.
    /// </summary>
    private static ScriptObject KreisComparison(DataSet data, IReadOnlyList<RegionalColumnResult> regional)
    {
        var result = new ScriptObject();
        var towns = data.KreisSgbII.Where(r => r.Ags != KreisAgs).ToList();
        string[] names = ["sgb2", "elb", "elb_m", "elb_w", "nef"];
        Func<KreisSgbIIRates, decimal>[] columns = [r => r.SgbIIRate, r => r.ElbRate, r => r.ElbRateMen, r => r.ElbRateWomen, r => r.NefRateUnder15];
        for (var i = 0; i < regional.Count && i < names.Length; i++)
        {
            var column = regional[i];
            var ordered = towns.OrderBy(columns[i]).ToList();
            result[names[i]] = new ScriptObject
            {
                ["name"] = column.Column.Name,
                ["haan"] = GermanFormat.Percent(column.HaanValue, column.Column.Decimals),
                ["kreis"] = GermanFormat.Percent(column.KreisValue, column.Column.Decimals),
                ["differenz"] = column.DifferenceText,
                ["abstand"] = GermanFormat.Number(Math.Abs(column.Difference), column.Column.Decimals),
                ["richtung"] = column.Difference < 0 ? "unter" : column.Difference > 0 ? "über" : "gleichauf mit",
                ["rang"] = column.Rank,
                ["rangtext"] = column.RankText,
                ["staedte"] = column.MunicipalityCount,
                ["niedrigste"] = new ScriptObject { ["name"] = ordered[0].Region, ["wert"] = GermanFormat.Percent((double)columns[i](ordered[0]), 1) },
                ["hoechste"] = new ScriptObject { ["name"] = ordered[^1].Region, ["wert"] = GermanFormat.Percent((double)columns[i](ordered[^1]), 1) },
            };
        }

        return result;
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

    /// <summary>The schools with a Schulsozialindex: count, mean index and the school with the highest index.</summary>
    private static ScriptObject Schools(DataSet data)
    {
        var indexed = data.Facilities.Where(f => f.Kind == FacilityKind.School && f.SocialIndex is not null).ToList();
        if (indexed.Count == 0)
        {
            return new ScriptObject { ["anzahl_mit_index"] = 0 };
        }

        var highest = indexed.OrderByDescending(f => f.SocialIndex).ThenBy(f => f.Name, StringComparer.Ordinal).First();
        return new ScriptObject
        {
            ["anzahl_mit_index"] = indexed.Count,
            ["sozialindex_mittel"] = GermanFormat.Number(indexed.Average(f => f.SocialIndex!.Value), 2),
            ["hoechster_name"] = highest.Name,
            ["hoechster_index"] = highest.SocialIndex!.Value,
            ["hoechster_startchancen"] = highest.Startchancen == true,
        };
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

    private const string KreisAgs = "05158000";

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
