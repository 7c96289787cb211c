using System.Text;
using Haan.Report.Indicators.Adapter;
using Haan.Report.Indicators.Catalogue;

namespace Haan.Report.Indicators;

/// <summary>
/// Generates <c>docs/INDIKATOREN.md</c>: the format of the indicator catalogue (columns and allowed values, the
/// notation of Zähler and Nenner), the count variables the data supply (from <see cref="CountVariables"/>) and the
/// indicators of the bundled catalogue. A test fails when the committed file differs, so documentation, reader and
/// count adapter cannot drift apart.
/// </summary>
public static class CatalogueDocument
{
    /// <summary>What each catalogue column means and which values it takes (German; one entry per <see cref="IndicatorCatalogue.Columns"/>).</summary>
    public static IReadOnlyDictionary<string, string> ColumnMeanings { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Id"] = "Technischer Schlüssel, eindeutig; Kleinbuchstaben, Ziffern und „_“, beginnend mit einem Buchstaben. Vorlagen und Abbildungen nennen Indikatoren mit dieser Id.",
        ["Name"] = "Voller Name, wie er in Tabellen und Abbildungstiteln erscheint.",
        ["Kurzname"] = "Kurzer Name für enge Tabellenköpfe und Legenden.",
        ["Thema"] = "Handlungsfeld, nach dem Anhangstabellen gruppiert werden.",
        ["Art"] = "„Anzahl“ (eine Zählgröße), „Quote“ (Zähler je Nenner) oder „Komposit“ (Mittel standardisierter Indikatoren, z. B. der Sozialindex).",
        ["Einheit"] = "„Anzahl“ bei Art Anzahl; bei Quoten eine der Einheiten " +
            string.Join(", ", IndicatorCatalogue.Units.Keys.Where(u => u is not ("Anzahl" or "Index")).Select(u => "„" + u + "“")) + "; „Index“ bei Komposit.",
        ["Zaehler"] = "Zählausdruck (siehe unten); bei Komposit die Ids der Eingangsindikatoren, verbunden mit „+“.",
        ["Nenner"] = "Zählausdruck der Bezugsgröße bei Quoten; leer bei Anzahl und Komposit.",
        ["Dezimalstellen"] = "Angezeigte Nachkommastellen, 0 bis 3 (gerundet wird nur für die Anzeige).",
        ["Polaritaet"] = "„+“ (höher = mehr Handlungsbedarf), „-“ (höher = weniger Handlungsbedarf) oder „0“ (beschreibend, ohne Rang).",
        ["Leitindikator"] = "„ja“ oder „nein“: Leitindikatoren stehen in der Kennzahlentabelle jedes Sozialraumprofils und in dessen Auffälligkeiten.",
        ["Mindestfallzahl"] = "Fallzahlen von 1 bis unter diesen Wert werden gesperrt (0 wird ausgewiesen); 0 bis 100, 0 = keine Fallzahlregel (bei Zählern mit Subtraktion und bei Komposit immer 0). Siehe docs/METHODEN.md, Statistische Geheimhaltung.",
        ["MindestNenner"] = "Quoten mit kleinerem Nenner werden in Klammern ausgewiesen (eingeschränkte Aussagekraft); 0 = keine Regel.",
        ["Definition"] = "Fachliche Definition (erscheint in docs/METHODEN.md und im Methodenanhang).",
        ["Interpretation"] = "Wie der Wert zu lesen ist und was er nicht zeigt.",
        ["Quelle"] = "Datenquelle, wie sie unter Tabellen und Abbildungen steht.",
        ["Stichtag"] = "Stichtag oder Zeitraum der Daten, z. B. „31.12. des Jahres“.",
        ["Aktualisierung"] = "Turnus der Fortschreibung, z. B. „jährlich“.",
    };

    /// <summary>Renders the document for <paramref name="catalogue"/>.</summary>
    public static string Render(IndicatorCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var missing = IndicatorCatalogue.Columns.Where(c => !ColumnMeanings.ContainsKey(c)).ToList();
        if (missing.Count > 0 || ColumnMeanings.Count != IndicatorCatalogue.Columns.Count)
        {
            throw new InvalidOperationException("Catalogue columns without a meaning in CatalogueDocument: " + string.Join(", ", missing));
        }

        var sb = new StringBuilder();
        void Line(string text = "") => sb.Append(text).Append('\n');
        static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

        Line("# Indikatorenkatalog");
        Line();
        Line($"Dieses Dokument wird aus dem Katalogleser, der Liste der Zählgrößen und dem Katalog `{catalogue.FileName}` erzeugt");
        Line("(`Haan.Report.Indicators.CatalogueDocument`); Änderungen bitte dort vornehmen, nicht hier. Neu erzeugen mit");
        Line("`HAAN_UPDATE_INDIKATOREN=1 dotnet test tests/Haan.Report.Indicators.Tests`.");
        Line();
        Line("## Format");
        Line();
        Line($"Der Katalog liegt als `{catalogue.FileName}` im Datenordner: UTF-8, Trennzeichen „;“, eine Kopfzeile mit genau diesen");
        Line("Spalten in dieser Reihenfolge, eine Zeile je Indikator. Felder mit „;“ stehen in Anführungszeichen. Fehler meldet");
        Line("`haan-report validate` mit Datei, Zeile, Spalte und dem erwarteten Wert.");
        Line();
        Line("| Spalte | Bedeutung und erlaubte Werte |");
        Line("|---|---|");
        foreach (var column in IndicatorCatalogue.Columns)
        {
            Line($"| `{column}` | {Cell(ColumnMeanings[column])} |");
        }

        Line();
        Line("## Zähler und Nenner");
        Line();
        Line("Ein Zählausdruck ist eine Zählgröße oder eine Summe/Differenz von Zählgrößen: `sgb2_lb`, `al_sgb2 + al_sgb3`,");
        Line("`zuzuege - fortzuege`. Eine Zählgröße kann in eckigen Klammern aufgegliedert werden, mehrere Angaben durch „,“");
        Line("getrennt:");
        Line();
        Line("- Altersbereich `a-b`: von a bis unter b Jahren (vollendete Lebensjahre am Stichtag); eine Seite darf fehlen");
        Line("  (`65-` = 65 und älter); `RA` ist die Regelaltersgrenze des Berichtsjahres (`15-RA`, `RA-`).");
        Line("- Geschlecht `m` oder `w`.");
        Line("- Staatsangehörigkeit `dt` (deutsch) oder `ausl` (nichtdeutsch).");
        Line();
        Line("Beispiele: `bev[0-3]`, `bev[15-RA,m]`, `bev[ausl]`, `nef[0-15]`. Welche Aufgliederung eine Zählgröße erlaubt, steht in");
        Line("der folgenden Tabelle; eine andere meldet `validate` als Fehler im Katalog.");
        Line();
        Line("## Zählgrößen");
        Line();
        Line("| Zählgröße | Bedeutung | Aufgliederungen | Beispiel | Eingabedatei(en) |");
        Line("|---|---|---|---|---|");
        foreach (var variable in CountVariables.All)
        {
            Line($"| `{variable.Name}` | {Cell(variable.Label)} | {Cell(variable.Breakdowns)} | `{variable.Example}` | {string.Join(", ", variable.InputFiles.Select(f => $"`{f}`"))} |");
        }

        Line();
        Line($"## Indikatoren im Katalog ({catalogue.Indicators.Count})");
        Line();
        Line("| Id | Name | Art | Einheit | Zähler | Nenner | Stellen | Polarität | Mindestfallzahl |");
        Line("|---|---|---|---|---|---|---:|:---:|---:|");
        foreach (var d in catalogue.Indicators)
        {
            var numerator = d.Kind == IndicatorKind.Composite ? string.Join(" + ", d.Components) : d.Numerator?.ToString() ?? string.Empty;
            var polarity = d.Polarity switch { Polarity.HigherIsMoreNeed => "+", Polarity.HigherIsLessNeed => "-", _ => "0" };
            Line($"| `{d.Id}` | {Cell(d.Name)} | {d.Kind switch { IndicatorKind.Count => "Anzahl", IndicatorKind.Rate => "Quote", _ => "Komposit" }} | {Cell(d.Unit)} | " +
                 $"{(numerator.Length > 0 ? $"`{numerator}`" : string.Empty)} | {(d.Denominator is { } n ? $"`{n}`" : string.Empty)} | {d.Decimals.ToString(System.Globalization.CultureInfo.InvariantCulture)} | {polarity} | {d.MinCount.ToString(System.Globalization.CultureInfo.InvariantCulture)} |");
        }

        return sb.ToString();
    }
}
