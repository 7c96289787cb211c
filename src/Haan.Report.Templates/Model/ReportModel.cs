using Haan.Report.Data;
using Haan.Report.Indicators.Confidentiality;
using Haan.Report.Indicators.Engine;
using Scriban.Runtime;

namespace Haan.Report.Templates.Model;

/// <summary>
/// Builds the hand-made model templates see: only <see cref="ScriptObject"/>/<see cref="ScriptArray"/>, strings,
/// numbers, booleans and the functions of <see cref="TemplateFunctions"/>. Names are German (snake_case), see
/// docs/VORLAGEN.md.
/// </summary>
public static class ReportModel
{
    public static ScriptObject Create(ReportInfo info, DataSet data, IndicatorResults results)
    {
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
        Set(model, "indikatoren", ToArray(results.Catalogue.Indicators.Select(d => (object)new ScriptObject
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
        })));
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
            ["primaer"] = results.Audit.Count(a => a.Kind == SuppressionKind.Primary),
            ["sekundaer"] = results.Audit.Count(a => a.Kind == SuppressionKind.Secondary),
        });

        Set(model, "kreisvergleich", KreisComparison(data));
        new TemplateFunctions(info, data, results).Register(model);
        return model;
    }

    /// <summary>
    /// The Kreis Mettmann table: per column Haan's value, the Kreis value, the difference in percentage points and
    /// Haan's rank among the towns (1 = lowest quota), plus the town with the lowest and the highest value.
    /// </summary>
    private static ScriptObject KreisComparison(DataSet data)
    {
        var result = new ScriptObject();
        var towns = data.KreisSgbII.Where(r => r.Ags != KreisAgs).ToList();
        var haan = towns.FirstOrDefault(r => r.Ags == DataSet.HaanAgs);
        var kreis = data.KreisSgbII.FirstOrDefault(r => r.Ags == KreisAgs);
        if (haan is null || kreis is null)
        {
            return result;
        }

        var columns = new (string Name, Func<KreisSgbIIRates, decimal> Select)[]
        {
            ("sgb2", r => r.SgbIIRate), ("elb", r => r.ElbRate), ("elb_m", r => r.ElbRateMen),
            ("elb_w", r => r.ElbRateWomen), ("nef", r => r.NefRateUnder15),
        };
        foreach (var (name, select) in columns)
        {
            var ordered = towns.OrderBy(select).ToList();
            var lowest = ordered[0];
            var highest = ordered[^1];
            result[name] = new ScriptObject
            {
                ["haan"] = Percent(select(haan)),
                ["kreis"] = Percent(select(kreis)),
                ["differenz"] = GermanFormat.PercentagePoints((double)(select(haan) - select(kreis)), 1),
                ["abstand"] = GermanFormat.Number((double)Math.Abs(select(haan) - select(kreis)), 1),
                ["richtung"] = select(haan) < select(kreis) ? "unter" : select(haan) > select(kreis) ? "über" : "gleichauf mit",
                ["rang"] = ordered.Count(r => select(r) < select(haan)) + 1,
                ["staedte"] = towns.Count,
                ["niedrigste"] = new ScriptObject { ["name"] = lowest.Region, ["wert"] = Percent(select(lowest)) },
                ["hoechste"] = new ScriptObject { ["name"] = highest.Region, ["wert"] = Percent(select(highest)) },
            };
        }

        return result;

        static string Percent(decimal value) => GermanFormat.Percent((double)value, 1);
    }

    private const string KreisAgs = "05158000";

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
