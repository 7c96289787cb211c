using Haan.Report.Data;

namespace Haan.Report.Indicators.Adapter;

/// <summary>
/// The one list of count variables: labels (<see cref="CountLabels"/>), input files (<see cref="DataSetCounts.InputFiles"/>)
/// and the generated documentation (<c>docs/INDIKATOREN.md</c>) read it; a test resolves every entry's example against
/// the bundled data, so an entry that <see cref="DataSetCounts"/> cannot resolve fails the build.
/// </summary>
public static class CountVariables
{
    private const string None = "keine";

    /// <summary>Every count variable, in the order of the documentation.</summary>
    public static IReadOnlyList<CountVariable> All { get; } =
    [
        new("bev", "Einwohnerinnen und Einwohner", "Alter (a-b, RA), Geschlecht (m, w), Staatsangehörigkeit (dt, ausl)", "bev[0-3]", [DataFiles.Population]),
        new("hh", "Haushalte", None, "hh", [DataFiles.Households]),
        new("hh_kinder", "Haushalte mit Kindern", None, "hh_kinder", [DataFiles.Households]),
        new("hh_alleinerziehend", "Haushalte von Alleinerziehenden", None, "hh_alleinerziehend", [DataFiles.Households]),
        new("sgb2_lb", "Leistungsberechtigte nach dem SGB II", None, "sgb2_lb", [DataFiles.SgbII]),
        new("elb", "Erwerbsfähige Leistungsberechtigte (SGB II)", "Geschlecht (m, w)", "elb[w]", [DataFiles.SgbII]),
        new("nef", "Nicht erwerbsfähige Leistungsberechtigte (SGB II)", "Alter 0-15", "nef[0-15]", [DataFiles.SgbII]),
        new("al_sgb2", "Arbeitslose im Rechtskreis SGB II", None, "al_sgb2", [DataFiles.Unemployment]),
        new("al_sgb3", "Arbeitslose im Rechtskreis SGB III", None, "al_sgb3", [DataFiles.Unemployment]),
        new("gsi_alter", "Grundsicherung im Alter (Empfängerinnen und Empfänger)", None, "gsi_alter", [DataFiles.SocialAssistance]),
        new("gsi_em", "Grundsicherung bei Erwerbsminderung (Empfängerinnen und Empfänger)", None, "gsi_em", [DataFiles.SocialAssistance]),
        new("hlu", "Hilfe zum Lebensunterhalt (Empfängerinnen und Empfänger)", None, "hlu", [DataFiles.SocialAssistance]),
        new("asylblg", "Leistungen nach dem Asylbewerberleistungsgesetz (Empfängerinnen und Empfänger)", None, "asylblg", [DataFiles.SocialAssistance]),
        new("wohngeld_hh", "Wohngeldhaushalte", None, "wohngeld_hh", [DataFiles.HousingBenefit]),
        new("kita_plaetze", "Kita-Plätze", "Alter 0-3 oder 3-6 (Pflicht)", "kita_plaetze[0-3]", [DataFiles.Childcare]),
        new("kita_betreut", "Betreute Kinder", "Alter 0-3 oder 3-6 (Pflicht)", "kita_betreut[3-6]", [DataFiles.Childcare]),
        new("zuzuege", "Zuzüge", None, "zuzuege", [DataFiles.Movements]),
        new("fortzuege", "Fortzüge", None, "fortzuege", [DataFiles.Movements]),
        new("versiegelt_ha", "Versiegelte Fläche (ha)", None, "versiegelt_ha", [DataFiles.LandCover]),
        new("flaeche_ha", "Fläche (ha)", None, "flaeche_ha", [DataFiles.Areas]),
        new("spielplaetze", "Spielflächen", "keine; nur im letzten Datenjahr", "spielplaetze", [DataFiles.Facilities]),
        new("ladepunkte", "Ladepunkte", "keine; nur im letzten Datenjahr", "ladepunkte", [DataFiles.ChargingPoints]),
        new("raster_bev", "Einwohnerinnen und Einwohner (100-m-Raster)", "Alter 0-18, 0-6 oder 65-", "raster_bev[65-]", [DataFiles.PopulationGrid]),
        new("raster_spielplatz_400m", "Kinder mit Spielfläche in 400 m (100-m-Raster)", "Alter 0-18, 0-6 oder 65-; nur im letzten Datenjahr", "raster_spielplatz_400m[0-18]", [DataFiles.PopulationGrid, DataFiles.Facilities]),
        new("raster_bus_500m", "Ältere mit Bushaltestelle in 500 m (100-m-Raster)", "Alter 0-18, 0-6 oder 65-; nur im letzten Datenjahr", "raster_bus_500m[65-]", [DataFiles.PopulationGrid, DataFiles.Facilities]),
        new("raster_beratung_500m", "Ältere mit Beratungsstelle in 500 m (100-m-Raster)", "Alter 0-18, 0-6 oder 65-; nur im letzten Datenjahr", "raster_beratung_500m[65-]", [DataFiles.PopulationGrid, DataFiles.Facilities]),
    ];

    private static readonly Dictionary<string, CountVariable> ByName = All.ToDictionary(v => v.Name, StringComparer.Ordinal);

    /// <summary>The variable named <paramref name="name"/>, or null.</summary>
    public static CountVariable? Find(string name) => ByName.GetValueOrDefault(name);
}
