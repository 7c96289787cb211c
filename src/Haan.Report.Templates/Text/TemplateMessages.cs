using System.Globalization;
using Haan.Report.Diagnostics;
using Haan.Report.Templates.Scripting;
using Scriban.Parsing;

namespace Haan.Report.Templates.Text;

/// <summary>
/// Every German text of a problem the Templates project reports, as named factories (the model: NodaTime's
/// <c>TextErrorMessages</c>). <see cref="Problem.Code"/> is the factory's name and <see cref="Problem.Arguments"/> its
/// arguments, so tests assert those. The template engine's own (English) messages are translated by
/// <see cref="EngineMessageTranslator"/> and reported as <see cref="Syntax"/> or <see cref="Evaluation"/>.
/// </summary>
public static class TemplateMessages
{
    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Where a template construct is: its file and 1-based line and column.</summary>
    public static ProblemLocation At(SourceSpan span) => ProblemLocation.At(span.FileName ?? "", span.Start.Line + 1, span.Start.Column + 1);

    // ---------- template engine ----------

    /// <summary>The template cannot be parsed; the engine's message in German.</summary>
    internal static Problem Syntax(ProblemLocation at, string engineMessage) =>
        Problem.Error(nameof(Syntax), at, "Syntaxfehler: " + EngineMessageTranslator.Translate(engineMessage), null, engineMessage) with { Detail = engineMessage };

    /// <summary>The template cannot be evaluated at this point; the engine's (or a builtin's) message in German.</summary>
    internal static Problem Evaluation(ProblemLocation at, string engineMessage, EngineMessageTranslator.Hints hints) =>
        Problem.Error(nameof(Evaluation), at, EngineMessageTranslator.Translate(engineMessage, hints), null, engineMessage)
            with { Detail = EngineMessageTranslator.IsOwn(engineMessage) ? null : engineMessage };

    /// <summary>The template ran longer than the time limit.</summary>
    public static Problem Timeout(ProblemLocation at, TimeSpan limit) =>
        Problem.Error(nameof(Timeout), at,
            $"Die Vorlage lief länger als {limit.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s und wurde abgebrochen (Endlosschleife?).",
            null, limit.TotalSeconds.ToString(CultureInfo.InvariantCulture));

    /// <summary>The template writes more text than allowed.</summary>
    public static Problem OutputTooLong(ProblemLocation at, int limit) =>
        Problem.Error(nameof(OutputTooLong), at, $"Die Vorlage erzeugt mehr als {N(limit)} Zeichen Text und wurde abgebrochen.", null, N(limit));

    // ---------- template functions ----------

    /// <summary>An indicator id that the catalogue does not define.</summary>
    public static Problem UnknownIndicator(ProblemLocation at, string id, string catalogueFile) =>
        Problem.Error(nameof(UnknownIndicator), at,
            $"Unbekannter Indikator „{id}“. Verfügbare Indikatoren stehen im Katalog {catalogueFile} (Spalte „id“).", null, id, catalogueFile);

    /// <summary>A year without data.</summary>
    public static Problem UnknownYear(ProblemLocation at, int year, IEnumerable<int> available) =>
        Problem.Error(nameof(UnknownYear), at,
            $"Für das Jahr {N(year)} gibt es keine Daten. Verfügbar: {string.Join(", ", available.Select(N))}.", null, N(year));

    /// <summary>An area key that the data do not have.</summary>
    public static Problem UnknownArea(ProblemLocation at, string key, IEnumerable<string> areaKeys, string townKey) =>
        Problem.Error(nameof(UnknownArea), at,
            $"Unbekannter Sozialraum „{key}“. Erlaubt: {string.Join(", ", areaKeys)} oder {townKey} für die Stadt.", null, key);

    /// <summary>„veraenderung“ with a span other than 1 or 4 years.</summary>
    public static Problem ChangeSpan(ProblemLocation at, int years) =>
        Problem.Error(nameof(ChangeSpan), at, $"„veraenderung“ kennt nur 1 oder 4 Jahre, nicht {N(years)}.", null, N(years));

    /// <summary>„indexwert“ with more decimals than allowed.</summary>
    public static Problem IndexDecimals(ProblemLocation at, int decimals) =>
        Problem.Error(nameof(IndexDecimals), at, $"„indexwert“: „stellen“ ist 0 bis 3, nicht {N(decimals)}.", null, N(decimals));

    /// <summary>„rundungshinweis“ with indicators that are not parts of the total.</summary>
    public static Problem NotPartsOfTotal(ProblemLocation at, string total, IReadOnlyList<string> parts) =>
        Problem.Error(nameof(NotPartsOfTotal), at,
            $"„rundungshinweis“: {string.Join(", ", parts.Select(p => "„" + p + "“"))} sind keine Teile von „{total}“ (gleicher Nenner, zusammen der Zähler von „{total}“ laut Katalog).",
            null, [total, .. parts]);

    /// <summary>„vergleich“ called with the town instead of a Sozialraum.</summary>
    public static Problem ComparisonNeedsArea(ProblemLocation at) =>
        Problem.Error(nameof(ComparisonNeedsArea), at, "„vergleich“ vergleicht einen Sozialraum mit der Stadt; geben Sie einen Sozialraum an (z. B. \"SR01\").");

    /// <summary>„am_hoechsten“/„am_niedrigsten“ for an indicator without any shown area value.</summary>
    public static Problem NoAreaValueShown(ProblemLocation at, string function, string indicator, int year) =>
        Problem.Error(nameof(NoAreaValueShown), at, $"„{function}“: Für „{indicator}“ {N(year)} ist kein Sozialraumwert ausgewiesen.", null, function, indicator, N(year));

    /// <summary>An unknown column of the Kreis comparison.</summary>
    public static Problem UnknownKreisColumn(ProblemLocation at, string column, IEnumerable<string> allowed) =>
        Problem.Error(nameof(UnknownKreisColumn), at, $"Unbekannte Spalte „{column}“ des Kreisvergleichs. Erlaubt: {string.Join(", ", allowed)}.", null, column);

    /// <summary>„richtung“ other than „ueber“/„unter“.</summary>
    public static Problem UnknownDirection(ProblemLocation at, string direction) =>
        Problem.Error(nameof(UnknownDirection), at, $"„richtung“ ist „ueber“ oder „unter“, nicht „{direction}“.", null, direction);

    /// <summary>A calculation in the template that gives no finite number.</summary>
    public static Problem NotFinite(ProblemLocation at, string expression, bool notANumber) =>
        Problem.Error(nameof(NotFinite), at,
            $"Die Rechnung „{expression}“ ergibt keinen endlichen Wert ({(notANumber ? "0/0, keine Zahl" : "Division durch 0 oder Überlauf")}). " +
            "Prüfen Sie den Nenner oder fangen Sie den Fall mit „if“ ab.", null, expression);

    // ---------- Markdown ----------

    /// <summary>Lists, quotes or containers nested deeper than the layout allows.</summary>
    public static Problem NestedTooDeeply(ProblemLocation at, int maxNesting) =>
        Problem.Error(nameof(NestedTooDeeply), at,
            "Das Markdown ist zu tief verschachtelt (Listen, Zitate oder „:::“-Blöcke ineinander).",
            $"höchstens {N(maxNesting)} Ebenen; prüfen Sie, ob ein „>“ oder eine Einrückung zu viel ist", N(maxNesting));

    /// <summary>A raw HTML block.</summary>
    public static Problem HtmlBlock(ProblemLocation at) =>
        Problem.Error(nameof(HtmlBlock), at, "HTML ist im Bericht nicht erlaubt. Verwenden Sie Markdown oder eine Anweisung wie „::: abbildung“.");

    /// <summary>Inline HTML.</summary>
    public static Problem HtmlInline(ProblemLocation at) => Problem.Error(nameof(HtmlInline), at, "HTML ist im Bericht nicht erlaubt.");

    /// <summary>An indented or fenced code block.</summary>
    public static Problem CodeBlock(ProblemLocation at) =>
        Problem.Error(nameof(CodeBlock), at, "Codeblöcke (eingerückter oder mit ``` umschlossener Text) sind im Bericht nicht vorgesehen. Entfernen Sie die Einrückung.");

    /// <summary>A Markdown block type the report does not support.</summary>
    public static Problem UnsupportedBlock(ProblemLocation at, string blockType) =>
        Problem.Error(nameof(UnsupportedBlock), at, $"Dieser Markdown-Block wird nicht unterstützt ({blockType}).", null, blockType);

    /// <summary>A Markdown inline element the report does not support.</summary>
    public static Problem UnsupportedInline(ProblemLocation at, string inlineType) =>
        Problem.Error(nameof(UnsupportedInline), at, $"Dieses Markdown-Element wird nicht unterstützt ({inlineType}).", null, inlineType);

    /// <summary>A Markdown image instead of a figure directive.</summary>
    public static Problem Image(ProblemLocation at) =>
        Problem.Error(nameof(Image), at, "Bilder werden mit „::: abbildung“ eingebunden, nicht mit ![…](…).");

    /// <summary>A link target other than http(s), mailto and #anchor.</summary>
    public static Problem ForbiddenLink(ProblemLocation at, string target) =>
        Problem.Error(nameof(ForbiddenLink), at,
            $"Das Linkziel „{(target.Length > 60 ? target[..60] + "…" : target)}“ ist nicht erlaubt. Erlaubt sind nur Webadressen (https://…, http://…), E-Mail-Adressen (mailto:…) und Sprungmarken im Bericht (#…).",
            null, target);

    /// <summary>A directive argument given twice.</summary>
    public static Problem DuplicateArgument(ProblemLocation at, string key) =>
        Problem.Error(nameof(DuplicateArgument), at, $"Das Argument „{key}“ steht zweimal in der Anweisung.", null, key);

    /// <summary>Text in a directive line that is not <c>name=wert</c>.</summary>
    public static Problem UnparsableArguments(ProblemLocation at, string leftover) =>
        Problem.Error(nameof(UnparsableArguments), at, $"Unverständlicher Teil der Anweisung: „{leftover}“.", "name=wert, mehrere durch Leerzeichen getrennt", leftover);
}
