using NetTopologySuite.Geometries;

namespace Haan.Report.Data;

/// <summary>Sex as recorded in the population register extract (column <c>geschlecht</c>: <c>m</c> / <c>w</c>).</summary>
public enum Sex
{
    /// <summary>männlich (<c>m</c>).</summary>
    Male,

    /// <summary>weiblich (<c>w</c>).</summary>
    Female,
}

/// <summary>Citizenship group (column <c>staatsangehoerigkeit</c>: <c>deutsch</c> / <c>nichtdeutsch</c>).</summary>
public enum Nationality
{
    /// <summary>German citizens (incl. dual citizens).</summary>
    German,

    /// <summary>Non-German citizens (Ausländerinnen und Ausländer).</summary>
    Foreign,
}

/// <summary>Whether a data file holds real (published) or synthetic demonstration figures.</summary>
public enum DataKind
{
    /// <summary>Real, published data from an official source (column value <c>real</c>).</summary>
    Real,

    /// <summary>Synthetic demonstration data (column value <c>synthetisch</c>); pages must be labelled „Demonstrationsdaten“.</summary>
    Synthetic,
}

/// <summary>Kind of a point facility (column <c>art</c> in <c>einrichtungen.csv</c>; schools and charging points come from their own files).</summary>
public enum FacilityKind
{
    /// <summary>Kindertageseinrichtung (<c>kita</c>).</summary>
    Kita,

    /// <summary>Öffentliche Spielfläche (<c>spielplatz</c>).</summary>
    Playground,

    /// <summary>Beratungsstelle (<c>beratung</c>).</summary>
    Counselling,

    /// <summary>Bushaltestelle (<c>haltestelle</c>).</summary>
    BusStop,

    /// <summary>Schule (from <c>schulen.csv</c>).</summary>
    School,

    /// <summary>Öffentlicher Ladepunkt für E-Autos (from <c>ladepunkte.csv</c>).</summary>
    ChargingPoint,
}

/// <summary>
/// Metadata of one data file, from the manifest <c>datensaetze.csv</c>. The report prints <see cref="Attribution"/>
/// and labels every page that uses a <see cref="DataKind.Synthetic"/> file as „Demonstrationsdaten“.
/// </summary>
/// <param name="File">File name inside the data directory, e.g. <c>bevoelkerung.csv</c>.</param>
/// <param name="Kind">Real or synthetic.</param>
/// <param name="Title">German title of the data set.</param>
/// <param name="Source">Supplying office or publisher (e.g. „Meldeamt/DUVA“, „IT.NRW“).</param>
/// <param name="Licence">Licence identifier (e.g. <c>dl-de/by-2-0</c>), or a note for synthetic data.</param>
/// <param name="Attribution">Attribution text that must be printed where the data are shown.</param>
/// <param name="ReferenceDate">Reference date (Stichtag) as published, free text (e.g. „31.12. des Jahres“, „keine Angabe in der Quelle“).</param>
/// <param name="Note">Further remarks (transformations, caveats); may be empty.</param>
public sealed record DataSetInfo(
    string File,
    DataKind Kind,
    string Title,
    string Source,
    string Licence,
    string Attribution,
    string ReferenceDate,
    string Note)
{
    /// <summary>True when the file holds synthetic demonstration figures.</summary>
    public bool IsSynthetic => Kind == DataKind.Synthetic;
}

/// <summary>A Sozialraum (planning area) with its boundary in EPSG:25832 (metres).</summary>
/// <param name="Key">Stable key <c>SR01</c> … <c>SR07</c>.</param>
/// <param name="Name">Official long name, e.g. „Gruiten-Mitte und Gruiten-Nord“.</param>
/// <param name="ShortName">Short label for maps, e.g. „Gruiten“.</param>
/// <param name="Geometry">Polygon or MultiPolygon in EPSG:25832.</param>
public sealed record SocialArea(string Key, string Name, string ShortName, Geometry Geometry)
{
    /// <summary>Area in hectares (planar, EPSG:25832).</summary>
    public double AreaHectares => Geometry.Area / 10_000.0;
}

/// <summary>A municipality of the Kreis Mettmann with its boundary in EPSG:25832 (real data, IT.NRW DVG2).</summary>
/// <param name="Ags">Amtlicher Gemeindeschlüssel (8 digits), e.g. <c>05158008</c> for Haan.</param>
/// <param name="Name">Short name, e.g. „Haan“.</param>
/// <param name="Geometry">Polygon or MultiPolygon in EPSG:25832.</param>
public sealed record Municipality(string Ags, string Name, Geometry Geometry);

/// <summary>Official population of a municipality at a reference date (real data).</summary>
/// <param name="Ags">Amtlicher Gemeindeschlüssel (8 digits).</param>
/// <param name="Name">Municipality name as published.</param>
/// <param name="ReferenceDate">Reference date (Stichtag).</param>
/// <param name="Total">Population total.</param>
/// <param name="Male">Male population, if published.</param>
/// <param name="Female">Female population, if published.</param>
/// <param name="Source">Short source label (e.g. „Destatis GV-ISys“, „Zensus 2022“).</param>
public sealed record MunicipalityPopulation(
    string Ags, string Name, DateOnly ReferenceDate, int Total, int? Male, int? Female, string Source);

/// <summary>
/// One row of the Kreis Mettmann SGB II table from the town's presentation (real, values exactly as published,
/// in percent with one decimal; the source gives no reference date).
/// </summary>
/// <param name="Region">Region as published, e.g. „Haan, Stadt“ or „Mettmann“ (the Kreis).</param>
/// <param name="Ags">AGS of the town (8 digits) or of the Kreis (<c>05158000</c>).</param>
/// <param name="SgbIIRate">SGB II-Quote in %.</param>
/// <param name="ElbRate">ELB-Quote in %.</param>
/// <param name="ElbRateMen">ELB-Quote Männer in %.</param>
/// <param name="ElbRateWomen">ELB-Quote Frauen in %.</param>
/// <param name="NefRateUnder15">NEF-Quote unter 15 in %.</param>
public sealed record KreisSgbIIRates(
    string Region, string Ags, decimal SgbIIRate, decimal ElbRate, decimal ElbRateMen, decimal ElbRateWomen, decimal NefRateUnder15);

/// <summary>Population count of one cell: Sozialraum × year (31.12.) × single age × sex × nationality.</summary>
/// <param name="Year">Year; reference date 31.12. of that year.</param>
/// <param name="AreaKey">Sozialraum key (<c>SR01</c>…), or <see cref="DataSet.TownKey"/> in town totals.</param>
/// <param name="Age">Age in completed years, 0 … <see cref="PopulationCount.TopAge"/>; <see cref="PopulationCount.TopAge"/> means „95 und älter“.</param>
/// <param name="Sex">Sex.</param>
/// <param name="Nationality">German / non-German.</param>
/// <param name="Count">Number of persons.</param>
public sealed record PopulationCount(int Year, string AreaKey, int Age, Sex Sex, Nationality Nationality, int Count)
{
    /// <summary>The open top age class: 95 stands for „95 Jahre und älter“ (written as <c>95+</c> in the file).</summary>
    public const int TopAge = 95;
}

/// <summary>Households of a Sozialraum (HHGen estimate from the register) at 31.12.</summary>
/// <param name="Year">Year.</param>
/// <param name="AreaKey">Sozialraum key or town key.</param>
/// <param name="Households">All private households.</param>
/// <param name="HouseholdsWithChildren">Households with at least one child under 18.</param>
/// <param name="SingleParentHouseholds">Single-parent households with children under 18 (subset of the former).</param>
public sealed record HouseholdCount(int Year, string AreaKey, int Households, int HouseholdsWithChildren, int SingleParentHouseholds);

/// <summary>SGB II recipients (BA-Statistik, Grundsicherung für Arbeitsuchende) of a Sozialraum at 31.12.</summary>
/// <param name="Year">Year.</param>
/// <param name="AreaKey">Sozialraum key or town key.</param>
/// <param name="Recipients">Leistungsberechtigte (LB) insgesamt (numerator of the SGB II-Quote).</param>
/// <param name="ElbMen">Erwerbsfähige Leistungsberechtigte, Männer.</param>
/// <param name="ElbWomen">Erwerbsfähige Leistungsberechtigte, Frauen.</param>
/// <param name="Nef">Nicht erwerbsfähige Leistungsberechtigte (all ages).</param>
/// <param name="NefUnder15">Nicht erwerbsfähige Leistungsberechtigte unter 15 Jahren (subset of <paramref name="Nef"/>).</param>
public sealed record SgbIICount(int Year, string AreaKey, int Recipients, int ElbMen, int ElbWomen, int Nef, int NefUnder15)
{
    /// <summary>Erwerbsfähige Leistungsberechtigte insgesamt (men + women).</summary>
    public int Elb => ElbMen + ElbWomen;
}

/// <summary>Registered unemployed persons (BA-Statistik) of a Sozialraum at 31.12.</summary>
/// <param name="Year">Year.</param>
/// <param name="AreaKey">Sozialraum key or town key.</param>
/// <param name="UnemployedSgbII">Arbeitslose im Rechtskreis SGB II.</param>
/// <param name="UnemployedSgbIII">Arbeitslose im Rechtskreis SGB III.</param>
public sealed record UnemploymentCount(int Year, string AreaKey, int UnemployedSgbII, int UnemployedSgbIII)
{
    /// <summary>Arbeitslose insgesamt (SGB II + SGB III).</summary>
    public int Total => UnemployedSgbII + UnemployedSgbIII;
}

/// <summary>Recipients of social assistance (Sozialamt) of a Sozialraum at 31.12.</summary>
/// <param name="Year">Year.</param>
/// <param name="AreaKey">Sozialraum key or town key.</param>
/// <param name="OldAgeBasicIncome">Grundsicherung im Alter (SGB XII, 4. Kapitel), recipients at/above the age limit.</param>
/// <param name="ReducedEarningCapacityBasicIncome">Grundsicherung bei Erwerbsminderung (SGB XII, 4. Kapitel), 18 to the age limit.</param>
/// <param name="SubsistenceAssistance">Hilfe zum Lebensunterhalt (SGB XII, 3. Kapitel).</param>
/// <param name="AsylumSeekerBenefits">Regelleistungen nach dem Asylbewerberleistungsgesetz.</param>
public sealed record SocialAssistanceCount(
    int Year, string AreaKey, int OldAgeBasicIncome, int ReducedEarningCapacityBasicIncome, int SubsistenceAssistance, int AsylumSeekerBenefits);

/// <summary>Households receiving Wohngeld (Wohngeldstelle) in a Sozialraum at 31.12.</summary>
/// <param name="Year">Year.</param>
/// <param name="AreaKey">Sozialraum key or town key.</param>
/// <param name="Households">Wohngeld households.</param>
public sealed record HousingBenefitCount(int Year, string AreaKey, int Households);

/// <summary>Childcare (Jugendamt, Kita-Bedarfsplanung) of a Sozialraum at 31.12 / Kita year start.</summary>
/// <param name="Year">Year.</param>
/// <param name="AreaKey">Sozialraum key or town key.</param>
/// <param name="PlacesUnder3">Kita places for children under 3 located in the Sozialraum.</param>
/// <param name="Places3To6">Kita places for children from 3 to school entry (3 – under 6) located in the Sozialraum.</param>
/// <param name="CaredUnder3">Children under 3 living in the Sozialraum and cared for in Kita or Kindertagespflege.</param>
/// <param name="Cared3To6">Children aged 3 – under 6 living in the Sozialraum and cared for in Kita or Kindertagespflege.</param>
public sealed record ChildcareCount(int Year, string AreaKey, int PlacesUnder3, int Places3To6, int CaredUnder3, int Cared3To6);

/// <summary>
/// Population movements of a Sozialraum during a year (Meldeamt). Moves „innerhalb“ cross the Sozialraum boundary but
/// stay inside Haan; in the town total they cancel out (in = out).
/// </summary>
/// <param name="Year">Year.</param>
/// <param name="AreaKey">Sozialraum key or town key.</param>
/// <param name="Births">Live births (Geburten).</param>
/// <param name="Deaths">Deaths (Sterbefälle).</param>
/// <param name="InFromOutside">Zuzüge from outside Haan.</param>
/// <param name="OutToOutside">Fortzüge to outside Haan.</param>
/// <param name="InFromOtherAreas">Zuzüge from another Sozialraum of Haan.</param>
/// <param name="OutToOtherAreas">Fortzüge to another Sozialraum of Haan.</param>
public sealed record PopulationMovementCount(
    int Year, string AreaKey, int Births, int Deaths, int InFromOutside, int OutToOutside, int InFromOtherAreas, int OutToOtherAreas)
{
    /// <summary>All moves into the area (from outside Haan and from other Sozialräume).</summary>
    public int InTotal => InFromOutside + InFromOtherAreas;

    /// <summary>All moves out of the area.</summary>
    public int OutTotal => OutToOutside + OutToOtherAreas;
}

/// <summary>Land cover of a Sozialraum (Planungsamt/GIS) for heat-risk analysis.</summary>
/// <param name="Year">Reference year.</param>
/// <param name="AreaKey">Sozialraum key or town key.</param>
/// <param name="SealedHectares">Sealed (versiegelte) surface in hectares.</param>
/// <param name="GreenHectares">Green and open space (Grün- und Freiflächen incl. forest) in hectares.</param>
public sealed record LandCover(int Year, string AreaKey, decimal SealedHectares, decimal GreenHectares);

/// <summary>
/// One 100 m × 100 m cell of the population location layer (EPSG:25832). The cell belongs to the Sozialraum that
/// contains its centre; cell sums per Sozialraum equal the population table of the same year.
/// </summary>
/// <param name="Year">Year (31.12.).</param>
/// <param name="AreaKey">Sozialraum key.</param>
/// <param name="East">Easting of the lower-left corner (metres, multiple of 100).</param>
/// <param name="North">Northing of the lower-left corner (metres, multiple of 100).</param>
/// <param name="Age0To5">Persons aged 0 – under 6.</param>
/// <param name="Age6To17">Persons aged 6 – under 18.</param>
/// <param name="Age18To64">Persons aged 18 – under 65.</param>
/// <param name="Age65Plus">Persons aged 65 and over.</param>
public sealed record PopulationGridCell(int Year, string AreaKey, int East, int North, int Age0To5, int Age6To17, int Age18To64, int Age65Plus)
{
    /// <summary>Edge length of a cell in metres.</summary>
    public const int CellSize = 100;

    /// <summary>All persons in the cell.</summary>
    public int Total => Age0To5 + Age6To17 + Age18To64 + Age65Plus;

    /// <summary>Centre of the cell in EPSG:25832.</summary>
    public Coordinate Centre => new(East + (CellSize / 2.0), North + (CellSize / 2.0));
}

/// <summary>A point facility in EPSG:25832 (synthetic Kitas, playgrounds, counselling services, bus stops; real schools and charging points).</summary>
/// <param name="Id">Identifier unique within its file (e.g. <c>KITA01</c>, school number, <c>LP01</c>).</param>
/// <param name="Kind">Kind of facility.</param>
/// <param name="Name">Display name.</param>
/// <param name="Location">Point in EPSG:25832.</param>
/// <param name="AreaKey">Sozialraum containing the point (computed by point-in-polygon at load time).</param>
/// <param name="SourceFile">Data file it came from (for the synthetic flag, see <see cref="DataSet.InfoFor"/>).</param>
public sealed record Facility(string Id, FacilityKind Kind, string Name, Point Location, string AreaKey, string SourceFile)
{
    /// <summary>Kita: places in total (null for other kinds).</summary>
    public int? Places { get; init; }

    /// <summary>Kita: places for children under 3 (subset of <see cref="Places"/>).</summary>
    public int? PlacesUnder3 { get; init; }

    /// <summary>Kita: number of groups.</summary>
    public int? Groups { get; init; }

    /// <summary>School: Schulform (e.g. „Grundschule“).</summary>
    public string? SchoolType { get; init; }

    /// <summary>School: pupils (rounded, as published).</summary>
    public int? Pupils { get; init; }

    /// <summary>School: NRW Schulsozialindex 2024/25 (1 = low, 9 = high burden); null for schools without index.</summary>
    public int? SocialIndex { get; init; }

    /// <summary>School: Startchancen-Schule.</summary>
    public bool? Startchancen { get; init; }

    /// <summary>Charging site: number of charging points.</summary>
    public int? ChargingPoints { get; init; }

    /// <summary>Charging site: connected power in kW.</summary>
    public decimal? PowerKw { get; init; }

    /// <summary>Address or description, may be empty.</summary>
    public string Address { get; init; } = "";
}

/// <summary>
/// Children per birth cohort in the Kita planning areas („Ortsbereiche“) for Kita year 2012/13 (real, Stadt Haan,
/// Beschlussvorlage 51/060/2012). The only published sub-town statistics; the areas differ from the Sozialräume.
/// </summary>
/// <param name="Row">Row label as published, e.g. „Kinder unter 3 Jahre“.</param>
/// <param name="HaanOst">Ortsbereich Haan-Ost.</param>
/// <param name="HaanMitte">Ortsbereich Haan-Mitte.</param>
/// <param name="HaanWest">Ortsbereich Haan-West.</param>
/// <param name="AltHaan">Alt-Haan insgesamt (= Ost + Mitte + West).</param>
/// <param name="Gruiten">Ortsbereich Gruiten.</param>
/// <param name="Total">Stadt insgesamt (= Alt-Haan + Gruiten).</param>
public sealed record KitaPlanningAreaChildren(string Row, int HaanOst, int HaanMitte, int HaanWest, int AltHaan, int Gruiten, int Total);

/// <summary>
/// A published population figure of Haan (real): official (IT.NRW/Destatis), Zensus or the town's register
/// (Melderegister, ~700 higher). Do not mix kinds in one time series; every quota depends on the denominator.
/// </summary>
/// <param name="ReferenceDate">Reference date.</param>
/// <param name="Population">Inhabitants.</param>
/// <param name="Kind"><c>amtlich</c>, <c>zensus</c> or <c>melderegister</c>.</param>
/// <param name="Description">Description as compiled (incl. sex split where known).</param>
/// <param name="Source">Where the figure was published.</param>
/// <param name="Url">Address of the publication.</param>
public sealed record TownPopulationBenchmark(DateOnly ReferenceDate, int Population, string Kind, string Description, string Source, string Url);
