using System.Globalization;
using Haan.Report.Diagnostics;

namespace Haan.Report.Composition.Text;

/// <summary>
/// Every German text of a problem the Composition project reports (configuration, document, layout, publishing), as
/// named factories in the model of NodaTime's <c>TextErrorMessages</c>: <see cref="Problem.Code"/> is the factory's
/// name and <see cref="Problem.Arguments"/> its arguments, so tests assert those instead of the prose.
/// </summary>
public static class ReportMessages
{
    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quoted(IEnumerable<string> texts) => string.Join(" ", texts.Select(t => $"„{t}“"));

    // ---------- inputs as a whole ----------

    /// <summary>The output folder lies inside the data or templates folder.</summary>
    public static Problem OutputInsideInput(ProblemLocation output, string inputFolder, string option) =>
        Problem.Error(nameof(OutputInsideInput), output,
            $"Der Ausgabeordner (--out) liegt im Eingabeordner {inputFolder} ({option}). Jede erzeugte Version würde so zu einer Eingabe der nächsten. " +
            "Wählen Sie mit --out einen Ordner außerhalb der Daten und Vorlagen, z. B. output.", null, inputFolder, option);

    /// <summary>An input path that is not a regular file inside its folder (the text comes from the input file check).</summary>
    public static Problem NotARegularFile(ProblemLocation file, string reason) =>
        Problem.Error(nameof(NotARegularFile), file, reason, null, reason);

    /// <summary>The indicator catalogue is missing.</summary>
    public static Problem CatalogueMissing(ProblemLocation file, bool nameOption = false) =>
        Problem.Error(nameof(CatalogueMissing), file, nameOption
            ? "Der Indikatorenkatalog fehlt. Er gehört in den Datenordner (--data)."
            : "Der Indikatorenkatalog fehlt. Er gehört in den Datenordner.");

    /// <summary>A count of the catalogue that the data cannot supply.</summary>
    public static Problem UnresolvableCount(ProblemLocation catalogue, string reason) =>
        Problem.Error(nameof(UnresolvableCount), catalogue, reason, null, reason);

    /// <summary>A real person's name would be printed under synthetic figures.</summary>
    public static Problem RealNameUnderSyntheticData(ProblemLocation configuration, string name) =>
        Problem.Error(nameof(RealNameUnderSyntheticData), configuration,
            $"„unterschrift.name“ = „{name}“: Der Bericht enthält Demonstrationsdaten; unter synthetischen Zahlen darf kein echter Name stehen. " +
            "Lassen Sie „name“ weg (es unterschreibt dann nur das Amt) oder verwenden Sie echte Daten.", null, name);

    /// <summary>A correction cannot be published without revealing a suppressed count (names the cell, never its value).</summary>
    public static Problem ProtectionImpossible(string version, string count, string area, int year, IReadOnlyList<string> versionsWithoutRecord, string internalFolder) =>
        Problem.Error(nameof(ProtectionImpossible), null,
            $"Geheimhaltung: Die Korrektur (Version {version}) würde die gesperrte Fallzahl „{count}“, {area}, {N(year)} erkennbar machen. Es wurde nichts geschrieben. " +
            (versionsWithoutRecord.Count > 0
                ? $"Das interne Geheimhaltungsprotokoll von Version {string.Join(", ", versionsWithoutRecord)} fehlt ({internalFolder}); ohne es muss jede früher veröffentlichte Zahl als unverändert gelten. Stellen Sie die Datei aus der Sicherung wieder her und erstellen Sie den Bericht erneut."
                : "Alle Werte, mit denen sich die Zahl verdecken ließe, sind schon in früheren Versionen veröffentlicht. Klären Sie mit dem Datenschutz, wie die Korrektur veröffentlicht werden kann (z. B. mit zusammengefassten Sozialräumen)."),
            null, [version, count, area, N(year), .. versionsWithoutRecord]);

    // ---------- configuration (bericht.json) ----------

    /// <summary>bericht.json is missing.</summary>
    public static Problem ConfigurationMissing(ProblemLocation file, string fileName) =>
        Problem.Error(nameof(ConfigurationMissing), file, $"Die Berichtskonfiguration fehlt. Legen Sie die Datei im Vorlagenordner an (Vorlage: templates/{fileName}).", null, fileName);

    /// <summary>A field of bericht.json is null.</summary>
    public static Problem NullValue(ProblemLocation at, string name, string fileName) =>
        Problem.Error(nameof(NullValue), at, $"„{name}“ ist null.",
            $"ein Wert (Text, Zahl oder Liste wie in templates/{fileName}); lassen Sie ein optionales Feld lieber weg", name);

    /// <summary>bericht.json cannot be read as the configuration (the reason is one of the texts below).</summary>
    internal static Problem ConfigurationUnreadable(ProblemLocation at, ConfigurationReadFailure failure, string jsonPath) =>
        Problem.Error(nameof(ConfigurationUnreadable), at, failure switch
        {
            ConfigurationReadFailure.MissingRequiredField => "Ein Pflichtfeld fehlt (titel, herausgeber, berichtsjahr, version, stand, stadt mit name, bezeichnung und ags, kreis mit name und ags, kapitel, schrift).",
            ConfigurationReadFailure.UnknownField => "Unbekanntes Feld (Tippfehler?).",
            ConfigurationReadFailure.NumberOutOfRange => "Die Zahl ist zu groß oder keine ganze Zahl. Erwartet: eine ganze Zahl wie im Beispiel templates/bericht.json (berichtsjahr z. B. 2023).",
            _ => "Die Datei ist kein gültiges JSON oder ein Wert hat den falschen Typ.",
        } + $" ({jsonPath})", null, failure.ToString(), jsonPath);

    /// <summary>bericht.json is empty.</summary>
    public static Problem ConfigurationEmpty(ProblemLocation file) => Problem.Error(nameof(ConfigurationEmpty), file, "Die Datei ist leer.");

    /// <summary>„stand“ is not a date.</summary>
    public static Problem NotADate(ProblemLocation at, string visibleValue) =>
        Problem.Error(nameof(NotADate), at, $"„stand“ = „{visibleValue}“ ist kein Datum.", "JJJJ-MM-TT, z. B. 2025-06-30", visibleValue);

    /// <summary>A required text field is empty.</summary>
    public static Problem EmptyField(ProblemLocation at, string field, string fileName) =>
        Problem.Error(nameof(EmptyField), at, $"„{field}“ ist leer.", $"ein Text wie in templates/{fileName}", field);

    /// <summary>No chapter listed.</summary>
    public static Problem NoChapters(ProblemLocation at) =>
        Problem.Error(nameof(NoChapters), at, "„kapitel“ ist leer.", "mindestens ein Kapitel, z. B. \"kapitel/01-vorwort.md\"");

    /// <summary>„berichtsjahr“ is not a plausible year.</summary>
    public static Problem NotAYear(ProblemLocation at, int year) =>
        Problem.Error(nameof(NotAYear), at, $"„berichtsjahr“ = {N(year)} ist keine Jahreszahl.", "ein Jahr wie 2023", N(year));

    /// <summary>„version“ is not a canonical MAJOR.MINOR.PATCH number.</summary>
    public static Problem NotAVersion(ProblemLocation at, string visibleValue) =>
        Problem.Error(nameof(NotAVersion), at, $"„version“ = „{visibleValue}“ ist keine gültige Versionsnummer.",
            "MAJOR.MINOR.PATCH aus den Ziffern 0–9 ohne führende Nullen und ohne Leerzeichen, z. B. 1.0.0 oder 1.0.1", visibleValue);

    /// <summary>„stadt.ags“ is not an 8-digit municipality key.</summary>
    public static Problem NotATownKey(ProblemLocation at, string visibleValue) =>
        Problem.Error(nameof(NotATownKey), at, $"„stadt.ags“ = „{visibleValue}“ ist kein Gemeindeschlüssel.",
            "der Amtliche Gemeindeschlüssel der Stadt mit 8 Ziffern und führender Null, wie in gemeinden_kreis_mettmann.geojson", visibleValue);

    /// <summary>„kreis.ags“ is not a Kreis key.</summary>
    public static Problem NotAKreisKey(ProblemLocation at, string visibleValue) =>
        Problem.Error(nameof(NotAKreisKey), at, $"„kreis.ags“ = „{visibleValue}“ ist kein Kreisschlüssel.",
            "8 Ziffern, die auf 000 enden (die ersten fünf Ziffern des Gemeindeschlüssels und 000)", visibleValue);

    /// <summary>The town does not belong to the configured Kreis.</summary>
    public static Problem TownNotInKreis(ProblemLocation at, string townAgs, string kreisAgs) =>
        Problem.Error(nameof(TownNotInKreis), at, $"Die Stadt (ags {townAgs}) gehört nicht zum Kreis mit ags {kreisAgs}.",
            $"„kreis.ags“ = {townAgs[..Math.Min(5, townAgs.Length)]}000 (die ersten fünf Ziffern von „stadt.ags“ und 000)", townAgs, kreisAgs);

    /// <summary>„dateiname“ cannot start file names.</summary>
    public static Problem UnsuitableFilePrefix(ProblemLocation at, string visibleValue) =>
        Problem.Error(nameof(UnsuitableFilePrefix), at, $"„dateiname“ = „{visibleValue}“ ist als Anfang der Dateinamen nicht geeignet.",
            "Kleinbuchstaben a–z, Ziffern und Bindestriche (ohne Umlaute, Leerzeichen, Bindestrich am Anfang oder Ende), höchstens 60 Zeichen, z. B. sozialbericht-hilden", visibleValue);

    /// <summary>The configured town is not the town the Sozialräume of the data lie in.</summary>
    public static Problem TownNotTheDataTown(ProblemLocation configuration, string configuredAgs, string? configuredName, string municipalitiesFile,
        string areasFile, string dataTownName, string dataTownAgs) =>
        Problem.Error(nameof(TownNotTheDataTown), configuration,
            $"„stadt.ags“ = {configuredAgs}" + (configuredName is null ? " steht nicht in " + municipalitiesFile : $" ({configuredName})") +
            $", die Sozialräume in {areasFile} liegen aber in {dataTownName} (ags {dataTownAgs}).",
            "Konfiguration und Daten derselben Stadt; tragen Sie in „stadt“ die Stadt der Sozialräume ein oder verwenden Sie deren Datenordner", configuredAgs, dataTownAgs);

    /// <summary>A chapter listed twice.</summary>
    public static Problem DuplicateChapter(ProblemLocation at, string chapter) =>
        Problem.Error(nameof(DuplicateChapter), at, $"Das Kapitel „{chapter}“ steht mehrfach in „kapitel“.", "jedes Kapitel genau einmal", chapter);

    /// <summary>A chapter or font path outside the templates folder (the reason says where it points).</summary>
    public static Problem PathOutsideTemplates(ProblemLocation at, bool isFont, string visiblePath, string field, string reason) =>
        Problem.Error(nameof(PathOutsideTemplates), at, $"{(isFont ? "Die Schriftdatei" : "Das Kapitel")} „{visiblePath}“ in „{field}“ {reason}", null, visiblePath, field);

    /// <summary>A listed chapter file does not exist.</summary>
    public static Problem ChapterMissing(ProblemLocation at, string chapter, string shownPath) =>
        Problem.Error(nameof(ChapterMissing), at, $"Das Kapitel „{chapter}“ steht in „kapitel“, die Datei {shownPath} fehlt.", null, chapter);

    /// <summary>A listed font file does not exist.</summary>
    public static Problem FontMissing(ProblemLocation at, string font, string shownPath) =>
        Problem.Error(nameof(FontMissing), at, $"Die Schriftdatei „{font}“ fehlt ({shownPath}). Der Bericht verwendet nur mitgelieferte Schriften.", null, font);

    // ---------- document ----------

    /// <summary>A document block the composer does not know.</summary>
    public static Problem UnsupportedBlock(ProblemLocation at) => Problem.Error(nameof(UnsupportedBlock), at, "Dieser Block wird nicht unterstützt.");

    /// <summary>A directive („::: abbildung“, „::: tabelle“ …) that cannot be built (the reason comes from its builder).</summary>
    public static Problem Directive(ProblemLocation? at, string reason) => Problem.Error(nameof(Directive), at, reason, null, reason);

    /// <summary>A directive name that no block type has.</summary>
    public static Problem UnknownDirective(string name, IEnumerable<string> allowed) =>
        Problem.Error(nameof(UnknownDirective), null, $"Unbekannte Anweisung „::: {name}“. Erlaubt: {string.Join(", ", allowed)}.", null, name);

    /// <summary>A „typ=“ that the directive does not know.</summary>
    public static Problem UnknownType(string directive, string type, IEnumerable<string> allowed) =>
        Problem.Error(nameof(UnknownType), null, $"Unbekannter Typ „{type}“ für „::: {directive}“. Erlaubt: {string.Join(", ", allowed)}.", null, directive, type);

    /// <summary>A required directive argument is missing or empty.</summary>
    public static Problem MissingArgument(string directive, string argument) =>
        Problem.Error(nameof(MissingArgument), null, $"„::: {directive}“ braucht das Argument {argument}=… .", null, directive, argument);

    /// <summary>An indicator id in a directive argument that the catalogue does not define.</summary>
    public static Problem UnknownIndicatorArgument(string id, string argument, string catalogueFile) =>
        Problem.Error(nameof(UnknownIndicatorArgument), null, $"Unbekannter Indikator „{id}“ ({argument}=…). Verfügbare Indikatoren stehen im Katalog {catalogueFile}.", null, id, argument);

    /// <summary>A year argument without data.</summary>
    public static Problem UnknownYearArgument(string text, IEnumerable<int> available) =>
        Problem.Error(nameof(UnknownYearArgument), null, $"jahr={text}: Für dieses Jahr gibt es keine Daten. Verfügbar: {string.Join(", ", available.Select(y => N(y)))}.", null, text);

    /// <summary>An area argument that the data do not have.</summary>
    public static Problem UnknownAreaArgument(string key, string argument, IEnumerable<string> areaKeys) =>
        Problem.Error(nameof(UnknownAreaArgument), null, $"Unbekannter Sozialraum „{key}“ ({argument}=…). Erlaubt: {string.Join(", ", areaKeys)}.", null, key, argument);

    /// <summary>A size argument that is not a positive finite number.</summary>
    public static Problem NotAPositiveNumber(string argument, string text) =>
        Problem.Error(nameof(NotAPositiveNumber), null, $"{argument}={text} ist keine positive Zahl.", null, argument, text);

    /// <summary>Arguments the directive does not use (typing errors such as „indikatr=…“).</summary>
    public static Problem UnknownArguments(string directive, IReadOnlyList<string> unknown, IEnumerable<string> allowed) =>
        Problem.Error(nameof(UnknownArguments), null,
            $"Unbekanntes Argument {string.Join(", ", unknown.Select(u => u + "=…"))} in „::: {directive}“. Erlaubt hier: {string.Join(", ", allowed)}.", null, [directive, .. unknown]);

    /// <summary>A „:::: reihe“ with fewer than two or more than three blocks.</summary>
    public static Problem RowNeedsTwoOrThreeBlocks() =>
        Problem.Error(nameof(RowNeedsTwoOrThreeBlocks), null, "„:::: reihe“ braucht zwei oder drei Blöcke nebeneinander (z. B. zwei „::: abbildung“), umschlossen von „::::“.");

    /// <summary>A figure or table directive without a caption line.</summary>
    public static Problem CaptionMissing(string directive) =>
        Problem.Error(nameof(CaptionMissing), null, $"„::: {directive}“ braucht eine Beschriftung: eine Textzeile zwischen „::: {directive} …“ und „:::“.", null, directive);

    /// <summary>A cross-reference to an id that does not exist.</summary>
    public static Problem UnknownReference(ProblemLocation at, string target, bool explain) =>
        Problem.Error(nameof(UnknownReference), at, $"Der Verweis „{target}“ zeigt auf keine Abbildung, Tabelle oder Überschrift mit dieser id.",
            explain ? "eine id, die im Bericht vorkommt ({#id} an einer Überschrift oder id=… an einer Abbildung oder Tabelle); prüfen Sie die Schreibweise" : null, target);

    /// <summary>An anchor that occurs twice.</summary>
    public static Problem DuplicateAnchor(ProblemLocation at, string id, string firstAt) =>
        Problem.Error(nameof(DuplicateAnchor), at, $"Die Sprungmarke „#{id}“ gibt es schon ({firstAt}).", "jede Marke (id) nur einmal im Bericht; benennen Sie eine davon um", id, firstAt);

    /// <summary>A configuration field with characters the bundled font lacks.</summary>
    public static Problem MissingGlyphsInField(ProblemLocation at, string text, IReadOnlyList<string> described) =>
        Problem.Error(nameof(MissingGlyphsInField), at,
            $"„{text}“ enthält Zeichen, die die mitgelieferte Schrift nicht darstellen kann ({string.Join(", ", described)}). Bitte durch darstellbare Zeichen ersetzen.",
            null, [text, .. described]);

    /// <summary>A chapter line with characters the bundled font lacks.</summary>
    public static Problem MissingGlyphsInText(ProblemLocation at, IReadOnlyList<string> described) =>
        Problem.Error(nameof(MissingGlyphsInText), at,
            $"Der Text enthält Zeichen, die die mitgelieferte Schrift nicht darstellen kann ({string.Join(", ", described)}). " +
            "Bitte durch darstellbare Zeichen oder Wörter ersetzen (z. B. „≤“ durch „bis“).", null, [.. described]);

    /// <summary>A label from the data or the catalogue with characters the font lacks.</summary>
    public static Problem MissingGlyphsInLabel(ProblemLocation at, string text, IReadOnlyList<string> missing) =>
        Problem.Error(nameof(MissingGlyphsInLabel), at,
            $"„{text}“ enthält Zeichen, die die Schrift nicht darstellen kann ({Quoted(missing)}). Bitte durch Buchstaben ersetzen, z. B. „≤“ durch „bis“.",
            null, [text, .. missing]);

    /// <summary>The layout cannot place content or use a font (the layout engine's German reason).</summary>
    public static Problem Layout(ProblemLocation? at, string reason) => Problem.Error(nameof(Layout), at, reason, null, reason);

    /// <summary>A problem in the hyphenation patterns or the exception list (the hyphenator's German reason).</summary>
    public static Problem Hyphenation(string reason) => Problem.Error(nameof(Hyphenation), null, reason, null, reason);

    // ---------- publishing ----------

    /// <summary>The internal confidentiality record lacks parts.</summary>
    public static Problem RecordIncomplete(ProblemLocation file) =>
        Problem.Error(nameof(RecordIncomplete), file,
            "Das interne Geheimhaltungsprotokoll ist unvollständig. Stellen Sie es aus der Sicherung wieder her oder löschen Sie es (eine Korrektur prüft dann vorsichtiger und kann abbrechen).");

    /// <summary>The internal confidentiality record is not JSON.</summary>
    public static Problem RecordNotJson(ProblemLocation at) =>
        Problem.Error(nameof(RecordNotJson), at,
            "Das interne Geheimhaltungsprotokoll ist kein gültiges JSON. Stellen Sie es aus der Sicherung wieder her oder löschen Sie es (eine Korrektur prüft dann vorsichtiger und kann abbrechen).");

    /// <summary>A published manifest that cannot be read.</summary>
    public static Problem ManifestDamaged(ProblemLocation at, string? jsonPath) =>
        Problem.Error(nameof(ManifestDamaged), at,
            $"Das Manifest ist beschädigt oder hat ein unbekanntes Format ({(jsonPath is { Length: > 1 } field ? "Feld " + field : "kein gültiges JSON")}). " +
            "Ein veröffentlichtes Manifest wird nie von Hand geändert; stellen Sie den Versionsordner aus der Sicherung wieder her.", null, jsonPath ?? "");

    /// <summary>A published manifest with missing or null parts.</summary>
    public static Problem ManifestIncomplete(ProblemLocation file, IReadOnlyList<string> missing) =>
        Problem.Error(nameof(ManifestIncomplete), file,
            $"Das Manifest ist beschädigt: {string.Join(", ", missing.Select(m => $"„{m}“"))} fehlt oder enthält null. " +
            "Ein veröffentlichtes Manifest wird nie von Hand geändert; stellen Sie den Versionsordner aus der Sicherung wieder her.", null, [.. missing]);

    /// <summary>A folder given as a published version has no manifest.</summary>
    public static Problem NotAVersionFolder(ProblemLocation folder, string manifestFile) =>
        Problem.Error(nameof(NotAVersionFolder), folder, $"Das ist kein veröffentlichter Berichtsstand – {manifestFile} fehlt. Erwartet wird ein Ordner wie output/2023/v1.0.0.", null, manifestFile);

    /// <summary>A text that should be a version number.</summary>
    public static Problem NotAVersionNumber(string text) =>
        Problem.Error(nameof(NotAVersionNumber), null, $"„{text}“ ist keine Versionsnummer (erwartet z. B. 1.0.1).", null, text);

    /// <summary>The version could not be written (the reason is the file system's, in German).</summary>
    public static Problem WriteFailed(ProblemLocation target, string reason) =>
        Problem.Error(nameof(WriteFailed), target,
            $"Die Version konnte nicht geschrieben werden ({reason}). Es wurden keine Dateien angelegt. Prüfen Sie den Ausgabeordner oder wählen Sie mit --out einen anderen.", null, reason);
}
