using System.Globalization;
using System.Text;
using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.SocialIndex;

namespace Haan.Report.Indicators;

/// <summary>
/// Generates the German methods text (<c>docs/METHODEN.md</c> and the report's methods appendix) from the catalogue and
/// the engine's rules, so documentation and computation cannot drift apart. The section texts are public for templates.
/// </summary>
public static class MethodsDocument
{
    /// <summary>General rules of computation for the town <paramref name="town"/> („Stadt Hilden“) with <paramref name="areaCount"/> Sozialräume.</summary>
    public static string Principles(string town, int areaCount) =>
        PrinciplesText.Replace(TownToken, town, StringComparison.Ordinal).Replace(CountToken, GermanFormat.CountWord(areaCount), StringComparison.Ordinal);

    private const string TownToken = "«Stadt»";
    private const string NameToken = "«Name»";
    private const string GenitiveToken = "«Genitiv»";
    private const string CountToken = "«Anzahl»";

    /// <summary>The genitive of a town's name: „Hildens“, „Haans“; names ending in s, ß, x or z take an apostrophe.</summary>
    private static string Genitive(string name) => name.Length > 0 && name[^1] is 's' or 'ß' or 'x' or 'z' ? name + "’" : name + "s";

    private const string PrinciplesText = """
        - Alle Werte werden aus den ungerundeten Fallzahlen berechnet; gerundet wird nur für die Anzeige, kaufmännisch
          (bei ,5 vom Nullpunkt weg) auf die im Katalog festgelegten Dezimalstellen. Tabellen, Grafiken und Sätze lesen
          denselben Wertebestand und stimmen daher überein.
        - Der Wert der «Stadt» ist stets die Summe der «Anzahl» Sozialräume (Zähler und Nenner werden getrennt summiert).
          Alle Nenner stammen aus derselben Bezugsgröße, dem Melderegister (kleinräumige Einwohnerzahlen gibt es nur
          dort); wie sie sich zur amtlichen Bevölkerungsfortschreibung von IT.NRW verhält, steht einmal im Kapitel
          „Datengrundlage und Methodik“ des Berichts.
        - Altersangaben sind vollendete Lebensjahre am Stichtag. Altersbereiche „a-b“ bedeuten „a bis unter b Jahre“.
        - „RA“ steht für die Regelaltersgrenze in ganzen Jahren nach der Konvention des Datenbestands; siehe Tabelle
          „Altersgrenze“ unten. Leistungsdaten „ab der Altersgrenze“
          (Grundsicherung im Alter) und die Nenner verwenden dieselbe Grenze.
        - Veränderung: Wert im Jahr minus Wert ein Jahr bzw. vier Jahre zuvor; bei Quoten in % in Prozentpunkten (Pp.),
          bei Kompositindizes in Indexpunkten. Bei Anzahlen zusätzlich die relative Veränderung in %.
        - Abweichung von der Stadt: Wert des Sozialraums minus Wert der «Stadt» (bei Quoten in Pp.).
          Index: Wert des Sozialraums geteilt durch den Wert der «Stadt» mal 100 («Stadt» = 100).
        - Rang: Platz unter den Sozialräumen mit ausgewiesenem Wert, 1 = höchster Handlungsbedarf gemäß Polarität
          („+“: höchster Wert, „-“: niedrigster Wert). Gleiche angezeigte (gerundete) Werte erhalten denselben Rang.
          Beschreibende Indikatoren (Polarität „0“) erhalten keinen Rang. Gesperrte Werte erhalten keinen Rang; die
          übrigen werden ohne Lücke durchgezählt, damit die Rangfolge keine Auskunft über gesperrte Werte gibt.
        - Quoten mit einem Nenner unter der Mindestnennergröße des Katalogs werden in Klammern ausgewiesen
          (eingeschränkte Aussagekraft); Quoten mit Nenner 0 sind „nicht sinnvoll“ (x).
        """;

    /// <summary>
    /// Why the Sozialstatusindex keeps the SGB II stock in three of its four components, and what its dynamics can and
    /// cannot show (inserted into the report's methods section and into docs/METHODEN.md), for the town <paramref name="townName"/>.
    /// </summary>
    public static string SocialIndexChoice(string townName) => SocialIndexChoiceText.Replace(NameToken, townName, StringComparison.Ordinal);

    private const string SocialIndexChoiceText = """
        **Überschneidung der Kernindikatoren.** Drei der vier Kernindikatoren zählen aus demselben Bestand der
        Leistungsberechtigten nach dem SGB II: Die SGB II-Quote zählt alle Leistungsberechtigten, die Kinderarmut die
        Kinder unter 15 Jahren unter ihnen und die Arbeitslosendichte SGB II die Arbeitslosen unter ihnen. Ein Sozialraum
        mit vielen Leistungsberechtigten erhält dadurch in drei Indizes zugleich hohe Werte; die Grundsicherung im Alter
        geht faktisch nur mit einem Viertel, der SGB II-Bezug mit drei Vierteln ein. Das Berliner Monitoring Soziale
        Stadtentwicklung vermeidet die Doppelzählung mit dem Indikator „Transferbezug ohne Arbeitslose“. Für «Name» ist das
        mit den vorliegenden Daten nicht möglich: Die Zahl der nicht arbeitslosen Leistungsberechtigten wäre nur als
        Differenz zweier Fallzahlen zu bilden, und eine Differenz lässt sich nicht wie eine Fallzahl gegen die
        Mindestfallzahl prüfen, kleine Werte blieben also ungeschützt. Der Bericht behält deshalb die vier Kernindikatoren,
        weist neben dem Index jeden Teilindex aus (so ist zu sehen, ob ein hoher Index allein auf dem SGB II-Bezug beruht)
        und prüft die Einordnung mit dem Min-Max-Index gegen. Die Zahl der nicht arbeitslosen Leistungsberechtigten wird
        für die nächste Ausgabe als eigene Fallzahl bei der Statistik der Bundesagentur für Arbeit beantragt.

        **Was die Dynamik zeigen kann.** Der Index ist relativ: Die Stadt hat in jedem Jahr den Wert 100. Die Dynamik zeigt
        deshalb nur, ob sich ein Sozialraum gegenüber der Stadt verbessert oder verschlechtert hat. Nimmt die Armut in
        allen Sozialräumen im gleichen Maß zu, bleiben jeder Index und jede Dynamik unverändert; eine Verschlechterung in
        der ganzen Stadt zeigt sich nur an den Quoten selbst und an ihrer Veränderung (Tabellen und Zeitreihen der
        einzelnen Indikatoren). Ebenso kann die Dynamik eines Sozialraums „negativ“ sein, obwohl seine Quoten
        zurückgegangen sind – wenn sie in der übrigen Stadt noch deutlicher zurückgegangen sind.
        """;

    /// <summary>First year of the age-limit table.</summary>
    public const int FirstDocumentedYear = 2019;

    /// <summary>Last year of the age-limit table.</summary>
    public const int LastDocumentedYear = 2025;

    /// <summary>Symbols used in tables, charts and maps.</summary>
    public const string Symbols = """
        | Zeichen | Bedeutung |
        |---|---|
        | `.` | Zahlenwert geheim zu halten (gesperrt, primär oder sekundär) |
        | `…` | Angabe liegt nicht vor (für dieses Jahr gibt es keine Daten) |
        | `x` | Tabellenfach gesperrt, weil Aussage nicht sinnvoll (z. B. Nenner 0) |
        | `( )` | Aussagewert eingeschränkt, weil der Nenner klein ist |
        | `–` | nichts vorhanden (genau null) bzw. kein Rang |
        | `0` | weniger als die Hälfte von 1 in der letzten besetzten Stelle, jedoch mehr als nichts |
        """;

    /// <summary>Statistical confidentiality rules.</summary>
    public const string Confidentiality = """
        1. **Primärsperrung.** Eine Fallzahl (Zähler eines Indikators, der eine reine Summe von Personen oder Haushalten ist)
           von 1 bis unter die Mindestfallzahl des Katalogs wird gesperrt. Standard ist 3 (Werte 1 und 2 gesperrt, wie bei
           der Statistik der Bundesagentur für Arbeit), für Fallzahlen aus Jugendamt, Sozialamt und Wohngeldstelle 5.
           Die Zahl 0 wird ausgewiesen. Gilt eine Zählgröße für mehrere Indikatoren, gilt die strengste Mindestfallzahl.
           Bestandteile einer veröffentlichten Summe, die selbst nicht veröffentlicht werden (z. B. Hilfe zum
           Lebensunterhalt in der Mindestsicherung), und die Summe aller dieser Bestandteile (sie ergibt sich als
           Differenz aus veröffentlichter Summe und veröffentlichten Summanden) werden ebenfalls geschützt.
        2. **Sekundärsperrung.** Für jedes Jahr wird ein lineares Gleichungssystem aufgestellt: Unbekannte sind alle
           Fallzahlen je Sozialraum und Stadt, Bekannte die veröffentlichten Zellen. Gleichungen, die ein Dritter kennt:
           Stadt = Summe der Sozialräume (für jede Zählgröße), Gesamt = Summe der Teile (z. B. ELB = ELB Männer + ELB Frauen,
           Leistungsberechtigte SGB II = ELB + NEF, NEF = NEF unter 15 + Rest), zusammengesetzte Zähler = Summe ihrer
           Summanden (z. B. Arbeitslose = SGB II + SGB III). Eine gesperrte Zelle gilt als rückrechenbar, wenn ihr
           Einheitsvektor im Zeilenraum der Gleichungen liegt (Rang-/Nullraumprüfung). Solange eine gesperrte Zelle
           rückrechenbar ist, wird zusätzlich gesperrt: zuerst die günstigste einzelne Zelle, die den Schutz herstellt,
           sonst das günstigste Paar, sonst die günstigste benachbarte Zelle und erneut geprüft. „Günstig“ heißt:
           Sozialraumzellen vor Stadtzellen, Zellen ungleich 0 vor Nullen, kleinere Fallzahlen vor größeren – aber nur
           Zellen, die groß genug sind, um das Schutzintervall (Nr. 3) zu öffnen.
        3. **Schutzintervall (Mindestintervall).** Nicht exakt rückrechenbar genügt nicht: Weiß man etwa, dass zwei
           gesperrte Zellen zusammen 6 ergeben, und sind Fallzahlen nie negativ, liegt jede zwischen 0 und 6. Deshalb wird
           für jede gesperrte Fallzahl der Bereich berechnet, den jemand aus **allem Veröffentlichten** bestimmen kann:
           kleinster und größter möglicher Wert unter allen Gleichungen aus Nr. 2, allen veröffentlichten Werten (auch
           früherer Versionen, Nr. 6) und der Bedingung, dass keine Fallzahl negativ ist. Das sind zwei lineare
           Optimierungsaufgaben je Zelle; gelöst werden sie exakt mit dem Löser GLOP aus Google OR-Tools (Apache-2.0).
           Zugesagt wird: Der Bereich jeder gesperrten Fallzahl ist mindestens **doppelt so breit wie die
           Mindestfallzahl** (bei Mindestfallzahl 5 also mindestens 10, bei 3 mindestens 6), und für eine Fallzahl
           unter der Mindestfallzahl reicht er **von 0 bis mindestens zum Doppelten der Mindestfallzahl**. Niemand kann
           also ausschließen, dass dort niemand gezählt ist, und niemand kann ausschließen, dass es deutlich mehr als die
           Mindestfallzahl sind. Ist der Bereich zu schmal, wird die günstigste weitere Zelle gesperrt, die ihn
           ausreichend öffnet (sonst die, die ihn am weitesten öffnet), und erneut gerechnet, bis jede gesperrte Zelle
           den zugesagten Bereich hat. Beispiel: Grundsicherung im Alter, ein Sozialraum mit 1 Person, der kleinste andere
           mit 5 Personen. Würden nur diese beiden gesperrt, läge die 1 zwischen 0 und 6 – zu schmal; gesperrt wird
           deshalb ein Sozialraum mit mindestens 9 Personen.
        4. **Vererbung.** Quoten, Veränderungen, Abweichungen, Indizes, Ränge und Kompositindizes werden nur aus
           ausgewiesenen Werten berechnet; ist ein Eingangswert gesperrt, ist der abgeleitete Wert ebenfalls gesperrt.
           Veränderungen zwischen Jahren verraten daher keine gesperrte Zelle.
        5. **Ein Status je Zelle, ein Wort für alle Sperrungen.** Die Sperrung wird einmal für den gesamten Bericht
           entschieden; jede Tabelle, Grafik, Karte und jeder Export (CSV, XLSX, `manifest.json`) liest denselben Status.
           Veröffentlicht wird nur „gesperrt“ – nie, ob eine Zelle wegen einer kleinen Fallzahl (primär) oder zum Schutz
           einer anderen (sekundär) gesperrt ist, denn „primär“ hieße „zwischen 1 und Mindestfallzahl minus 1“.
           Abbildungen zeichnen genau den veröffentlichten, gerundeten Wert (Balkenlänge, Linienpunkt, Bezugslinie,
           Kartenklasse) und für eine gesperrte Zelle gar nichts; die Geometrie einer Grafik verrät so nicht mehr Stellen
           als die Tabelle.
        6. **Versionen.** Eine Korrektur (z. B. v1.0.1) wird gegen alles geprüft, was frühere Versionen desselben
           Berichtsjahres veröffentlicht haben: Jeder dort gezeigte Wert, dessen Fallzahl sich nicht geändert hat, gilt
           als bekannt – im Prüfprogramm fest wie ein jetzt veröffentlichter Wert – und wird nicht als Partnerzelle
           gesperrt (das verbärge nichts); die früher gesperrten Zellen werden bevorzugt wieder gesperrt, so bleibt das
           frühere Sperrmuster erhalten. Ob sich eine Fallzahl geändert hat, wird genau entschieden: Zu jeder Version
           wird ein internes Prüfprotokoll mit den genauen Fallzahlen hinter den gezeigten Werten abgelegt (Nr. 7). Fehlt
           es, wird vorsichtig aus dem gezeigten Text entschieden: Passt er auch zur neuen Fallzahl, gilt sie als
           bekannt. Lässt sich eine kleine Fallzahl dann mit keiner Zelle mehr verbergen, bricht der Lauf ab und
           veröffentlicht nichts. Automatische Angriffstests prüfen Korrekturversionen mit und ohne Protokoll: Ein
           Angreifer, der jeden unveränderten Wert der früheren Version kennt, engt keine gesperrte Fallzahl enger ein als
           zugesagt. Ist eine Partnerzelle (keine kleine Fallzahl) schon aus früher Veröffentlichtem bestimmbar, lässt sie
           sich nicht mehr verbergen; das Prüfprotokoll vermerkt das, und der Schutz der kleinen Fallzahlen wird mit
           anderen Zellen hergestellt.
        7. **Protokoll (intern).** Jede gesperrte Zelle wird mit Zählgröße bzw. Indikator, Sozialraum, Jahr, Art
           (primär, sekundär, abgeleitet), Regel und dem berechneten Bereich (z. B. „[0; 31]“) protokolliert – ohne den
           Wert –, dazu die genauen Fallzahlen hinter den gezeigten Werten. Dieses Prüfprotokoll wird nicht
           veröffentlicht; es bleibt getrennt von den veröffentlichten Dateien bei der Sozialplanung. Der Bericht nennt
           nur die Zahl der gesperrten Felder je Zählgröße.
        8. **Grenzen.** Der Schutz gilt gegen alles, was sich linear aus den veröffentlichten Werten ableiten lässt
           (Summen, Differenzen, Aufgliederungen, Nichtnegativität) innerhalb einer Version und über die Versionen
           eines Berichtsjahres (Nr. 6). Die Prüfung erfolgt je Jahr; jahresübergreifende Beziehungen bestehen nur über
           Veränderungen, die die Sperrung erben. Wissen von außerhalb des Berichts (etwa, dass jemand in einem
           Sozialraum Grundsicherung bezieht) kann den Bereich weiter einengen; davor schützt keine Tabellensperrung.
        """;

    /// <summary>Accessibility method.</summary>
    public const string Accessibility = """
        Grundlage ist das 100-m-Bevölkerungsraster (Altersgruppen unter 6, 6 bis unter 18, 18 bis unter 65 und 65 Jahre und älter) und die Lage der
        Einrichtungen als Punkte, beides in EPSG:25832 (ETRS89 / UTM 32N, Meter). Für jede Rasterzelle wird der
        euklidische Abstand (Luftlinie) vom Zellmittelpunkt zum nächstgelegenen Punkt der Einrichtungsart bestimmt. Liegt er
        höchstens beim Radius (Spielflächen 400 m, Bushaltestellen und Beratungsstellen 500 m), zählen alle Personen der
        Zelle als versorgt. Die Zelle gehört zu dem Sozialraum, der ihren Mittelpunkt enthält. Einrichtungen außerhalb eines
        Sozialraums werden mitgezählt (auch die eines Nachbarsozialraums). Wege, Barrieren und Öffnungszeiten sind nicht
        berücksichtigt; die Werte überschätzen die fußläufige Erreichbarkeit.

        Geheimhaltung im Raster: Die Erreichbarkeitskarten zeigen das 100-m-Raster mit derselben Mindestfallzahl wie die
        Tabellen (3). Eine Zelle mit 1 oder 2 Kindern bzw. älteren Menschen wird genau wie eine leere Zelle gar nicht
        eingefärbt; die unterste Farbklasse beginnt bei 3 („unter 3: nicht eingefärbt (wie 0)“ in der Legende). Eine
        nicht eingefärbte Zelle kann also 0, 1 oder 2 Personen haben. Die Klassen sind mindestens 3 Personen breit, jede
        eingefärbte Zelle hat mindestens 3 Personen. Die Summen und Anteile im Text (z. B. „87 % der Kinder“) zählen
        alle Zellen; sie betreffen ganze Sozialräume bzw. die Stadt und verraten keine einzelne Zelle.

        Einrichtungspunkte haben im Datenbestand keinen Gültigkeitszeitraum; der Bestand gilt für das letzte Berichtsjahr.
        Alle Indikatoren, die auf Einrichtungen beruhen (Spielflächen je 1.000 Kinder, Ladepunkte je 1.000 Haushalte und
        die Erreichbarkeiten), werden deshalb nur für das letzte Berichtsjahr ausgewiesen; für frühere Jahre steht „.“
        (nicht verfügbar) – es wird kein Bestand in die Vergangenheit übertragen.
        """;

    /// <summary>Regional comparison of the town <paramref name="townName"/> with its Kreis.</summary>
    public static string Regional(string townName) =>
        RegionalText.Replace(NameToken, townName, StringComparison.Ordinal).Replace(GenitiveToken, Genitive(townName), StringComparison.Ordinal);

    private const string RegionalText = """
        Die Tabelle des Kreises Mettmann (SGB II-Quote, ELB-Quote, ELB-Quote Männer und Frauen, NEF-Quote unter 15) wird so
        übernommen, wie sie veröffentlicht wurde (gerundet auf eine Dezimalstelle, ohne Stichtagsangabe). Für jede Spalte
        wird die Differenz «Name» minus Kreis in Prozentpunkten und der Rang «Genitiv» unter den zehn kreisangehörigen Städten
        berechnet (1 = höchster Wert = höchste Belastung). Die Differenzen beruhen auf den gerundeten veröffentlichten
        Werten und stimmen daher mit der gedruckten Tabelle überein.
        """;

    /// <summary>The table of the age limit (RA) per reporting year, as Markdown (also printed in the report's appendix).</summary>
    public static string AgeLimitTable()
    {
        var sb = new StringBuilder();
        sb.Append("| Jahr | Regelaltersgrenze (RA) | unter der RA | ab der RA |\n");
        sb.Append("|---|---|---|---|\n");
        for (var year = FirstDocumentedYear; year <= LastDocumentedYear; year++)
        {
            var ra = Haan.Report.Data.AgeLimits.RetirementAge(year);
            var y = year.ToString(CultureInfo.InvariantCulture);
            var r = ra.ToString(CultureInfo.InvariantCulture);
            sb.Append($"| {y} | {r} | unter {r} Jahren | {r} Jahre und älter |\n");
        }

        return sb.ToString();
    }

    /// <summary>Renders the complete Markdown document for a town (<paramref name="town"/> „Stadt Hilden“, <paramref name="townName"/> „Hilden“).</summary>
    public static string Render(IndicatorCatalogue catalogue, string town, string townName, int areaCount, SocialIndexThresholds? thresholds = null, string socialIndexId = "sozialindex")
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        thresholds ??= SocialIndexThresholds.Default;
        var sb = new StringBuilder();
        void Line(string text = "") => sb.Append(text).Append('\n');
        string N(double v) => GermanFormat.Number(v, v == Math.Floor(v) ? 0 : 1);

        Line("# Methoden der Indikatoren");
        Line();
        Line($"Dieses Dokument wird aus dem Indikatorenkatalog `{catalogue.FileName}` und den Regeln der Indikatoren-Engine");
        Line("erzeugt (`Haan.Report.Indicators.MethodsDocument`); Änderungen bitte dort vornehmen, nicht hier.");
        Line();
        Line("## Grundsätze der Berechnung");
        Line();
        Line(Principles(town, areaCount).TrimEnd());
        Line();
        Line("Altersgrenze (RA) je Berichtsjahr:");
        Line();
        sb.Append(AgeLimitTable());

        Line();
        Line("## Zeichenerklärung");
        Line();
        Line(Symbols.TrimEnd());
        Line();
        Line("## Statistische Geheimhaltung");
        Line();
        Line(Confidentiality.TrimEnd());
        Line();
        Line("Mindestfallzahlen laut Katalog:");
        Line();
        Line("| Indikator | Zähler | Mindestfallzahl |");
        Line("|---|---|---|");
        foreach (var i in catalogue.Indicators.Where(i => i.MinCount > 0))
        {
            Line($"| {i.Name} | `{i.Numerator}` | {i.MinCount.ToString(CultureInfo.InvariantCulture)} |");
        }

        Line();
        if (catalogue.TryGet(socialIndexId, out var social) && social is not null)
        {
            Line("## Sozialindex");
            Line();
            Line($"Mit nur {GermanFormat.CountWord(areaCount)} Sozialräumen sind z-Werte und Quantile instabil (ein Sozialraum verschiebt Mittelwert und");
            Line($"Streuung). Der Statusindex ist deshalb relativ zur Stadt definiert: {social.Definition}");
            Line();
            Line("Statusklassen (in Anlehnung an das Monitoring Soziale Stadtentwicklung Berlin; feste Grenzen, angewendet auf");
            Line($"den auf {social.Decimals.ToString(CultureInfo.InvariantCulture)} Dezimalstelle gerundeten Index):");
            Line();
            Line("| Status | Statusindex |");
            Line("|---|---|");
            Line($"| hoch | unter {N(thresholds.High)} |");
            Line($"| mittel | {N(thresholds.High)} bis unter {N(thresholds.Low)} |");
            Line($"| niedrig | {N(thresholds.Low)} bis unter {N(thresholds.VeryLow)} |");
            Line($"| sehr niedrig | {N(thresholds.VeryLow)} und mehr |");
            Line();
            Line($"Dynamik: Veränderung des Statusindex gegenüber zwei Jahren zuvor in Indexpunkten; positiv bei einem Rückgang");
            Line($"um mindestens {N(thresholds.Dynamics)} Punkte, negativ bei einem Anstieg um mindestens {N(thresholds.Dynamics)} Punkte, sonst stabil.");
            Line("Die Dynamik misst die Entwicklung relativ zur Stadt (die Stadt hat immer 100).");
            Line();
            Line("Gegenprobe im Stil von KomMonitor: Jeder Kernindikator wird über die Sozialräume mit ausgewiesenem Wert");
            Line("min–max-normiert ((Wert − Minimum) / (Maximum − Minimum), 0 = geringster, 1 = höchster Bedarf); der Mittelwert");
            Line($"ist der Min-Max-Index. Weichen die Ränge nach Statusindex und Min-Max-Index um mindestens {thresholds.RankDisagreement.ToString(CultureInfo.InvariantCulture)} Plätze");
            Line("ab, wird der Sozialraum im Bericht als „methodisch uneindeutig“ gekennzeichnet.");
            Line();
            Line(SocialIndexChoice(townName).TrimEnd());
            Line();
            Line("Der Index zeigt eine vermutete Konzentration von Problemlagen; die Einordnung vor Ort (Quartiersbegehungen,");
            Line("Fachgespräche) entscheidet.");
            Line();
        }

        Line("## Erreichbarkeit");
        Line();
        Line(Accessibility.TrimEnd());
        Line();
        Line("## Regionalvergleich");
        Line();
        Line(Regional(townName).TrimEnd());
        Line();
        Line("## Indikatorenblätter");
        foreach (var topic in catalogue.Topics)
        {
            Line();
            Line($"### {topic}");
            foreach (var i in catalogue.Indicators.Where(i => i.Topic == topic))
            {
                Line();
                Line($"#### {i.Name} (`{i.Id}`)");
                Line();
                Line(i.Definition);
                Line();
                Line("| Merkmal | Angabe |");
                Line("|---|---|");
                Line($"| Kurzname | {i.ShortName} |");
                Line($"| Formel | `{i.FormulaText}` |");
                if (i.Numerator is not null)
                {
                    Line($"| Zähler | {i.Numerator.Describe()} |");
                }

                if (i.Denominator is not null)
                {
                    Line($"| Nenner | {i.Denominator.Describe()} |");
                }

                Line($"| Einheit | {i.Unit} |");
                Line($"| Dezimalstellen | {i.Decimals.ToString(CultureInfo.InvariantCulture)} |");
                Line($"| Polarität | {i.PolarityText} |");
                Line($"| Leitindikator | {(i.IsHeadline ? "ja" : "nein")} |");
                Line($"| Mindestfallzahl | {(i.MinCount > 0 ? i.MinCount.ToString(CultureInfo.InvariantCulture) : "keine Fallzahlregel")} |");
                Line($"| Mindestnenner | {(i.MinDenominator > 0 ? GermanFormat.Count(i.MinDenominator) : "keine Regel")} |");
                Line($"| Quelle | {i.Source} |");
                Line($"| Stichtag | {i.ReferenceDate} |");
                Line($"| Aktualisierung | {i.UpdateInterval} |");
                Line();
                Line($"Interpretation: {i.Interpretation}");
            }
        }

        return sb.ToString();
    }
}
