using System.Globalization;
using Haan.Report.Diagnostics;
using Haan.Report.Formatting;

namespace Haan.Report.Data.Text;

/// <summary>
/// Every German message the Data project reports, as named factories (the model: NodaTime's <c>TextErrorMessages</c>).
/// A factory's name is the problem's <see cref="Problem.Code"/>; its arguments (as text, in order) are
/// <see cref="Problem.Arguments"/>, so tests assert code and arguments, not the prose. The texts render exactly as they
/// did before the catalogue existed: message, then „Erwartet: …“.
/// </summary>
internal static class DataMessages
{
    // ---------- values in a cell ----------

    public static Problem MissingValue(ProblemLocation at, string expected) =>
        Error(nameof(MissingValue), at, "", "Wert fehlt.", expected, expected);

    public static Problem NumberTooLarge(ProblemLocation at, string value, string expected) =>
        Error(nameof(NumberTooLarge), at, value, $"„{value}“ ist zu groß (mehr als {Thousands(int.MaxValue)}).",
            $"{expected}; prüfen Sie, ob Stellen doppelt eingegeben wurden", value, expected);

    public static Problem NotAWholeNumber(ProblemLocation at, string value, string expected, bool hasSeparator) =>
        Error(nameof(NotAWholeNumber), at, value, $"„{value}“ ist keine Zahl.",
            expected + (hasSeparator ? " (ohne Tausenderpunkt und ohne Nachkommastellen)" : ""), value, expected);

    public static Problem Negative(ProblemLocation at, string value, string expected) =>
        Error(nameof(Negative), at, value, $"„{value}“ ist negativ.", expected, value, expected);

    public static Problem OutOfRange(ProblemLocation at, string value, string expected) =>
        Error(nameof(OutOfRange), at, value, $"„{value}“ liegt außerhalb des gültigen Bereichs.", expected, value, expected);

    public static Problem DecimalWithPoint(ProblemLocation at, string value, string expected) =>
        Error(nameof(DecimalWithPoint), at, value, $"„{value}“ enthält einen Punkt.",
            $"{expected} mit Dezimalkomma, ohne Tausenderpunkt (z. B. „12,5“)", value, expected);

    public static Problem NotADecimal(ProblemLocation at, string value, string expected) =>
        Error(nameof(NotADecimal), at, value, $"„{value}“ ist keine Zahl.", $"{expected} mit Dezimalkomma (z. B. „12,5“)", value, expected);

    public static Problem NotAllowed(ProblemLocation at, string value, IReadOnlyCollection<string> allowed) =>
        Error(nameof(NotAllowed), at, value, $"„{value}“ ist kein zulässiger Wert.", string.Join(", ", allowed.Select(a => "„" + a + "“")),
            [value, .. allowed]);

    public static Problem ControlCharacter(ProblemLocation at, string visibleValue, int codePoint, int position) =>
        Error(nameof(ControlCharacter), at, visibleValue,
            $"Der Wert enthält ein unsichtbares Steuerzeichen (U+{codePoint.ToString("X4", CultureInfo.InvariantCulture)}) an Stelle {N(position)}.",
            "Text ohne Steuerzeichen und ohne Zeilenumbruch; entfernen Sie das Zeichen", visibleValue, N(codePoint), N(position));

    public static Problem NotAnAgs(ProblemLocation at, string value) =>
        Error(nameof(NotAnAgs), at, value, $"„{value}“ ist kein Gemeindeschlüssel.", "8 Ziffern mit führender Null (Amtlicher Gemeindeschlüssel)", value);

    public static Problem NotADate(ProblemLocation at, string value) =>
        Error(nameof(NotADate), at, value, $"„{value}“ ist kein Datum.", "JJJJ-MM-TT, z. B. 2019-12-31", value);

    public static Problem InvalidAge(ProblemLocation at, string value) =>
        Error(nameof(InvalidAge), at, value, $"„{value}“ ist kein gültiges Alter.", "ganze Zahl 0 bis 94 oder „95+“", value);

    public static Problem UnknownArea(ProblemLocation at, string value, IReadOnlyList<string> keys, string areasFile) =>
        Error(nameof(UnknownArea), at, value, $"„{value}“ ist kein bekannter Sozialraum.", $"einer von {string.Join(", ", keys)} (aus {areasFile})", value, areasFile);

    public static Problem PartGreaterThanWhole(ProblemLocation at, string part, int partValue, string whole, int wholeValue) =>
        Error(nameof(PartGreaterThanWhole), at, N(partValue), $"Teil größer als Ganzes: {part} ({N(partValue)}) > {whole} ({N(wholeValue)}).",
            $"{part} ≤ {whole}", part, N(partValue), whole, N(wholeValue));

    public static Problem ColumnTotalTooLarge(ProblemLocation at, int value, long limit) =>
        Error(nameof(ColumnTotalTooLarge), at, N(value),
            $"Die Summe der Spalte übersteigt ab dieser Zeile {Thousands(limit)}. So große Fallzahlen sind für eine Stadt nicht plausibel und können nicht sicher summiert werden.",
            "Fallzahlen ohne Tippfehler (Stellen doppelt eingegeben?)", N(value), Thousands(limit));

    // ---------- files and encodings ----------

    public static Problem DataDirectoryMissing(ProblemLocation at, string directory) =>
        Error(nameof(DataDirectoryMissing), at, directory, "Datenverzeichnis nicht gefunden.", "ein Verzeichnis mit den Dateien aus docs/DATA.md", directory);

    public static Problem DataDirectoryUnreadable(ProblemLocation at, string reason) =>
        Error(nameof(DataDirectoryUnreadable), at, null, $"Eine Datei im Datenverzeichnis konnte nicht gelesen werden: {reason}.", "lesbare Dateien nach docs/DATA.md", reason);

    public static Problem UnexpectedError(ProblemLocation at, string exceptionType, string exceptionMessage) =>
        Error(nameof(UnexpectedError), at, null, $"Unerwarteter Fehler beim Lesen ({exceptionType}: {exceptionMessage}).",
            "Dateien nach docs/DATA.md; bitte die zuletzt geänderte Datei prüfen", exceptionType, exceptionMessage);

    /// <param name="reason">Why the file is not read, from <see cref="InputFileCheck.Problem"/> (shared with the other projects).</param>
    public static Problem NotARegularFile(ProblemLocation at, string reason) =>
        Error(nameof(NotARegularFile), at, null, reason, null, reason);

    public static Problem FileMissing(ProblemLocation at) =>
        Error(nameof(FileMissing), at, null, "Datei fehlt.", "diese Datei im Datenverzeichnis (siehe docs/DATA.md)");

    public static Problem FileTooLarge(ProblemLocation at, long megabytes, long limitMegabytes) =>
        Error(nameof(FileTooLarge), at, null, $"Datei ist {Thousands(megabytes)} MB groß.",
            $"höchstens {Thousands(limitMegabytes)} MB (die mitgelieferten Dateien sind wenige MB groß) – vermutlich wurde die Datei beim Kopieren mehrfach angehängt",
            Thousands(megabytes), Thousands(limitMegabytes));

    public static Problem FileUnreadable(ProblemLocation at, string reason) =>
        Error(nameof(FileUnreadable), at, null, $"Datei konnte nicht gelesen werden: {reason}.", "eine lesbare Datei (Berechtigungen prüfen)", reason);

    public static Problem Utf16(ProblemLocation at) =>
        Error(nameof(Utf16), at, null, "Datei ist UTF-16-kodiert.", "UTF-8 (in Excel „CSV UTF-8 (durch Trennzeichen getrennt)“)");

    public static Problem Utf16WithoutBom(ProblemLocation at, string byteOrder) =>
        Error(nameof(Utf16WithoutBom), at, null, $"Datei ist UTF-16-kodiert ({byteOrder}, ohne Byte-Order-Mark; jedes zweite Byte ist 0).",
            "UTF-8 – speichern Sie die Datei als „CSV UTF-8 (durch Trennzeichen getrennt)“ bzw. im Editor als „UTF-8“", byteOrder);

    public static Problem MixedEncoding(ProblemLocation at) =>
        Error(nameof(MixedEncoding), at, null,
            "Datei beginnt mit der UTF-8-Kennung (BOM), enthält aber ab dieser Zeile Bytes, die kein UTF-8 sind (vermutlich Windows-1252/ANSI, z. B. eingefügter Text aus einer anderen Datei).",
            "durchgehend UTF-8 – öffnen Sie die Datei, korrigieren Sie die Umlaute dieser Zeile und speichern Sie sie als UTF-8 (in Excel: „CSV UTF-8“)");

    public static Problem ReadAsWindows1252(ProblemLocation at, string lineText) =>
        Warning(nameof(ReadAsWindows1252), at, lineText,
            "Datei ist nicht UTF-8-kodiert (ab dieser Zeile) und wurde als Windows-1252 (ANSI) gelesen; Umlaute bitte prüfen.", "UTF-8");

    public static Problem EmptyFile(ProblemLocation at) =>
        Error(nameof(EmptyFile), at, null, "Datei ist leer.", "Kopfzeile und mindestens eine Datenzeile");

    // ---------- table layout ----------

    public static Problem NoSemicolon(ProblemLocation at, string headerStart, IReadOnlyList<string> columns) =>
        Error(nameof(NoSemicolon), at, headerStart, "Kopfzeile enthält kein Semikolon.", "Spalten durch Semikolon „;“ getrennt: " + string.Join(";", columns), headerStart);

    public static Problem WrongDelimiter(ProblemLocation at, string headerStart, string delimiter, IReadOnlyList<string> columns) =>
        Error(nameof(WrongDelimiter), at, headerStart, $"Falsches Trennzeichen {delimiter}.", $"Semikolon „;“ (Spalten: {string.Join(";", columns)})", delimiter);

    public static Problem FieldCount(ProblemLocation at, int found, int expected) =>
        Error(nameof(FieldCount), at, null, $"Zeile hat {N(found)} Felder.", $"{N(expected)} Felder, durch „;“ getrennt", N(found), N(expected));

    public static Problem NoDataRows(ProblemLocation at) =>
        Error(nameof(NoDataRows), at, null, "Datei enthält keine Datenzeilen.", "mindestens eine Zeile unter der Kopfzeile");

    public static Problem DuplicateColumn(ProblemLocation at, string column) =>
        Error(nameof(DuplicateColumn), at, column, $"Spalte „{column}“ kommt mehrfach vor.", "jede Spalte genau einmal", column);

    public static Problem MisspelledColumn(ProblemLocation at, string column, string suggestion, IReadOnlyList<string> columns) =>
        Error(nameof(MisspelledColumn), at, column, $"Unbekannte Spalte „{column}“ – meinten Sie „{suggestion}“?", string.Join(";", columns), column, suggestion);

    public static Problem UnknownColumn(ProblemLocation at, string column, IReadOnlyList<string> columns) =>
        Error(nameof(UnknownColumn), at, column, $"Unbekannte Spalte „{column}“.", "nur " + string.Join(";", columns), column);

    public static Problem MissingColumn(ProblemLocation at, string column, IReadOnlyList<string> columns) =>
        Error(nameof(MissingColumn), at, null, $"Spalte „{column}“ fehlt.", string.Join(";", columns), column);

    public static Problem MoreOfTheSame(ProblemLocation at, int more, ProblemSeverity severity) =>
        new(nameof(MoreOfTheSame), severity, at,
            $"… und {Thousands(more)} weitere {(more == 1 ? "Zeile" : "Zeilen")} mit demselben Fehler (wie oben, nur mit anderen Werten).")
        {
            Arguments = [N(more)],
        };

    // ---------- keys, duplicates, completeness ----------

    public static Problem DuplicateAreaYear(ProblemLocation at, int year, string area, int firstLine) =>
        Error(nameof(DuplicateAreaYear), at, $"{N(year)};{area}", $"Doppelte Zeile für jahr {N(year)}, sozialraum {area} (schon in Zeile {N(firstLine)}).",
            "genau eine Zeile je Sozialraum und Jahr", N(year), area, N(firstLine));

    public static Problem YearNotInPopulation(ProblemLocation at, int year, string populationFile, string yearRange) =>
        Error(nameof(YearNotInPopulation), at, N(year), $"Jahr {N(year)} gibt es nicht in {populationFile}.", $"eines der Jahre {yearRange}", N(year), yearRange);

    public static Problem AreaYearMissing(ProblemLocation at, string area, int year, string yearRange) =>
        Error(nameof(AreaYearMissing), at, null, $"Für Sozialraum {area} fehlt das Jahr {N(year)} (Zeile an dieser Stelle erwartet).",
            $"eine Zeile je Sozialraum und Jahr ({yearRange})", area, N(year));

    public static Problem DuplicatePopulationRow(ProblemLocation at, string key, int firstLine) =>
        Error(nameof(DuplicatePopulationRow), at, key, $"Doppelte Zeile (schon in Zeile {N(firstLine)}).",
            "genau eine Zeile je jahr, sozialraum, alter, geschlecht, staatsangehoerigkeit", key, N(firstLine));

    public static Problem YearGap(ProblemLocation at, int year, int first, int last) =>
        Error(nameof(YearGap), at, N(year), $"Das Jahr {N(year)} fehlt (vor dieser Zeile erwartet).", $"lückenlose Jahre von {N(first)} bis {N(last)}", N(year));

    public static Problem PopulationYearMissing(ProblemLocation at, string area, int year) =>
        Error(nameof(PopulationYearMissing), at, null, $"Für Sozialraum {area} fehlt das Jahr {N(year)} ganz (Zeilen an dieser Stelle erwartet).",
            "Zeilen für alle Sozialräume in jedem Jahr", area, N(year));

    public static Problem PopulationRowsMissing(ProblemLocation at, string area, int year, int count, IEnumerable<string> examples) =>
        Error(nameof(PopulationRowsMissing), at, null, $"Für Sozialraum {area}, Jahr {N(year)} fehlen {N(count)} Zeilen (z. B. {string.Join(", ", examples)}).",
            "jedes Alter 0–94 und 95+ × m/w × deutsch/nichtdeutsch (auch mit anzahl 0)", area, N(year), N(count));

    public static Problem ManifestDuplicate(ProblemLocation at, string file, int firstLine) =>
        Error(nameof(ManifestDuplicate), at, file, $"Datei „{file}“ ist doppelt eingetragen (schon in Zeile {N(firstLine)}).", "eine Zeile je Datei", file, N(firstLine));

    public static Problem ManifestFileMissing(ProblemLocation at, string file) =>
        Error(nameof(ManifestFileMissing), at, file, $"Datei „{file}“ steht im Manifest, fehlt aber im Datenverzeichnis.", "vorhandene Datei", file);

    public static Problem NotInManifest(ProblemLocation at, string file) =>
        Error(nameof(NotInManifest), at, file, $"Datei „{file}“ fehlt im Manifest.", "eine Zeile mit Art (real/synthetisch), Quelle, Lizenz und Namensnennung", file);

    public static Problem DuplicateFacilityId(ProblemLocation at, string id, int firstLine) =>
        Error(nameof(DuplicateFacilityId), at, id, $"Kennung „{id}“ ist doppelt (schon in Zeile {N(firstLine)}).", "eindeutige id", id, N(firstLine));

    public static Problem DuplicateSchoolNumber(ProblemLocation at, string id, int firstLine) =>
        Error(nameof(DuplicateSchoolNumber), at, id, $"Schulnummer „{id}“ ist doppelt (schon in Zeile {N(firstLine)}).", "eindeutige Schulnummer", id, N(firstLine));

    public static Problem DuplicateGridCell(ProblemLocation at, int east, int north, int firstLine) =>
        Error(nameof(DuplicateGridCell), at, $"{N(east)};{N(north)}", $"Doppelte Rasterzelle (schon in Zeile {N(firstLine)}).", "jede Zelle je Jahr einmal",
            N(east), N(north), N(firstLine));

    // ---------- sums within a file ----------

    public static Problem SexesDoNotAddUp(ProblemLocation at, int sum, int total) =>
        Error(nameof(SexesDoNotAddUp), at, N(total), $"maennlich + weiblich ({N(sum)}) ≠ bevoelkerung ({N(total)}).", "Summe der Geschlechter = Gesamtzahl", N(sum), N(total));

    public static Problem OldTownSumMismatch(ProblemLocation at, int sum, int total) =>
        Error(nameof(OldTownSumMismatch), at, N(total), $"haan_ost + haan_mitte + haan_west = {N(sum)} ≠ alt_haan_insgesamt ({N(total)}).",
            "Summe der drei Ortsbereiche", N(sum), N(total));

    public static Problem TownSumMismatch(ProblemLocation at, int sum, int total) =>
        Error(nameof(TownSumMismatch), at, N(total), $"alt_haan_insgesamt + gruiten = {N(sum)} ≠ insgesamt ({N(total)}).", "alt_haan_insgesamt + gruiten", N(sum), N(total));

    // ---------- checks across files ----------

    public static Problem DemographicBalance(ProblemLocation at, int year, int before, int expected, string populationFile, int after) =>
        Warning(nameof(DemographicBalance), at, N(after),
            $"Bilanz geht nicht auf: Bestand {N(year - 1)} ({N(before)}) + Geburten − Sterbefälle + Zuzüge − Fortzüge = {N(expected)}, Bestand {N(year)} laut {populationFile} = {N(after)}.",
            "gleiche Zahl (Abweichungen durch Korrekturen im Melderegister möglich)", N(year), N(before), N(expected), N(after));

    public static Problem InnerMovesUnbalanced(ProblemLocation at, int year, int inside, int outside) =>
        Error(nameof(InnerMovesUnbalanced), at, N(inside),
            $"Jahr {N(year)}: Umzüge zwischen Sozialräumen gehen nicht auf (Zuzüge {N(inside)}, Fortzüge {N(outside)}).",
            "Summe der Zuzüge aus anderen Sozialräumen = Summe der Fortzüge in andere Sozialräume", N(year), N(inside), N(outside));

    public static Problem LandCoverExceedsArea(ProblemLocation at, string sum, string area, string areaHectares, string areasFile) =>
        Error(nameof(LandCoverExceedsArea), at, sum,
            $"Teil größer als Ganzes: versiegelt_ha + gruen_ha ({sum} ha) > Fläche von {area} ({areaHectares} ha laut {areasFile}).",
            "höchstens die Fläche des Sozialraums", sum, area, areaHectares);

    public static Problem GridCellOffGrid(ProblemLocation at, int east, int north) =>
        Error(nameof(GridCellOffGrid), at, $"{N(east)};{N(north)}", "Zellecke liegt nicht auf dem 100-m-Raster.", "Rechtswert und Hochwert als Vielfache von 100", N(east), N(north));

    public static Problem GridCellNotInArea(ProblemLocation at, string area, int centreEast, int centreNorth) =>
        Error(nameof(GridCellNotInArea), at, area, $"Der Mittelpunkt der Zelle ({N(centreEast)}, {N(centreNorth)}) liegt nicht in {area}.",
            "der Sozialraum, der den Zellmittelpunkt enthält", area, N(centreEast), N(centreNorth));

    public static Problem GridSumMismatch(ProblemLocation at, string area, int year, int gridSum, string populationFile, int populationSum) =>
        Error(nameof(GridSumMismatch), at, N(gridSum), $"Summe im Raster für {area}, {N(year)} = {N(gridSum)}, laut {populationFile} = {N(populationSum)}.",
            "gleiche Summe je Sozialraum und Altersgruppe", area, N(year), N(gridSum), N(populationSum));

    // ---------- points ----------

    public static Problem MetricLooksLikeLonLat(ProblemLocation at, string value) =>
        Error(nameof(MetricLooksLikeLonLat), at, value, "Koordinaten sehen nach Längen-/Breitengrad (WGS84) aus.", "Meter in EPSG:25832, z. B. rechtswert 360000, hochwert 5674000", value);

    public static Problem EastingNorthingSwapped(ProblemLocation at, string value) =>
        Error(nameof(EastingNorthingSwapped), at, value, "Rechtswert und Hochwert sind vertauscht.", "rechtswert ≈ 360000, hochwert ≈ 5674000 (EPSG:25832)", value);

    public static Problem MetricOutsideNrw(ProblemLocation at, string value) =>
        Error(nameof(MetricOutsideNrw), at, value, "Koordinaten liegen nicht in NRW.", "EPSG:25832, Rechtswert 250 000–550 000, Hochwert 5 550 000–5 850 000", value);

    public static Problem LatitudeLongitudeSwapped(ProblemLocation at, string value) =>
        Error(nameof(LatitudeLongitudeSwapped), at, value, "Breiten- und Längengrad sind vertauscht.", "breitengrad ≈ 51 und laengengrad ≈ 7 (Lage der Städte im Kreis)", value);

    public static Problem LonLatOutsideNrw(ProblemLocation at, string value) =>
        Error(nameof(LonLatOutsideNrw), at, value, "Koordinaten liegen nicht in NRW.", "breitengrad 50–53, laengengrad 5–10 (WGS84, Dezimalgrad mit Komma)", value);

    public static Problem PointOutsideTown(ProblemLocation at, string value, string metres, string town) =>
        Error(nameof(PointOutsideTown), at, value, $"Punkt liegt außerhalb {town} ({metres} m von der Stadtgrenze).", "Lage innerhalb des Stadtgebiets", value, metres);

    // ---------- GeoJSON ----------

    public static Problem InvalidJson(ProblemLocation at, long? bytePositionInLine) =>
        Error(nameof(InvalidJson), at, null,
            $"Kein gültiges JSON{(bytePositionInLine is long b ? $" (bei Zeichen {(b + 1).ToString(CultureInfo.InvariantCulture)} der Zeile)" : string.Empty)}: " +
            "Eine Klammer, ein Komma oder ein Anführungszeichen fehlt oder ist zu viel, oder die Datei bricht vorzeitig ab.",
            "eine vollständige GeoJSON-FeatureCollection (prüfen Sie die Datei mit einem JSON-Prüfer oder exportieren Sie sie neu)");

    public static Problem NotAFeatureCollection(ProblemLocation at) =>
        Error(nameof(NotAFeatureCollection), at, null, "Keine FeatureCollection.", "{\"type\": \"FeatureCollection\", \"features\": [...]}");

    public static Problem UnsupportedCrs(ProblemLocation at, string crs) =>
        Error(nameof(UnsupportedCrs), at, crs, $"Koordinatenreferenzsystem „{crs}“ wird nicht unterstützt.",
            "EPSG:25832 (urn:ogc:def:crs:EPSG::25832) oder WGS84 (ohne crs-Angabe)", crs);

    public static Problem FeatureNotAnObject(ProblemLocation at, string kind) =>
        Error(nameof(FeatureNotAnObject), at, kind, "Eintrag in features ist kein Objekt.", "{\"type\": \"Feature\", \"properties\": {...}, \"geometry\": {...}}", kind);

    public static Problem GeometryUnreadable(ProblemLocation at, bool ringNotClosed) =>
        Error(nameof(GeometryUnreadable), at, null,
            "Geometrie nicht lesbar: " + (ringNotClosed
                ? "ein Ring ist nicht geschlossen (erster und letzter Punkt verschieden) oder eine Koordinate ist keine endliche Zahl."
                : "die Koordinaten passen nicht zum Geometrietyp oder sind keine endlichen Zahlen."),
            "GeoJSON-Polygon mit geschlossenen Ringen aus Zahlen", ringNotClosed ? "Ring" : "Koordinaten");

    public static Problem GeometryMissing(ProblemLocation at) =>
        Error(nameof(GeometryMissing), at, null, "Geometrie fehlt oder ist leer.", "Polygon oder MultiPolygon");

    public static Problem GeoJsonEastingNorthingSwapped(ProblemLocation at, string coordinate) =>
        Error(nameof(GeoJsonEastingNorthingSwapped), at, coordinate, "Rechts- und Hochwert sind vertauscht.", "[Rechtswert, Hochwert] in EPSG:25832, z. B. [360000, 5674000]", coordinate);

    public static Problem NotUtm32(ProblemLocation at, string coordinate) =>
        Error(nameof(NotUtm32), at, coordinate, "Koordinaten passen nicht zu EPSG:25832.", "Meter, Rechtswert 250 000–550 000, Hochwert 5 550 000–5 850 000", coordinate);

    public static Problem GeoJsonLonLatSwapped(ProblemLocation at, string coordinate) =>
        Error(nameof(GeoJsonLonLatSwapped), at, coordinate, "Längen- und Breitengrad sind vertauscht.", "[Längengrad, Breitengrad] (GeoJSON), z. B. [7.01, 51.19]", coordinate);

    public static Problem MetresWithoutCrs(ProblemLocation at, string coordinate) =>
        Error(nameof(MetresWithoutCrs), at, coordinate, "Koordinaten sind Meter (EPSG:25832), aber die Datei gibt kein crs an.",
            "\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::25832\"}}", coordinate);

    public static Problem GeoJsonOutsideNrw(ProblemLocation at, string coordinate) =>
        Error(nameof(GeoJsonOutsideNrw), at, coordinate, "Koordinaten liegen nicht in Nordrhein-Westfalen.", "WGS84-Längen-/Breitengrad oder EPSG:25832", coordinate);

    /// <param name="error">The NetTopologySuite validation error type (its name is the argument; the message is German).</param>
    public static Problem InvalidGeometry(ProblemLocation at, NetTopologySuite.Operation.Valid.TopologyValidationErrors error, string coordinate) =>
        Error(nameof(InvalidGeometry), at, coordinate, $"Ungültige Geometrie: {Describe(error)} bei {coordinate}.", "gültiges Polygon ohne Selbstüberschneidung",
            error.ToString(), coordinate);

    public static Problem NoFeatures(ProblemLocation at) =>
        Error(nameof(NoFeatures), at, null, "Die FeatureCollection enthält keine Objekte.", "mindestens ein Feature");

    public static Problem WrongGeometryType(ProblemLocation at, string type) =>
        Error(nameof(WrongGeometryType), at, type, $"Geometrietyp {type}.", "Polygon oder MultiPolygon", type);

    public static Problem FeatureNotAnAgs(ProblemLocation at, string feature, string value) =>
        Error(nameof(FeatureNotAnAgs), at, value, $"{feature}: „{value}“ ist kein Gemeindeschlüssel.", "8 Ziffern (Amtlicher Gemeindeschlüssel)", feature, value);

    public static Problem NoAreaInAnyMunicipality(ProblemLocation at, string municipalitiesFile) =>
        Error(nameof(NoAreaInAnyMunicipality), at, null, $"Kein Sozialraum liegt in einer Gemeinde aus {municipalitiesFile}.",
            "die Sozialräume der berichtenden Stadt innerhalb ihrer Gemeindegrenze (Koordinaten in EPSG:25832)", municipalitiesFile);

    public static Problem AreaPropertiesIncomplete(ProblemLocation at, string feature, string key, string name, string shortName) =>
        Error(nameof(AreaPropertiesIncomplete), at, key, $"{feature}: Eigenschaften unvollständig (sozialraum „{key}“, name „{name}“, kurzname „{shortName}“).",
            "sozialraum, name und kurzname gefüllt", feature, key, name, shortName);

    public static Problem DuplicateArea(ProblemLocation at, string key) =>
        Error(nameof(DuplicateArea), at, key, $"Sozialraum „{key}“ ist doppelt.", "jeder Schlüssel genau einmal", key);

    public static Problem AreasOverlap(ProblemLocation at, string first, string second, string squareMetres, string where) =>
        Error(nameof(AreasOverlap), at, second, $"Sozialräume {first} und {second} überlappen sich auf {squareMetres} m² bei {where}.", "keine Überlappung",
            first, second, squareMetres, where);

    public static Problem PartitionGap(ProblemLocation at, string squareMetres, string where, string neighbour, string town) =>
        Error(nameof(PartitionGap), at, where,
            $"Lücke: {squareMetres} m² des Stadtgebiets gehören zu keinem Sozialraum (größte Lücke bei {where}, angrenzend an {neighbour}).",
            $"die Sozialräume decken das Gebiet {town} lückenlos ab", squareMetres, where, neighbour);

    public static Problem AreaOutsideTown(ProblemLocation at, string area, string squareMetres, string where, string town) =>
        Error(nameof(AreaOutsideTown), at, area, $"Sozialraum {area} ragt {squareMetres} m² über die Stadtgrenze hinaus (bei {where}).", $"innerhalb {town}",
            area, squareMetres, where);

    // ---------- plausibility (warnings) ----------

    public static Problem OtherRecipientsHigh(ProblemLocation at, string area, int year, int recipients, int parts, int other, string share) =>
        Warning(nameof(OtherRecipientsHigh), at, Count(recipients),
            $"Plausibilität: {area}, {N(year)}: leistungsberechtigte ({Count(recipients)}) liegt deutlich über elb_maenner + elb_frauen + nef ({Count(parts)}); " +
            $"die Differenz von {Count(other)} ({share}) wären sonstige Leistungsberechtigte, üblich sind wenige Prozent. " +
            "Bitte prüfen (Tippfehler, verrutschte Spalte, anderer Stichtag).", null, area, N(year), N(recipients), N(parts));

    public static Problem KreisRateDiffers(ProblemLocation at, string sgb2File, string populationFile, int year, string rate, string tolerance, string region, string published) =>
        Warning(nameof(KreisRateDiffers), at, published,
            $"Plausibilität: Die SGB II-Quote der Stadt aus {sgb2File} und {populationFile} für {N(year)} ({rate} %) " +
            $"weicht um mehr als {tolerance} Prozentpunkte vom Wert der Kreistabelle für „{region}“ ({published} %) ab. " +
            "Bitte Stichtag und Abgrenzung beider Quellen prüfen.", null, N(year), rate, region, published);

    public static Problem OfficialPopulationDiffers(ProblemLocation at, int year, int total, string share, string benchmarksFile, int official) =>
        Warning(nameof(OfficialPopulationDiffers), at, Count(total),
            $"Plausibilität: Die Einwohnerzahl der Stadt am 31.12.{N(year)} (Summe der Sozialräume: {Count(total)}) weicht um {share} " +
            $"von der amtlichen Zahl in {benchmarksFile} ({Count(official)}) ab – mehr als die üblichen Unterschiede zwischen " +
            "Melderegister und Fortschreibung. Bitte prüfen, ob alle Sozialräume und Altersjahre vollständig sind.", null, N(year), N(total), N(official));

    public static Problem RecipientsJump(ProblemLocation at, string area, int before, int yearBefore, int lineBefore, int after, int year) =>
        Warning(nameof(RecipientsJump), at, Count(after),
            $"Plausibilität: {area}: leistungsberechtigte springt von {Count(before)} ({N(yearBefore)}, Zeile {N(lineBefore)}) auf {Count(after)} ({N(year)}), " +
            $"{Signed(after - before)}. Bitte prüfen (Gebietsänderung, Tippfehler, Zuzug in eine Unterkunft?).", null, area, N(before), N(after), N(year));

    public static Problem PopulationJump(ProblemLocation at, string area, int before, int yearBefore, int after, int year) =>
        Warning(nameof(PopulationJump), at, Count(after),
            $"Plausibilität: {area}: Die Einwohnerzahl springt von {Count(before)} ({N(yearBefore)}) auf {Count(after)} ({N(year)}), {Signed(after - before)}. " +
            "Bitte prüfen (Gebietsänderung, Neubaugebiet, Unterkunft, fehlende Zeilen?).", null, area, N(before), N(after), N(year));

    // ---------- KomMonitor downloads ----------

    public static Problem KomMonitorColumnMissing(ProblemLocation at, string column) =>
        Error(nameof(KomMonitorColumnMissing), at, null, $"Spalte „{column}“ fehlt.",
            "eine Datei, wie sie der KomMonitor-Webclient herunterlädt (Spalten ID, NAME, je Datum eine Spalte JJJJ-MM-TT, validFrom, validTo)", column);

    public static Problem KomMonitorNotANumber(ProblemLocation at, string value) =>
        Error(nameof(KomMonitorNotANumber), at, value, $"„{value}“ ist keine Zahl.", "eine Zahl wie im KomMonitor-Download (z. B. „5.412“ oder „1.234,50“) oder „NoData“", value);

    public static Problem KomMonitorRounded(ProblemLocation at, string value, string targetFile, string targetColumn) =>
        Error(nameof(KomMonitorRounded), at, value,
            $"„{value}“ ist keine ganze Zahl, {targetColumn} in {targetFile} ist aber eine Anzahl (vermutlich ein Anteil in Prozent oder ein vom KomMonitor-Export gerundeter Wert).",
            "der Indikator mit den absoluten Fallzahlen (Typ STATUS_ABSOLUTE) und Genauigkeit 0", value, targetFile, targetColumn);

    public static Problem KomMonitorNoData(ProblemLocation at, string area, string date, string targetFile, string targetColumn) =>
        Error(nameof(KomMonitorNoData), at, "NoData", $"Für Gebiet {area} am {date} steht kein Wert („NoData“), die Zuordnung verlangt ihn aber für {targetColumn} in {targetFile}.",
            "ein Wert für jedes zugeordnete Gebiet und Datum (oder das Datum aus der Zuordnung nehmen)", area, date);

    public static Problem KomMonitorNoValidRecord(ProblemLocation at, string area, string date) =>
        Error(nameof(KomMonitorNoValidRecord), at, area, $"Für Gebiet {area} gilt am {date} kein Eintrag (validFrom/validTo).",
            "genau ein gültiger Eintrag je Gebiet und Stichtag", area, date);

    public static Problem KomMonitorInvalidDate(ProblemLocation at, string value) =>
        Error(nameof(KomMonitorInvalidDate), at, value, $"„{value}“ ist kein Datum.", "JJJJ-MM-TT, z. B. 2023-12-31, oder leer", value);

    public static Problem KomMonitorZipWithoutTable(ProblemLocation at) =>
        Error(nameof(KomMonitorZipWithoutTable), at, null, "Das ZIP-Archiv enthält keine CSV- oder GeoJSON-Datei.",
            "ein ZIP, wie es der KomMonitor-Webclient herunterlädt (Datendatei und _Metadata.pdf)");

    public static Problem KomMonitorUnknownFormat(ProblemLocation at, string file) =>
        Error(nameof(KomMonitorUnknownFormat), at, file, $"„{file}“ ist weder ZIP noch CSV noch GeoJSON.", "eine Datei mit der Endung .zip, .csv, .geojson oder .json", file);

    public static Problem KomMonitorUnknownTarget(ProblemLocation at, string target) =>
        Error(nameof(KomMonitorUnknownTarget), at, target, $"„{target}“ ist keine Zahlenspalte einer Sozialraum-Tabelle.",
            "datei.csv:spalte, z. B. sgb2.csv:leistungsberechtigte (siehe docs/DATA.md)", target);

    public static Problem KomMonitorUnknownMappingKind(ProblemLocation at, string kind) =>
        Error(nameof(KomMonitorUnknownMappingKind), at, kind, $"„{kind}“ ist keine Art der Zuordnung.", "„indikator“, „datum“ oder „gebiet“", kind);

    public static Problem KomMonitorUnreadable(ProblemLocation at, string reason) =>
        Error(nameof(KomMonitorUnreadable), at, null, $"Die Datei konnte nicht gelesen werden: {reason}.", "ein unverändertes Download-Archiv des KomMonitor-Webclients", reason);

    // ---------- DUVA-style table exports ----------

    public static Problem DuvaUnknownSetting(ProblemLocation at, string setting) =>
        Error(nameof(DuvaUnknownSetting), at, setting, $"„{setting}“ ist keine Einstellung.",
            "kopfzeilen, format, trennzeichen, zeichensatz, fehlt, gebietsspalte, jahrspalte, wertspalte, ziel, jahr oder gebiet", setting);

    public static Problem DuvaBadSetting(ProblemLocation at, string setting, string value, string allowed) =>
        Error(nameof(DuvaBadSetting), at, value, $"„{value}“ ist für {setting} nicht zulässig.", allowed, setting, value);

    public static Problem DuvaColumnMissing(ProblemLocation at, string column) =>
        Error(nameof(DuvaColumnMissing), at, null, $"Spalte „{column}“ fehlt in der Kopfzeile.", "die Spalte, die die Zuordnung nennt (Groß-/Kleinschreibung wie im Export)", column);

    public static Problem DuvaNotANumber(ProblemLocation at, string value) =>
        Error(nameof(DuvaNotANumber), at, value, $"„{value}“ ist keine Zahl.", "eine deutsche Zahl (z. B. „1.234“ oder „12,5“) oder ein Zeichen für „geheim/nichts“ aus der Zuordnung", value);

    // ---------- helpers ----------

    /// <summary>An integer as digits without grouping (years, line numbers, values as found).</summary>
    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number rounded to <paramref name="decimals"/> places with a decimal comma and no grouping.</summary>
    public static string N(double value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + N(decimals), CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>A whole number with thousands points (1.234.567).</summary>
    public static string Thousands(long value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    private static string Count(int value) => GermanFormat.Count(value);

    private static string Signed(int value) => (value > 0 ? "+" : value < 0 ? "−" : string.Empty) + Count(Math.Abs(value));

    private static string Describe(NetTopologySuite.Operation.Valid.TopologyValidationErrors error) => error switch
    {
        NetTopologySuite.Operation.Valid.TopologyValidationErrors.SelfIntersection or NetTopologySuite.Operation.Valid.TopologyValidationErrors.RingSelfIntersection => "Selbstüberschneidung",
        NetTopologySuite.Operation.Valid.TopologyValidationErrors.TooFewPoints => "zu wenige Punkte",
        NetTopologySuite.Operation.Valid.TopologyValidationErrors.RingNotClosed => "Ring nicht geschlossen",
        NetTopologySuite.Operation.Valid.TopologyValidationErrors.HoleOutsideShell => "Loch außerhalb der Außengrenze",
        NetTopologySuite.Operation.Valid.TopologyValidationErrors.NestedHoles => "verschachtelte Löcher",
        NetTopologySuite.Operation.Valid.TopologyValidationErrors.DisconnectedInteriors => "getrennte Innenflächen",
        NetTopologySuite.Operation.Valid.TopologyValidationErrors.NestedShells => "verschachtelte Außengrenzen",
        NetTopologySuite.Operation.Valid.TopologyValidationErrors.DuplicateRings => "doppelte Ringe",
        NetTopologySuite.Operation.Valid.TopologyValidationErrors.InvalidCoordinate => "ungültige Koordinate",
        _ => error.ToString(),
    };

    private static Problem Error(string code, ProblemLocation at, string? value, string message, string? expected, params string[] arguments) =>
        Problem.Error(code, at, message, expected, arguments) with { Value = value };

    private static Problem Warning(string code, ProblemLocation at, string? value, string message, string? expected, params string[] arguments) =>
        Problem.Warning(code, at, message, expected, arguments) with { Value = value };
}
