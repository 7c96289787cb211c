using System.Globalization;
using System.Text.RegularExpressions;

namespace Haan.Report.Templates.Scripting;

/// <summary>
/// Translates the English messages of the template engine (Scriban's parser and runtime, and the .NET exceptions its
/// builtins throw) into German with what to fix. Every message gets a German text: a message no rule knows becomes a
/// general German sentence, and the original is kept for <c>--verbose</c> (<see cref="Diagnostics.Problem.Detail"/>).
/// Messages written by this project (template functions, the finite-number check) use German quotes „…“ and pass
/// (and match no rule) pass through unchanged.
/// </summary>
internal static class EngineMessageTranslator
{
    /// <summary>What the messages may mention: the report year (for values missing in that year) and the limits.</summary>
    public sealed record Hints(int? ReportYear, TemplateLimits Limits)
    {
        public static Hints Default { get; } = new(null, TemplateLimits.Default);
    }

    /// <summary>Text of a message that no rule knows (the original is shown with --verbose).</summary>
    public const string Unknown =
        "Die Vorlage kann an dieser Stelle nicht ausgewertet werden. Prüfen Sie den Ausdruck an dieser Stelle mit den Beispielen in docs/VORLAGEN.md; " +
        "die technische Meldung der Vorlagensprache zeigt „--verbose“.";

    private const string Docs = "Erlaubte Namen, Felder und Funktionen stehen in docs/VORLAGEN.md.";

    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    private sealed record Rule(Regex Pattern, Func<Match, Hints, string> German);

    private static Rule R(string pattern, Func<Match, Hints, string> german) =>
        new(new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline, RegexTimeout), german);

    private static Rule R(string pattern, Func<Match, string> german) => R(pattern, (m, _) => german(m));

    /// <summary>The rules, most specific first. Tests feed every message pattern of the engine through them.</summary>
    private static readonly Rule[] Rules =
    [
        // Names and members.
        R("^The variable or function `([^`]+)` was not found", m =>
            $"Unbekannter Name „{m.Groups[1].Value}“. Prüfen Sie die Schreibweise; erlaubte Namen stehen in docs/VORLAGEN.md."),
        R("^The function `([^`]+)` was not found", m =>
            $"Unbekannte Funktion „{m.Groups[1].Value}“. Prüfen Sie die Schreibweise; {Docs}"),
        R(@"^Cannot get (?:the )?member (?:with name )?([^ ]+?)\.? for a null object", m =>
            $"„{m.Groups[1].Value}“ kann nicht gelesen werden: Das Objekt davor hat keinen Wert (null)."),
        R(@"(?:member|property) `([^`]+)` .*not found|^Cannot get (?:the )?member (?:with name )?([^ ]+?)\.?$", m =>
        {
            var member = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
            return TemplateEngine.IsRemovedMember(member) is { } removed
                ? $"„{removed}“ ist in Berichtsvorlagen nicht verfügbar: Der Bericht muss aus denselben Eingaben immer byte-gleich entstehen (keine Zufallszahlen, keine Kennungen). Entfernen Sie den Aufruf."
                : $"Unbekanntes Feld „{member}“. Prüfen Sie die Schreibweise; Vorlagen sehen nur die in docs/VORLAGEN.md beschriebenen Felder, keine Programmobjekte.";
        }),
        R(@"^Object `([^`]+)` is null\. Cannot access (member|indexer|property)[: ]*(.*)$", (m, h) => MissingValue(m.Groups[1].Value, m.Groups[3].Value.Trim(), h)),
        R(@"^(?:Left|Right|Both left and right) expressions? (?:is|are) null", m =>
            "Ein Wert der Rechnung fehlt (null). Prüfen Sie mit „if … != null“, ob der Wert vorhanden ist, bevor Sie damit rechnen."),
        R(@"expression is null\. Cannot perform this operation on a null value", m =>
            "Ein Wert der Rechnung fehlt (null). Prüfen Sie mit „if … != null“, ob der Wert vorhanden ist, bevor Sie damit rechnen."),
        R(@"^Cannot get or set a member on the primitive `(.*)/([^/`]+)` when accessing (?:member|index): (.*)$", m =>
            $"„{m.Groups[3].Value}“: {Kind(m.Groups[2].Value)} „{m.Groups[1].Value}“ hat keine Felder. Felder gibt es nur bei Objekten wie „sr“ in „sr.name“."),
        R(@"^Cannot index the (\S+) primitive `(.*)`", m =>
            $"{Kind(m.Groups[1].Value)} „{m.Groups[2].Value}“ kann nicht mit „[…]“ gelesen werden; das geht nur bei Listen und Objekten."),
        R(@"^Cannot access target `(.*)` with (?:a null|an untyped|an) indexer", m =>
            $"„{m.Groups[1].Value}“ kann nicht mit diesem „[…]“ gelesen werden. Erwartet: eine Zahl (Listen) oder ein Name in Anführungszeichen (Objekte)."),
        R(@"^The index (-?\d+) is out of bounds \[0, (\d+)\] on the `(.*)`", m =>
            $"„{m.Groups[3].Value}“ hat keinen Eintrag Nummer {m.Groups[1].Value} (Zählung ab 0, höchstens {m.Groups[2].Value})."),

        // Calls and arguments.
        R(@"^Invalid number of (?:arguments|parameters) `(\d+)` (?:passed to|for) `([^`]+)`(?: while expecting `(\d+)` arguments)?", m =>
            m.Groups[3].Success
                ? $"„{m.Groups[2].Value}“ erwartet {m.Groups[3].Value} Argument(e), angegeben sind {m.Groups[1].Value}. Aufruf und Beispiele stehen in docs/VORLAGEN.md."
                : $"„{m.Groups[2].Value}“ wurde mit {m.Groups[1].Value} Argument(en) aufgerufen; das passt nicht. Aufruf und Beispiele stehen in docs/VORLAGEN.md."),
        R(@"^Argument index must be < (\d+)", m =>
            $"Zu viele Argumente: Die Funktion nimmt höchstens {m.Groups[1].Value}. Aufruf und Beispiele stehen in docs/VORLAGEN.md."),
        R(@"^Argument index must be >= 0", m => "Ungültiges Argument. Aufruf und Beispiele stehen in docs/VORLAGEN.md."),
        R(@"^Invalid argument `([^`]+)` not found for function `([^`]+)`", m =>
            $"„{m.Groups[2].Value}“ kennt kein Argument „{m.Groups[1].Value}:“. Aufruf und Beispiele stehen in docs/VORLAGEN.md."),
        R(@"^Cannot pass argument (\S+) to function", m =>
            $"Die Funktion kennt kein Argument „{m.Groups[1].Value}:“. Aufruf und Beispiele stehen in docs/VORLAGEN.md."),
        R(@"^Argument `([^`]+)` cannot be null for function `([^`]+)`", m =>
            $"„{m.Groups[2].Value}“: Das Argument „{m.Groups[1].Value}“ hat keinen Wert (null)."),
        R(@"^Unable to convert type `([^`]+)` to (?:`([^`]+)`|(int))", m =>
            $"Hier passt {Kind(m.Groups[1].Value)} nicht; erwartet wird {Kind(m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value)}. Prüfen Sie Reihenfolge und Art der Argumente (Text in Anführungszeichen, Zahlen ohne)."),
        R(@"^Unable to (?:create an instance of|convert (?:dictionary value|member)) ", m =>
            "Ein Wert hat hier nicht die erwartete Art. Prüfen Sie Reihenfolge und Art der Argumente (Text in Anführungszeichen, Zahlen ohne)."),
        R(@"^(?:The target function `([^`]*)` is null|Invalid target function `([^`]*)`)", m =>
            $"„{(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)}“ ist keine Funktion und kann nicht aufgerufen werden."),
        R(@"^Pipe expression destination `([^`]+)` is not a valid function", m =>
            $"Nach „|“ muss eine Funktion stehen; „{m.Groups[1].Value}“ ist keine."),
        R(@"^The parameter `([^`]+)` is not a function", m => $"„{m.Groups[1].Value}“ ist keine Funktion."),
        R(@"^Unexpected value `([^`]+)` for import", m =>
            $"„import“ kann nur ein Objekt übernehmen, hier steht {Kind(m.Groups[1].Value)}. Berichtsvorlagen brauchen „import“ nicht: Schreiben Sie die Felder direkt aus, z. B. „sr.name“."),
        R(@"^Expecting ScriptObject or ScriptArray instance|^Invalid target property `([^`]+)` used for \[with\]", m =>
            "„with“ braucht ein Objekt (z. B. „with bericht“)."),
        R(@"^Unexpected exception when calling (.+)$", m =>
            $"Der Aufruf von „{m.Groups[1].Value}“ ist fehlgeschlagen. Prüfen Sie die Argumente mit den Beispielen in docs/VORLAGEN.md."),

        // Limits.
        R(@"^Range expression exceeds LoopLimit `(\d+)`", m =>
            $"Der Zahlenbereich ist größer als die erlaubten {Number(m.Groups[1].Value)} Schleifendurchläufe. Verwenden Sie einen kleineren Bereich (z. B. „1..10“)."),
        R(@"^Exceeding number of iteration limit `(\d+)`", m =>
            $"Mehr als {Number(m.Groups[1].Value)} Schleifendurchläufe in dieser Vorlage (Endlosschleife?). Begrenzen Sie die Schleife, z. B. mit „limit:“ oder einer Bedingung."),
        R(@"^Exceeding number of recursive depth limit `(\d+)` for node: `(.*)`", m =>
            $"Zu tiefe Verschachtelung: Funktionsaufrufe sind tiefer als {m.Groups[1].Value} Ebenen verschachtelt (ruft sich „{m.Groups[2].Value}“ selbst auf?). Beenden Sie die Rekursion mit einer Bedingung."),
        R(@"^Exceeding recursive depth limit", (m, h) =>
            $"Zu tiefe Verschachtelung: Funktionsaufrufe sind zu tief verschachtelt (höchstens {h.Limits.RecursionLimit.ToString(CultureInfo.InvariantCulture)} Ebenen; ruft sich eine Funktion selbst auf?). Beenden Sie die Rekursion mit einer Bedingung."),
        R(@"^The statement depth limit `(\d+)` was reached", m =>
            $"Anweisungen sind tiefer als {m.Groups[1].Value} Ebenen ineinander verschachtelt („if“ in „if“ in „for“ …). Vereinfachen Sie die Vorlage, z. B. mit „else if“ statt neuer Ebenen."),
        R(@"^The parser recursive depth limit was reached|^Structure is too deeply nested", m =>
            "Der Ausdruck ist zu tief verschachtelt (Klammern in Klammern …). Vereinfachen Sie ihn."),
        R(@"LimitToString `(\d+)`|result length exceeds the maximum", m =>
            $"Der Text würde länger als {Number(m.Groups[1].Success ? m.Groups[1].Value : "2000000")} Zeichen. Verkleinern Sie die Wiederholung."),
        R(@"Regex engine has timed out|regular expression.*timed? ?out", m =>
            "Der reguläre Ausdruck braucht zu lange und wurde abgebrochen (vermutlich verschachtelte Wiederholungen wie „(a+)+“). Vereinfachen Sie das Muster."),
        R(@"^The operation was cancell?ed", (m, h) =>
            $"Die Vorlage lief länger als {h.Limits.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s und wurde abgebrochen (Endlosschleife?)."),
        R(@"^Shift amount `(\S+)` exceeds", m => $"Die Verschiebung um {m.Groups[1].Value} Stellen ist zu groß."),

        // Operators and values.
        R(@"^Cannot divide by 0", m => "Division durch 0. Prüfen Sie den Nenner oder fangen Sie den Fall mit „if“ ab."),
        R(@"^(?:The )?[Oo]perator `([^`]+)` is not (?:supported|implemented|valid)(?: for| between| on)? ?`?([^`\.]*?)`?(?: and |<->| )`?([^`\.]*?)`?\.?(?:$| )", m =>
            $"Die Rechnung mit „{m.Groups[1].Value}“ ist für diese Werte nicht möglich. Rechnen Sie nur mit Zahlen und verbinden Sie Texte mit „+“."),
        R(@"[Oo]perator `?([^` ]+)`? (?:is not|requires|is not a valid)", m =>
            $"Der Operator „{m.Groups[1].Value}“ ist für diese Werte nicht möglich. Rechnen Sie nur mit Zahlen und verbinden Sie Texte mit „+“."),
        R(@"^Unsupported types `(.*)/([^/`]+)` (\S+) `(.*)/([^/`]+)` for binary operation", m =>
            $"„{m.Groups[1].Value} {m.Groups[3].Value} {m.Groups[4].Value}“: {Kind(m.Groups[2].Value)} und {Kind(m.Groups[5].Value)} lassen sich so nicht verrechnen."),
        R(@"^Expecting an integer\. The operator", m => "Text lässt sich nur mit einer ganzen Zahl vervielfachen („\"ab\" * 3“)."),
        R(@"^Expecting a boolean instead of (\S+) value: (.*)$", m =>
            $"Hier wird „true“ oder „false“ erwartet, nicht {Kind(m.Groups[1].Value)} „{m.Groups[2].Value}“."),
        R(@"^Unexpected value `(.*) / Type: ([^`]+)`\. Cannot negate", m =>
            $"„{m.Groups[1].Value}“ ist {Kind(m.Groups[2].Value)}; ein Vorzeichen geht nur vor Zahlen."),
        R(@"^The value `(.*)` is not a number", m => $"„{m.Groups[1].Value}“ ist keine Zahl."),
        R(@"^Unexpected `(.*)`\. Must be a formattable (number|object)", m =>
            $"„{m.Groups[1].Value}“ lässt sich nicht als {(m.Groups[2].Value == "number" ? "Zahl" : "Wert")} formatieren."),
        R(@"^Unexpected list value|^Cannot use the (\S+) primitive `(.*)` as a list|^Unable to find a list accessor|^Unexpected type `.*` for iterator|^Unsupported object type|^Expecting an array for the", m =>
            "Hier wird eine Liste erwartet (z. B. „sozialraeume“ oder „[1, 2, 3]“)."),
        R(@"^Cannot replace a character in a string", m =>
            "Einzelne Zeichen eines Textes können nicht ersetzt werden. Verwenden Sie „string.replace“."),
        R(@"^Cannot set|^The object is readonly|^The `\.empty\?` property cannot be set|readonly", m =>
            "Dieser Name kann nicht überschrieben werden (fest vorgegeben, z. B. „berichtsjahr“ oder eine Funktion). Wählen Sie einen anderen Variablennamen."),
        R(@"^The <(break|continue)> statement can only be used inside", m => $"„{m.Groups[1].Value}“ geht nur innerhalb von „for“ oder „while“."),
        R(@"^Unexpected statement outside of a loop", m => "Diese Anweisung geht nur innerhalb von „for“ oder „while“."),
        R(@"^Invalid usage of the (?:global |local )?variable `([^`]+)`", m => $"„{m.Groups[1].Value}“ kann an dieser Stelle nicht verwendet werden."),
        R(@"^Unable to (?:include|resolve the include)|^Include template|^No TemplateLoader|include", m =>
            "„include“ ist in Berichtsvorlagen nicht verfügbar: Jedes Kapitel steht in einer eigenen Datei, die Reihenfolge in bericht.json."),

        // Syntax (parser).
        R(@"^Error while parsing (.+?): (.*?)(?: in)?: ([^:]*)$", (m, h) =>
            $"{Statement(m.Groups[1].Value)} ist unvollständig: {TranslateInner(m.Groups[2].Value, h)} Richtig: „{Example(m.Groups[3].Value)}“."),
        R(@"^Error while parsing (.+?): (.*)$", (m, h) =>
            $"{Statement(m.Groups[1].Value)} ist unvollständig: {TranslateInner(m.Groups[2].Value, h)}"),
        R(@"^The <end> statement was not found|^The `end(\w*)` was not found", m =>
            "Zu einem „if“, „for“ oder „while“ fehlt das „end“. Schließen Sie jeden Block mit „{{ end }}“."),
        R(@"^Found <end> statement", m => "Hier steht ein „end“ ohne zugehöriges „if“, „for“ oder „while“."),
        R(@"^A else condition must be preceded|^A elsif condition|^A `when` condition|^Invalid if/else combination", m =>
            "„else“ steht hier ohne passendes „if“ (oder „when“ ohne „case“)."),
        R(@"^Expecting 'in' word instead of `(.*)`", m => $"Nach „for x“ muss „in“ stehen, nicht „{m.Groups[1].Value}“: „for sr in sozialraeume“."),
        R(@"^Expecting a variable instead of `(.*)`", m => $"Hier muss ein Variablenname stehen, nicht „{m.Groups[1].Value}“."),
        R(@"^Expecting <expression> instead of `(.*)`", m => $"Hier fehlt ein Ausdruck (ein Wert, Name oder Aufruf); gefunden: „{m.Groups[1].Value}“."),
        R(@"^Expecting a closing parenthesis|^Invalid token `(.*)`\. Expecting a closing `\)`", m => "Hier fehlt eine schließende Klammer „)“."),
        R(@"^Expecting an? <expression> to the (right|left) of the operator", m =>
            $"{(m.Groups[1].Value == "right" ? "Rechts" : "Links")} vom Rechenzeichen fehlt ein Wert."),
        R(@"^Expecting a comma", m => "Zwischen den Argumenten fehlt ein Komma."),
        R(@"^Unexpected `(.*)`\. Expecting '\]'", m => $"Hier fehlt „]“; gefunden: „{m.Groups[1].Value}“."),
        R(@"^Unexpected code (?:block|clock) exit '}}'", m => "„}}“ ohne vorangehendes „{{“."),
        R(@"^Opened interpolated expression not closed", m => "Ein „{“ in einem Text mit „$\"…\"“ wird in derselben Zeile nicht geschlossen."),
        R(@"^Unable to parse (?:double|float) value `(.*)`|^Unable to parse the integer (.*)$", m =>
            $"„{(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)}“ ist keine gültige Zahl (Dezimalpunkt, kein Komma: „7.9“)."),
        R(@"^Unexpected escape character `(.)`", m => $"Das Zeichen „\\{m.Groups[1].Value}“ gibt es in Texten nicht; für einen Rückstrich schreiben Sie „\\\\“."),
        R(@"^Invalid token found `(.*)`\. Expecting <EOL>/end of line", m => $"Nach der Anweisung steht noch „{m.Groups[1].Value}“; erwartet wird das Zeilenende oder „}}}}“."),
        R(@"^Unexpected token found `(.*)` while expecting `(.*)`", m => $"Hier steht „{m.Groups[1].Value}“, erwartet wird „{m.Groups[2].Value}“."),
        R(@"^Unexpected keyword found `(.*)` while expecting `(.*)`", m => $"Hier steht „{m.Groups[1].Value}“, erwartet wird „{m.Groups[2].Value}“."),
        R(@"^Unexpected token `?([^`]*?)`?(?: |\.|$)", m => $"Unerwartetes Zeichen „{m.Groups[1].Value}“. Prüfen Sie Klammern, Anführungszeichen und „{{{{ … }}}}“."),
        R(@"^Unexpected (?:variable|literal member|member type|statement/expression) `?([^`]*)`?", m => $"Unerwartetes „{m.Groups[1].Value}“ an dieser Stelle."),
        R(@"^The loop variable <(.*)> (?:is invalid|is not supported)|^The liquid loop variable", m => "Diese Schleifenvariable gibt es nicht (erlaubt: „for.index“, „for.first“, „for.last“ …)."),
        R(@"^The function `(.*)` is a statement and cannot be used within an expression", m => $"„{m.Groups[1].Value}“ ist eine Anweisung und kann nicht in einem Ausdruck stehen."),
        R(@"^(?:Creating a function|Expression) is only allowed for a top level assignment", m => "Eine Funktion kann nur auf oberster Ebene definiert werden."),
        R(@"^Cannot declare|^Expecting only|^Missing function parameter|^Invalid null argument name|^Invalid identifier passed as a named argument|^Expecting a simple", m =>
            "Die Parameter der Funktion sind so nicht erlaubt (einfache Namen, benannte Argumente als „name: wert“)."),
        R(@"^Expecting an assign expression", m => "Hier wird eine Zuweisung „name = wert“ erwartet."),
        R(@"frontmatter", m => "Ein Vorspann („+++“) ist in Berichtsvorlagen nicht vorgesehen."),
    ];

    /// <summary>
    /// True for a message this project wrote, which is shown as it is: German letters or quotes („, ä, ö, ü, ß) outside
    /// backtick quotes — Scriban's messages are English and quote user content in backticks.
    /// </summary>
    public static bool IsOwn(string message) =>
        Backticked.Replace(message, string.Empty).AsSpan().IndexOfAny("„“äöüßÄÖÜ") >= 0;

    private static readonly Regex Backticked = new("`[^`]*`", RegexOptions.CultureInvariant, RegexTimeout);

    public static string Translate(string message) => Translate(message, Hints.Default);

    public static string Translate(string message, Hints hints)
    {
        foreach (var rule in Rules)
        {
            var match = rule.Pattern.Match(message);
            if (match.Success)
            {
                return rule.German(match, hints);
            }
        }

        return IsOwn(message) ? message : Unknown;
    }

    /// <summary>The German text of an inner message (in „Error while parsing …: inner“), without the general fallback sentence.</summary>
    private static string TranslateInner(string message, Hints hints)
    {
        var german = Translate(message, hints);
        return german == Unknown ? "Die Anweisung ist so nicht vollständig." : german;
    }

    /// <summary>
    /// „Object `bus` is null. Cannot access member: bus.name“: a value the template reads has no value — often because
    /// it does not exist for the report year (a facility type, a survey started later).
    /// </summary>
    private static string MissingValue(string target, string access, Hints hints)
    {
        var year = hints.ReportYear is { } y ? $" für das Berichtsjahr {y.ToString(CultureInfo.InvariantCulture)}" : string.Empty;
        var what = access.Length > 0 ? $"„{access}“ kann nicht gelesen werden" : "Der Zugriff ist nicht möglich";
        return $"{what}: „{target}“ hat{year} keinen Wert (null) – dieser Wert liegt{year} nicht vor. " +
               $"Fragen Sie ihn mit „if {target}“ ab und schreiben Sie für diesen Fall einen eigenen Satz, oder ergänzen Sie die Daten.";
    }

    /// <summary>German name of a Scriban/.NET type name in a message („string“ → „ein Text“).</summary>
    private static string Kind(string typeName) => typeName.Trim().ToLowerInvariant() switch
    {
        "string" => "ein Text",
        "int" or "long" or "double" or "float" or "decimal" or "number" or "int32" or "int64" or "biginteger" => "eine Zahl",
        "bool" or "boolean" => "ein Wahrheitswert (true/false)",
        "null" => "kein Wert (null)",
        "array" or "scriptarray" or "ienumerable" or "list" => "eine Liste",
        "object" or "scriptobject" => "ein Objekt",
        "function" or "scriptfunction" => "eine Funktion",
        "range" => "ein Zahlenbereich",
        _ => "ein Wert dieser Art",
    };

    private static readonly string[] Keywords =
        ["if", "else", "for", "while", "case", "when", "func", "capture", "with", "wrap", "import", "readonly", "return", "break", "continue", "end"];

    /// <summary>„if statement“ → „„if““, any other construct → „Der Ausdruck“: the subject of a parser message.</summary>
    private static string Statement(string typeName)
    {
        var keyword = typeName.Trim().Split(' ')[0];
        return Keywords.Contains(keyword, StringComparer.Ordinal) ? $"„{keyword}“" : "Der Ausdruck";
    }

    /// <summary>The syntax example of a parser message with German placeholders („for &lt;Variable&gt; in &lt;Ausdruck&gt; … end“).</summary>
    private static string Example(string example)
    {
        var german = example.Trim()
            .Replace("<expression>", "<Ausdruck>", StringComparison.Ordinal)
            .Replace("<variable>", "<Variable>", StringComparison.Ordinal)
            .Replace("<value>", "<Wert>", StringComparison.Ordinal)
            .Replace(" operator ", " Rechenzeichen ", StringComparison.Ordinal)
            .Replace("...", "…", StringComparison.Ordinal);
        return Placeholder.Replace(german, "<…>");
    }

    private static readonly Regex Placeholder = new("<[a-z_]+[^>]*>", RegexOptions.CultureInvariant, RegexTimeout);

    private static string Number(string digits) =>
        long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.')
            : digits;
}
