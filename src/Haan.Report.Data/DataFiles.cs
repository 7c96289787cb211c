namespace Haan.Report.Data;

/// <summary>File names and column lists of the data directory (documented in docs/DATA.md).</summary>
public static class DataFiles
{
    /// <summary>Manifest with one row per data file.</summary>
    public const string Manifest = "datensaetze.csv";

    /// <summary>Kreis Mettmann municipalities (contains the Haan boundary).</summary>
    public const string Municipalities = "gemeinden_kreis_mettmann.geojson";

    /// <summary>Sozialraum boundaries.</summary>
    public const string Areas = "sozialraeume.geojson";

    /// <summary>Population by Sozialraum × year × age × sex × nationality.</summary>
    public const string Population = "bevoelkerung.csv";

    /// <summary>Births, deaths, moves.</summary>
    public const string Movements = "bevoelkerungsbewegung.csv";

    /// <summary>Households.</summary>
    public const string Households = "haushalte.csv";

    /// <summary>SGB II.</summary>
    public const string SgbII = "sgb2.csv";

    /// <summary>Unemployed.</summary>
    public const string Unemployment = "arbeitslose.csv";

    /// <summary>Social assistance (SGB XII, AsylbLG).</summary>
    public const string SocialAssistance = "sozialhilfe.csv";

    /// <summary>Wohngeld.</summary>
    public const string HousingBenefit = "wohngeld.csv";

    /// <summary>Kita places and children in care.</summary>
    public const string Childcare = "kita.csv";

    /// <summary>100 m population grid.</summary>
    public const string PopulationGrid = "bevoelkerung_raster.csv";

    /// <summary>Facilities (Kitas, playgrounds, counselling, bus stops).</summary>
    public const string Facilities = "einrichtungen.csv";

    /// <summary>Sealed and green surface.</summary>
    public const string LandCover = "flaechennutzung.csv";

    /// <summary>Schools (real).</summary>
    public const string Schools = "schulen.csv";

    /// <summary>Charging points (real).</summary>
    public const string ChargingPoints = "ladepunkte.csv";

    /// <summary>Official population of the Kreis towns (real).</summary>
    public const string MunicipalityPopulation = "gemeinden_bevoelkerung.csv";

    /// <summary>Kreis Mettmann SGB II table (real, from the town's presentation).</summary>
    public const string KreisSgbII = "kreis_mettmann_sgb2_quoten.csv";

    /// <summary>Children in the Kita planning areas 2012/13 (real).</summary>
    public const string KitaPlanningAreas2012 = "kita_ortsbereiche_2012_13.csv";

    /// <summary>Published population figures of Haan (real).</summary>
    public const string TownPopulationBenchmarks = "haan_einwohner_eckwerte.csv";

    /// <summary>Every file the loader requires.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Manifest, Municipalities, Areas, Population, Movements, Households, SgbII, Unemployment, SocialAssistance, HousingBenefit,
        Childcare, PopulationGrid, Facilities, LandCover, Schools, ChargingPoints, MunicipalityPopulation, KreisSgbII, KitaPlanningAreas2012, TownPopulationBenchmarks,
    ];

    /// <summary>Expected columns per CSV file, in order.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Columns { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [Manifest] = ["datei", "art", "titel", "quelle", "lizenz", "namensnennung", "stichtag", "hinweis"],
        [Population] = ["jahr", "sozialraum", "alter", "geschlecht", "staatsangehoerigkeit", "anzahl"],
        [Movements] = ["jahr", "sozialraum", "geburten", "sterbefaelle", "zuzuege_von_ausserhalb", "fortzuege_nach_ausserhalb", "zuzuege_aus_anderen_sozialraeumen", "fortzuege_in_andere_sozialraeume"],
        [Households] = ["jahr", "sozialraum", "haushalte", "haushalte_mit_kindern", "alleinerziehende"],
        [SgbII] = ["jahr", "sozialraum", "leistungsberechtigte", "elb_maenner", "elb_frauen", "nef", "nef_unter_15"],
        [Unemployment] = ["jahr", "sozialraum", "arbeitslose_sgb2", "arbeitslose_sgb3"],
        [SocialAssistance] = ["jahr", "sozialraum", "grundsicherung_alter", "grundsicherung_erwerbsminderung", "hilfe_zum_lebensunterhalt", "asylbewerberleistungen"],
        [HousingBenefit] = ["jahr", "sozialraum", "wohngeld_haushalte"],
        [Childcare] = ["jahr", "sozialraum", "plaetze_u3", "plaetze_3_6", "betreute_u3", "betreute_3_6"],
        [PopulationGrid] = ["jahr", "sozialraum", "rechtswert", "hochwert", "alter_0_5", "alter_6_17", "alter_18_64", "alter_65_plus"],
        [Facilities] = ["id", "art", "name", "rechtswert", "hochwert", "plaetze", "plaetze_u3", "gruppen"],
        [LandCover] = ["jahr", "sozialraum", "versiegelt_ha", "gruen_ha"],
        [Schools] = ["schulnummer", "name", "schulform", "adresse", "schueler", "sozialindex", "startchancen", "breitengrad", "laengengrad"],
        [ChargingPoints] = ["id", "betreiber", "adresse", "inbetriebnahme", "leistung_kw", "ladepunkte", "breitengrad", "laengengrad"],
        [MunicipalityPopulation] = ["ags", "gemeinde", "stichtag", "bevoelkerung", "maennlich", "weiblich", "quelle"],
        [KitaPlanningAreas2012] = ["zeile", "haan_ost", "haan_mitte", "haan_west", "alt_haan_insgesamt", "gruiten", "insgesamt"],
        [TownPopulationBenchmarks] = ["stichtag", "einwohner", "bestandsart", "beschreibung", "quelle", "url"],
        [KreisSgbII] = ["region", "ags", "sgb2_quote", "elb_quote", "elb_quote_maenner", "elb_quote_frauen", "nef_quote_u15"],
    };
}
