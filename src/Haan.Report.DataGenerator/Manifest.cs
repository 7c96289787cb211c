namespace Haan.Report.DataGenerator;

/// <summary>Writes <c>datensaetze.csv</c>: one row per data file with kind (real/synthetisch), source, licence, attribution.</summary>
internal static class Manifest
{
    public const string FileName = "datensaetze.csv";

    private const string Synthetic = "synthetisch";
    private const string DemoLicence = "keine (synthetische Demonstrationsdaten)";
    private const string DemoAttribution = "Demonstrationsdaten – keine amtlichen Zahlen der Stadt Haan";
    private const string DemoNote = "Erzeugt von src/Haan.Report.DataGenerator (fester Startwert); Summen je Jahr konsistent mit amtlichen Eckwerten.";
    private const string Dec31 = "31.12. des Jahres";

    private static readonly Dictionary<string, string[]> Entries = new(StringComparer.Ordinal)
    {
        ["gemeinden_kreis_mettmann.geojson"] = ["real", "Gemeindegrenzen Kreis Mettmann (DVG2)", "IT.NRW / Geobasis NRW", "dl-de/zero-2-0", "Land NRW (2023), Datenlizenz Deutschland – Zero – Version 2.0 (www.govdata.de/dl-de/zero-2-0)", "12.06.2023", "Digitale Verwaltungsgrenzen DVG2, EPSG:25832; Auszug der 10 Städte des Kreises Mettmann."],
        ["sozialraeume.geojson"] = [Synthetic, "Sozialräume der Stadt Haan (Grenzen)", "Planungsamt der Stadt Haan, Geoinformation (Demonstrationsdaten)", DemoLicence, DemoAttribution, "–", "Voronoi-Zerlegung um gewählte Ankerpunkte, auf die amtliche Stadtgrenze (DVG2) zugeschnitten; die echten Grenzen sind nicht veröffentlicht."],
        ["bevoelkerung.csv"] = [Synthetic, "Bevölkerung nach Sozialraum, Alter, Geschlecht, Staatsangehörigkeit", "Melderegister der Stadt Haan (Demonstrationsdaten)", DemoLicence, DemoAttribution, Dec31, DemoNote + " Summe 2019 nahe 30 406 (IT.NRW)."],
        ["bevoelkerungsbewegung.csv"] = [Synthetic, "Geburten, Sterbefälle, Zu- und Fortzüge nach Sozialraum", "Melderegister der Stadt Haan (Demonstrationsdaten)", DemoLicence, DemoAttribution, "Kalenderjahr", DemoNote + " Stadtsummen 2019 und 2023 = Melderegister-Angaben der Presse."],
        ["haushalte.csv"] = [Synthetic, "Haushalte, Haushalte mit Kindern, Alleinerziehende", "Melderegister der Stadt Haan, Haushaltezuordnung (Demonstrationsdaten)", DemoLicence, DemoAttribution, Dec31, DemoNote],
        ["sgb2.csv"] = [Synthetic, "Leistungsberechtigte nach dem SGB II", "Statistik der Bundesagentur für Arbeit, Jobcenter ME-aktiv (Demonstrationsdaten)", DemoLicence, DemoAttribution, Dec31, DemoNote + " Stadtsumme 2023 trifft die veröffentlichten Quoten (SGB II 7,9; ELB 6,9; NEF u15 11,3)."],
        ["arbeitslose.csv"] = [Synthetic, "Arbeitslose nach Rechtskreis SGB II / SGB III", "Statistik der Bundesagentur für Arbeit (Demonstrationsdaten)", DemoLicence, DemoAttribution, Dec31, DemoNote],
        ["sozialhilfe.csv"] = [Synthetic, "Grundsicherung im Alter und bei Erwerbsminderung, Hilfe zum Lebensunterhalt, AsylbLG", "Sozialamt der Stadt Haan (Demonstrationsdaten)", DemoLicence, DemoAttribution, Dec31, DemoNote],
        ["wohngeld.csv"] = [Synthetic, "Wohngeldhaushalte", "Wohngeldstelle der Stadt Haan (Demonstrationsdaten)", DemoLicence, DemoAttribution, Dec31, DemoNote],
        ["kita.csv"] = [Synthetic, "Kita-Plätze und betreute Kinder nach Altersgruppe", "Jugendamt der Stadt Haan (Demonstrationsdaten)", DemoLicence, DemoAttribution, Dec31, DemoNote + " Stadtsumme 2023: 1 213 Plätze (wie amtlich); Plätze 2023 = Summe der Kitas in einrichtungen.csv."],
        ["bevoelkerung_raster.csv"] = [Synthetic, "Bevölkerung im 100-m-Raster nach Altersgruppen", "Melderegister der Stadt Haan, Rasterzuordnung des Planungsamts (Demonstrationsdaten)", DemoLicence, DemoAttribution, Dec31, DemoNote + " Zellsummen je Sozialraum, Jahr und Altersgruppe = bevoelkerung.csv."],
        ["einrichtungen.csv"] = [Synthetic, "Kitas, Spielplätze, Beratungsstellen, Haltestellen", "Jugendamt und Planungsamt der Stadt Haan (Demonstrationsdaten)", DemoLicence, DemoAttribution, "2023", DemoNote + " Anzahlen wie amtlich (18 Kitas, 67 Gruppen, 1 213 Plätze, 56 Spielflächen); Lagen erfunden."],
        ["flaechennutzung.csv"] = [Synthetic, "Versiegelte Flächen und Grünflächen je Sozialraum", "Planungsamt der Stadt Haan, Flächennutzung (Demonstrationsdaten)", DemoLicence, DemoAttribution, "2023", DemoNote],
        ["schulen.csv"] = ["real", "Schulen in Haan mit Schulsozialindex 2024/25", "IT.NRW; Ministerium für Schule und Bildung NRW; Koordinaten: OpenStreetMap (Nominatim)", "dl-de/by-2-0; Koordinaten ODbL", "Schulverzeichnis: IT.NRW, Statistisches Landesamt, Düsseldorf, 2025, dl-de/by-2-0; Schulsozialindex: Ministerium für Schule und Bildung NRW, dl-de/by-2-0; Koordinaten © OpenStreetMap-Mitwirkende (ODbL)", "Schuljahr 2024/25", "Auszug Haan aus github.com/homlador/schulsozialindex-karte (Commit 564c10b); Koordinaten WGS84."],
        ["ladepunkte.csv"] = ["real", "Öffentliche Ladepunkte für E-Autos in Haan", "Bundesnetzagentur, Ladesäulenregister", "CC BY 4.0", "Quelle: Bundesnetzagentur, Ladesäulenregister (Stand 19.07.2019), CC BY 4.0", "19.07.2019", "Veraltet (Juli 2019); Auszug Haan; Koordinaten WGS84."],
        ["gemeinden_bevoelkerung.csv"] = ["real", "Bevölkerung der Städte des Kreises Mettmann", "Statistisches Bundesamt (Destatis); Zensus 2022", "dl-de/by-2-0", "© Statistisches Bundesamt (Destatis), Gemeindeverzeichnis; Zensus 2022: © Statistische Ämter des Bundes und der Länder; dl-de/by-2-0", "31.12.2018, 31.12.2019, 15.05.2022", "Fortschreibung 2018/2019 (Stichtage erschlossen) und Zensus 2022."],
        ["kita_ortsbereiche_2012_13.csv"] = ["real", "Kinder nach Geburtsjahrgängen in den Kita-Ortsbereichen, Kindergartenjahr 2012/13", "Stadt Haan, Jugendamt (Beschlussvorlage 51/060/2012)", "amtliches Werk (§ 5 UrhG)", "Stadt Haan, Beschlussvorlage 51/060/2012 „Kindergartensituation in Haan“", "Kindergartenjahr 2012/13", "Von Hand übertragen, Zeilen- und Spaltensummen geprüft; Ortsbereiche ≠ Sozialräume. https://www2.haan.de/bi/vo0050.php?__kvonr=913"],
        ["haan_einwohner_eckwerte.csv"] = ["real", "Einwohnerzahlen der Stadt Haan: amtlich, Zensus und Melderegister", "IT.NRW/Destatis, Zensus 2022, Einwohnermeldeamt Haan (über Presseberichte)", "Fakten mit Quellenangabe; amtliche Zahlen dl-de/by-2-0", "Amtliche Zahlen: © Statistisches Bundesamt (Destatis) / IT.NRW, dl-de/by-2-0; Melderegister: Stadt Haan laut RP Online bzw. WZ", "31.12. bzw. 15.05.2022 (Zensus)", "Melderegisterzahlen liegen ~700 über den amtlichen; nicht in einer Zeitreihe mischen. Quelle je Zeile in Spalte url."],
        ["kreis_mettmann_sgb2_quoten.csv"] = ["real", "SGB II-, ELB- und NEF-Quoten der Städte des Kreises Mettmann", "Stadt Haan, Sozialplanung (Statusbericht); Daten: Statistik der Bundesagentur für Arbeit", "Werte wie veröffentlicht", "Stadt Haan, Sozialplanung: Statusbericht integrierte Sozialplanung; Datenbasis: Statistik der Bundesagentur für Arbeit", "keine Angabe in der Quelle", "Werte exakt wie in der Präsentation der Stadt; die Quelle nennt keinen Stichtag."],
    };

    public static void Write(string path, IReadOnlyList<string> files)
    {
        var missing = files.Where(f => !Entries.ContainsKey(f)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("Manifest-Eintrag fehlt für: " + string.Join(", ", missing));
        }

        Output.WriteCsv(path, files.Order(StringComparer.Ordinal).Select(f => (IReadOnlyList<string>)[f, .. Entries[f]]));
    }
}
