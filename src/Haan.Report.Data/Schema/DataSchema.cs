namespace Haan.Report.Data.Schema;

/// <summary>
/// The one description of the data directory: every input file with its columns, types, keys and meanings. The readers
/// check headers against it, the data generator writes its headers from it, and the column tables of docs/DATA.md are
/// generated from it (<see cref="ColumnTable"/>; a test fails when the document and the schema differ).
/// </summary>
public static class DataSchema
{
    /// <summary>Every input file, in the order they are read and documented.</summary>
    public static IReadOnlyList<InputFileSpec> Files { get; } =
    [
        new(DataFiles.Manifest, InputFormat.Csv, "Manifest", ["datei"],
        [
            new("datei", "Text, Schlüssel", "Dateiname im Datenverzeichnis"),
            new("art", "`real` / `synthetisch`", "echte (veröffentlichte) Daten oder Demonstrationsdaten"),
            new("titel", "Text", "Titel des Datensatzes"),
            new("quelle", "Text", "liefernde Stelle"),
            new("lizenz", "Text", "Lizenz, z. B. `dl-de/by-2-0`"),
            new("namensnennung", "Text", "Pflichtangabe, die im Bericht erscheint"),
            new("stichtag", "Text", "Stichtag wie veröffentlicht, oder „keine Angabe in der Quelle“"),
            new("hinweis", "Text, optional", "Bearbeitung, Einschränkungen"),
        ]),
        new(DataFiles.Municipalities, InputFormat.GeoJson, "Gemeindegrenzen (real)", ["ags"],
        [
            new("ags", "8 Ziffern", "Amtlicher Gemeindeschlüssel, 8 Ziffern mit führender Null (Pflicht); die berichtende Stadt ist die Gemeinde, in der die Sozialräume liegen"),
            new("name", "Text", "Gemeindename"),
            new("stand", "Datum", "Stand der Grenzen (2023-06-12)"),
        ]),
        new(DataFiles.Areas, InputFormat.GeoJson, "Sozialraumgrenzen (synthetisch)", ["sozialraum"],
        [
            new("sozialraum", "Text, Schlüssel", "`SR01` … `SR07` (eindeutig)"),
            new("name", "Text", "amtlicher Name"),
            new("kurzname", "Text", "kurze Beschriftung für Karten"),
        ]),
        new(DataFiles.Population, InputFormat.Csv, "Bevölkerung (synthetisch)", ["jahr", "sozialraum", "alter", "geschlecht", "staatsangehoerigkeit"],
        [
            new("jahr", "ganze Zahl", "Stichtag 31.12."),
            new("sozialraum", "Schlüssel", "`SR01` … `SR07`"),
            new("alter", "Text", "vollendete Lebensjahre `0` … `94`, `95+` für 95 Jahre und älter"),
            new("geschlecht", "Text", "`m` / `w`"),
            new("staatsangehoerigkeit", "Text", "`deutsch` / `nichtdeutsch`"),
            new("anzahl", "ganze Zahl ≥ 0", "Personen (Haupt- oder alleinige Wohnung)"),
        ]),
        new(DataFiles.Movements, InputFormat.Csv, "Geburten, Sterbefälle, Wanderungen (synthetisch)", ["jahr", "sozialraum"],
        [
            new("jahr", "ganze Zahl, Schlüssel", "Kalenderjahr der Bewegungen"),
            new("sozialraum", "Schlüssel", "Sozialraum aus `sozialraeume.geojson`, z. B. `SR01`"),
            new("geburten", "ganze Zahl ≥ 0", "Lebendgeborene mit Wohnsitz im Sozialraum"),
            new("sterbefaelle", "ganze Zahl ≥ 0", "Gestorbene"),
            new("zuzuege_von_ausserhalb", "ganze Zahl ≥ 0", "Zuzüge von außerhalb der Stadt"),
            new("fortzuege_nach_ausserhalb", "ganze Zahl ≥ 0", "Fortzüge aus der Stadt"),
            new("zuzuege_aus_anderen_sozialraeumen", "ganze Zahl ≥ 0", "Umzüge innerhalb der Stadt in den Sozialraum"),
            new("fortzuege_in_andere_sozialraeume", "ganze Zahl ≥ 0", "Umzüge innerhalb der Stadt aus dem Sozialraum"),
        ]),
        new(DataFiles.Households, InputFormat.Csv, "Haushalte (synthetisch)", ["jahr", "sozialraum"],
        [
            new("jahr", "ganze Zahl, Schlüssel", "Stichtag 31.12."),
            new("sozialraum", "Schlüssel", "Sozialraum aus `sozialraeume.geojson`, z. B. `SR01`"),
            new("haushalte", "ganze Zahl ≥ 0", "Privathaushalte"),
            new("haushalte_mit_kindern", "ganze Zahl ≥ 0", "Haushalte mit mindestens einem Kind unter 18 (≤ `haushalte`)"),
            new("alleinerziehende", "ganze Zahl ≥ 0", "Alleinerziehenden-Haushalte mit Kindern unter 18 (≤ `haushalte_mit_kindern`)"),
        ]),
        new(DataFiles.SgbII, InputFormat.Csv, "Grundsicherung für Arbeitsuchende (synthetisch)", ["jahr", "sozialraum"],
        [
            new("jahr", "ganze Zahl, Schlüssel", "Stichtag 31.12. (bzw. Berichtsmonat Dezember)"),
            new("sozialraum", "Schlüssel", "Sozialraum aus `sozialraeume.geojson`, z. B. `SR01`"),
            new("leistungsberechtigte", "ganze Zahl ≥ 0", "Leistungsberechtigte (LB) insgesamt – Zähler der SGB II-Quote"),
            new("elb_maenner", "ganze Zahl ≥ 0", "erwerbsfähige Leistungsberechtigte, Männer"),
            new("elb_frauen", "ganze Zahl ≥ 0", "erwerbsfähige Leistungsberechtigte, Frauen"),
            new("nef", "ganze Zahl ≥ 0", "nicht erwerbsfähige Leistungsberechtigte, alle Alter"),
            new("nef_unter_15", "ganze Zahl ≥ 0", "davon unter 15 Jahren (≤ `nef`)"),
        ]),
        new(DataFiles.Unemployment, InputFormat.Csv, "Arbeitslose (synthetisch)", ["jahr", "sozialraum"],
        [
            new("jahr", "ganze Zahl, Schlüssel", "Stichtag 31.12. (Dezember)"),
            new("sozialraum", "Schlüssel", "Sozialraum aus `sozialraeume.geojson`, z. B. `SR01`"),
            new("arbeitslose_sgb2", "ganze Zahl ≥ 0", "Arbeitslose im Rechtskreis SGB II (≤ ELB aus `sgb2.csv`)"),
            new("arbeitslose_sgb3", "ganze Zahl ≥ 0", "Arbeitslose im Rechtskreis SGB III"),
        ]),
        new(DataFiles.SocialAssistance, InputFormat.Csv, "Leistungen des Sozialamts (synthetisch)", ["jahr", "sozialraum"],
        [
            new("jahr", "ganze Zahl, Schlüssel", "Stichtag 31.12."),
            new("sozialraum", "Schlüssel", "Sozialraum aus `sozialraeume.geojson`, z. B. `SR01`"),
            new("grundsicherung_alter", "ganze Zahl ≥ 0", "Grundsicherung im Alter (SGB XII, 4. Kapitel), Empfänger ab Altersgrenze"),
            new("grundsicherung_erwerbsminderung", "ganze Zahl ≥ 0", "Grundsicherung bei Erwerbsminderung (SGB XII, 4. Kapitel), 18 bis unter Altersgrenze"),
            new("hilfe_zum_lebensunterhalt", "ganze Zahl ≥ 0", "Hilfe zum Lebensunterhalt (SGB XII, 3. Kapitel)"),
            new("asylbewerberleistungen", "ganze Zahl ≥ 0", "Regelleistungen nach dem AsylbLG"),
        ]),
        new(DataFiles.HousingBenefit, InputFormat.Csv, "Wohngeld (synthetisch)", ["jahr", "sozialraum"],
        [
            new("jahr", "ganze Zahl, Schlüssel", "Stichtag 31.12."),
            new("sozialraum", "Schlüssel", "Sozialraum aus `sozialraeume.geojson`, z. B. `SR01`"),
            new("wohngeld_haushalte", "ganze Zahl ≥ 0", "Haushalte mit Wohngeld (≤ `haushalte` aus `haushalte.csv`)"),
        ]),
        new(DataFiles.Childcare, InputFormat.Csv, "Kindertagesbetreuung (synthetisch)", ["jahr", "sozialraum"],
        [
            new("jahr", "ganze Zahl, Schlüssel", "Stichtag 31.12."),
            new("sozialraum", "Schlüssel", "Sozialraum aus `sozialraeume.geojson`, z. B. `SR01`"),
            new("plaetze_u3", "ganze Zahl ≥ 0", "Kita-Plätze für Kinder unter 3 **mit Standort** im Sozialraum"),
            new("plaetze_3_6", "ganze Zahl ≥ 0", "Kita-Plätze für Kinder von 3 bis unter 6 mit Standort im Sozialraum"),
            new("betreute_u3", "ganze Zahl ≥ 0", "Kinder unter 3 **mit Wohnsitz** im Sozialraum in Kita oder Kindertagespflege (≤ Kinder unter 3)"),
            new("betreute_3_6", "ganze Zahl ≥ 0", "Kinder 3 bis unter 6 mit Wohnsitz im Sozialraum in Betreuung (≤ Kinder 3 bis unter 6)"),
        ]),
        new(DataFiles.PopulationGrid, InputFormat.Csv, "100-m-Raster (synthetisch)", ["jahr", "rechtswert", "hochwert"],
        [
            new("jahr", "ganze Zahl", "Stichtag 31.12.; Jahre aus `bevoelkerung.csv` (alle oder einzelne, Demonstrationsdaten: 2019–2023)"),
            new("sozialraum", "Schlüssel", "Sozialraum, der den **Zellmittelpunkt** enthält"),
            new("rechtswert", "ganze Zahl", "linke untere Ecke, EPSG:25832, Meter, Vielfaches von 100"),
            new("hochwert", "ganze Zahl", "linke untere Ecke, EPSG:25832, Meter, Vielfaches von 100"),
            new("alter_0_5", "ganze Zahl ≥ 0", "Personen 0 bis unter 6"),
            new("alter_6_17", "ganze Zahl ≥ 0", "Personen 6 bis unter 18"),
            new("alter_18_64", "ganze Zahl ≥ 0", "Personen 18 bis unter 65"),
            new("alter_65_plus", "ganze Zahl ≥ 0", "Personen ab 65"),
        ]),
        new(DataFiles.Facilities, InputFormat.Csv, "Einrichtungen als Punkte (synthetisch)", ["id"],
        [
            new("id", "Text, Schlüssel", "eindeutige Kennung, z. B. `KITA01`, `SP12`, `BER03`, `HST40`"),
            new("art", "Text", "`kita`, `spielplatz`, `beratung`, `haltestelle`"),
            new("name", "Text", "Bezeichnung"),
            new("rechtswert", "Dezimalzahl", "EPSG:25832, Meter, z. B. `361286,1`"),
            new("hochwert", "Dezimalzahl", "EPSG:25832, Meter, z. B. `5676556,1`"),
            new("plaetze", "ganze Zahl, nur Kita", "genehmigte Plätze"),
            new("plaetze_u3", "ganze Zahl, nur Kita", "davon für Kinder unter 3 (≤ `plaetze`)"),
            new("gruppen", "ganze Zahl, nur Kita", "Gruppen"),
        ]),
        new(DataFiles.LandCover, InputFormat.Csv, "Versiegelung und Grün (synthetisch)", ["jahr", "sozialraum"],
        [
            new("jahr", "ganze Zahl", "Bezugsjahr"),
            new("sozialraum", "Schlüssel", "Sozialraum aus `sozialraeume.geojson`"),
            new("versiegelt_ha", "Dezimalzahl ≥ 0", "versiegelte Fläche in Hektar"),
            new("gruen_ha", "Dezimalzahl ≥ 0", "Grün- und Freiflächen inkl. Wald in Hektar"),
        ]),
        new(DataFiles.Schools, InputFormat.Csv, "Schulen mit Schulsozialindex (real)", ["schulnummer"],
        [
            new("schulnummer", "Text, Schlüssel", "sechsstellige Schulnummer NRW"),
            new("name", "Text", "amtliche Bezeichnung"),
            new("schulform", "Text", "z. B. Grundschule, Gesamtschule"),
            new("adresse", "Text", "Straße und Hausnummer"),
            new("schueler", "ganze Zahl, optional", "Schülerzahl (wie veröffentlicht gerundet)"),
            new("sozialindex", "1–9, optional", "Schulsozialindex 2024/25 (leer bei Ersatzschulen)"),
            new("startchancen", "`ja` / `nein`", "Startchancen-Schule"),
            new("breitengrad", "Dezimalzahl", "WGS84, z. B. `51,222534`"),
            new("laengengrad", "Dezimalzahl", "WGS84, z. B. `7,008135`"),
        ]),
        new(DataFiles.ChargingPoints, InputFormat.Csv, "Ladepunkte (real)", [],
        [
            new("id", "Text", "Kennung"),
            new("betreiber", "Text", "Betreiber"),
            new("adresse", "Text", "Adresse"),
            new("inbetriebnahme", "Datum (Text)", "JJJJ-MM-TT"),
            new("leistung_kw", "Dezimalzahl, optional", "Anschlussleistung in kW"),
            new("ladepunkte", "ganze Zahl ≥ 0", "Zahl der Ladepunkte"),
            new("breitengrad", "Dezimalzahl", "WGS84, Breitengrad"),
            new("laengengrad", "Dezimalzahl", "WGS84, Längengrad"),
        ]),
        new(DataFiles.MunicipalityPopulation, InputFormat.Csv, "Einwohner der Städte im Kreis (real)", [],
        [
            new("ags", "8 Ziffern", "Gemeindeschlüssel"),
            new("gemeinde", "Text", "Name wie veröffentlicht"),
            new("stichtag", "Datum", "JJJJ-MM-TT"),
            new("bevoelkerung", "ganze Zahl", "Einwohner insgesamt"),
            new("maennlich", "ganze Zahl, optional", "Männer; mit `weiblich` zusammen = `bevoelkerung`"),
            new("weiblich", "ganze Zahl, optional", "Frauen; mit `maennlich` zusammen = `bevoelkerung`"),
            new("quelle", "Text", "Kurzangabe der Quelle"),
        ]),
        new(DataFiles.KreisSgbII, InputFormat.Csv, "Quoten im Kreisvergleich (real)", [],
        [
            new("region", "Text", "Stadt oder Kreis („Mettmann“ = Kreis Mettmann)"),
            new("ags", "8 Ziffern", "Gemeindeschlüssel (der Kreis selbst: die ersten fünf Ziffern und 000)"),
            new("sgb2_quote", "Dezimalzahl, %", "SGB II-Quote"),
            new("elb_quote", "Dezimalzahl, %", "ELB-Quote"),
            new("elb_quote_maenner", "Dezimalzahl, %", "ELB-Quote der Männer"),
            new("elb_quote_frauen", "Dezimalzahl, %", "ELB-Quote der Frauen"),
            new("nef_quote_u15", "Dezimalzahl, %", "NEF-Quote unter 15"),
        ]),
        new(DataFiles.KitaPlanningAreas2012, InputFormat.Csv, "Kinder in den Kita-Ortsbereichen 2012/13 (real)", [],
        [
            new("zeile", "Text", "Zeilenbezeichnung wie in der Quelle (Geburtsjahrgang, Summenzeile)"),
            new("haan_ost", "ganze Zahl ≥ 0", "Kinder im Ortsbereich"),
            new("haan_mitte", "ganze Zahl ≥ 0", "Kinder im Ortsbereich"),
            new("haan_west", "ganze Zahl ≥ 0", "Kinder im Ortsbereich"),
            new("alt_haan_insgesamt", "ganze Zahl ≥ 0", "= Ost + Mitte + West (geprüft)"),
            new("gruiten", "ganze Zahl ≥ 0", "Kinder in Gruiten"),
            new("insgesamt", "ganze Zahl ≥ 0", "= alt_haan_insgesamt + gruiten (geprüft)"),
        ]),
        new(DataFiles.TownPopulationBenchmarks, InputFormat.Csv, "veröffentlichte Einwohnerzahlen (real)", [],
        [
            new("stichtag", "Datum", "JJJJ-MM-TT"),
            new("einwohner", "ganze Zahl ≥ 0", "Einwohnerzahl"),
            new("bestandsart", "Text", "`amtlich` (IT.NRW/Destatis-Fortschreibung), `zensus` oder `melderegister`"),
            new("beschreibung", "Text", "Angaben wie zusammengetragen (ggf. mit m/w)"),
            new("quelle", "Text", "Veröffentlichung"),
            new("url", "Text", "Fundstelle"),
        ]),    ];

    /// <summary>
    /// The optional mapping table for KomMonitor downloads in <c>kommonitor/</c> of the data directory: which download
    /// feeds which column, which date is which report year, which KomMonitor area ID is which Sozialraum.
    /// </summary>
    public static InputFileSpec KomMonitorMapping { get; } = new("kommonitor/zuordnung.csv", InputFormat.Csv, "Zuordnung der KomMonitor-Downloads", ["art", "kommonitor"],
    [
        new("art", "`indikator` / `datum` / `gebiet`", "was zugeordnet wird"),
        new("kommonitor", "Text", "`indikator`: Dateiname des Downloads in `kommonitor/` (ZIP, CSV oder GeoJSON); `datum`: Datumsspalte `JJJJ-MM-TT`; `gebiet`: `ID` des Gebiets in KomMonitor"),
        new("ziel", "Text", "`indikator`: `datei.csv:spalte` einer Sozialraum-Tabelle, z. B. `sgb2.csv:leistungsberechtigte`; `datum`: Berichtsjahr; `gebiet`: Sozialraum, z. B. `SR01`"),
    ]);

    private static readonly Dictionary<string, InputFileSpec> ByName = Files.Append(KomMonitorMapping).ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>The specification of <paramref name="fileName"/>.</summary>
    public static InputFileSpec Of(string fileName) =>
        ByName.TryGetValue(fileName, out var spec) ? spec : throw new ArgumentException($"No input file {fileName} in the schema.", nameof(fileName));

    /// <summary>The Markdown column table of a file as it stands in docs/DATA.md.</summary>
    public static string ColumnTable(InputFileSpec file)
    {
        var first = file.Format == InputFormat.GeoJson ? "Eigenschaft" : "Spalte";
        var lines = new List<string> { $"| {first} | Typ | Bedeutung |", "|---|---|---|" };
        lines.AddRange(file.Columns.Select(c => $"| `{c.Name}` | {c.Type} | {c.Description} |"));
        return string.Join("\n", lines);
    }
}
