namespace Haan.Report.Data;

/// <summary>File names of the data directory; their columns, types and keys are in <see cref="Schema.DataSchema"/>.</summary>
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

    /// <summary>Every file the loader requires (from <see cref="Schema.DataSchema"/>).</summary>
    public static IReadOnlyList<string> All { get; } = Schema.DataSchema.Files.Select(f => f.Name).ToList();

    /// <summary>Expected columns per CSV file, in order (from <see cref="Schema.DataSchema"/>).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Columns { get; } =
        Schema.DataSchema.Files.Where(f => f.Format == Schema.InputFormat.Csv).ToDictionary(f => f.Name, f => f.ColumnNames, StringComparer.Ordinal);
}
