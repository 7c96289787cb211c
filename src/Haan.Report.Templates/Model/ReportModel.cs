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

        new TemplateFunctions(info, data, results).Register(model);
        return model;
    }

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
