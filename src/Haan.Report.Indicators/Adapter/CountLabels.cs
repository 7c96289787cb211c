using System.Text.RegularExpressions;
using Haan.Report.Indicators.Catalogue;

namespace Haan.Report.Indicators.Adapter;

/// <summary>
/// German labels for the count keys of <see cref="DataSetCounts"/> („hlu“ → „Hilfe zum Lebensunterhalt
/// (Empfängerinnen und Empfänger)“), so that published tables never show the technical keys; the keys themselves stay in
/// the catalogue, the CSV/XLSX tables and the manifest.
/// </summary>
public static partial class CountLabels
{
    private static readonly Dictionary<string, string> Variables = new(StringComparer.Ordinal)
    {
        ["bev"] = "Einwohnerinnen und Einwohner",
        ["hh"] = "Haushalte",
        ["hh_kinder"] = "Haushalte mit Kindern",
        ["hh_alleinerziehend"] = "Haushalte von Alleinerziehenden",
        ["sgb2_lb"] = "Leistungsberechtigte nach dem SGB II",
        ["elb"] = "Erwerbsfähige Leistungsberechtigte (SGB II)",
        ["nef"] = "Nicht erwerbsfähige Leistungsberechtigte (SGB II)",
        ["al_sgb2"] = "Arbeitslose im Rechtskreis SGB II",
        ["al_sgb3"] = "Arbeitslose im Rechtskreis SGB III",
        ["gsi_alter"] = "Grundsicherung im Alter (Empfängerinnen und Empfänger)",
        ["gsi_em"] = "Grundsicherung bei Erwerbsminderung (Empfängerinnen und Empfänger)",
        ["hlu"] = "Hilfe zum Lebensunterhalt (Empfängerinnen und Empfänger)",
        ["asylblg"] = "Leistungen nach dem Asylbewerberleistungsgesetz (Empfängerinnen und Empfänger)",
        ["wohngeld_hh"] = "Wohngeldhaushalte",
        ["kita_plaetze"] = "Kita-Plätze",
        ["kita_betreut"] = "Betreute Kinder",
        ["zuzuege"] = "Zuzüge",
        ["fortzuege"] = "Fortzüge",
        ["versiegelt_ha"] = "Versiegelte Fläche (ha)",
        ["flaeche_ha"] = "Fläche (ha)",
        ["spielplaetze"] = "Spielflächen",
        ["ladepunkte"] = "Ladepunkte",
        ["raster_bev"] = "Einwohnerinnen und Einwohner (100-m-Raster)",
        ["raster_spielplatz_400m"] = "Kinder mit Spielfläche in 400 m (100-m-Raster)",
        ["raster_bus_500m"] = "Ältere mit Bushaltestelle in 500 m (100-m-Raster)",
        ["raster_beratung_500m"] = "Ältere mit Beratungsstelle in 500 m (100-m-Raster)",
    };

    [GeneratedRegex(@"(?<var>[a-z_0-9]+)(\[(?<filter>[^\]]*)\])?")]
    private static partial Regex Term();

    /// <summary>The German label of an audit subject: an indicator id (its catalogue name) or a count expression.</summary>
    public static string Label(string subject, IndicatorCatalogue catalogue)
    {
        if (catalogue.TryGet(subject, out var definition) && definition is not null)
        {
            return definition.Name;
        }

        return Term().Replace(subject, m =>
        {
            var variable = m.Groups["var"].Value;
            if (!Variables.TryGetValue(variable, out var label))
            {
                return m.Value; // a number or an unknown key: shown as written
            }

            var filter = m.Groups["filter"].Success ? Filter(m.Groups["filter"].Value) : string.Empty;
            return filter.Length > 0 ? $"{label}, {filter}" : label;
        }).Replace(" - ", " minus ", StringComparison.Ordinal);
    }

    private static string Filter(string filter) => string.Join(", ", filter.Split('|', ',').Select(part => part.Trim() switch
    {
        "m" => "Männer",
        "w" => "Frauen",
        "d" => "Deutsche",
        "a" => "Ausländerinnen und Ausländer",
        "0-RA" => "unter der Regelaltersgrenze",
        "RA-" => "ab der Regelaltersgrenze",
        var range when range.EndsWith('-') => $"ab {range.TrimEnd('-')} Jahren",
        var range when range.Contains('-', StringComparison.Ordinal) => $"{range.Split('-')[0]} bis unter {range.Split('-')[1]} Jahre",
        var other => other,
    }));
}
