using Haan.Report.Diagnostics;
using Haan.Report.Templates.Scripting;
using Haan.Report.Testing;
using Scriban.Runtime;

namespace Haan.Report.Templates.Tests;

/// <summary>
/// Issue 16, items 1, 3 and 4: every message of the template engine reaches the user in German (the original stays in
/// <see cref="Problem.Detail"/> for --verbose), and lines written by a loop are traced back to their template
/// line and loop pass.
/// </summary>
public sealed class TemplateMessageTests
{
    private static ScriptObject Model()
    {
        var areas = new ScriptArray();
        foreach (var key in new[] { "SR01", "SR02", "SR03" })
        {
            areas.Add(new ScriptObject { ["schluessel"] = key, ["name"] = "Gebiet " + key });
        }

        var model = new ScriptObject { ["sozialraeume"] = areas, ["berichtsjahr"] = 2019 };
        model.Import("wert", new Func<string, string, string>((indicator, area) => indicator + area));
        model.Import("veraenderung", new Func<string, string, int, string>((indicator, area, years) => indicator + area + years));
        return model;
    }

    private static Problem Problem(string text)
    {
        var exception = Assert.Throws<ProblemException>(() =>
            new TemplateEngine().RenderMapped("kapitel/test.md", TemplateEngine.Parse("kapitel/test.md", text), Model()));
        return exception.Problems[0];
    }

    public static TheoryData<string, string> EngineMessages() => new()
    {
        // Limits.
        { "{{ for i in 1..200000 }}{{ end }}", "Der Zahlenbereich ist größer als die erlaubten 100.000 Schleifendurchläufe" },
        { "{{ for i in 1..1000 }}{{ for j in 1..1000 }}{{ end }}{{ end }}", "Mehr als 100.000 Schleifendurchläufe" },
        { "{{ func f(x); ret f(x); end; f 1 }}", "Funktionsaufrufe sind tiefer als 50 Ebenen verschachtelt" },
        { string.Concat(Enumerable.Repeat("{{ if true }}", 300)) + string.Concat(Enumerable.Repeat("{{ end }}", 300)), "tiefer als 250 Ebenen ineinander verschachtelt" },
        { "{{ regex.match ('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!') '(a+)+$' }}", "Der reguläre Ausdruck braucht zu lange" },
        // Calls.
        { "{{ wert }}", "„wert“ erwartet 2 Argument(e), angegeben sind 0" },
        { "{{ veraenderung 'a' 'SR01' 4 5 6 }}", "Zu viele Argumente: Die Funktion nimmt höchstens 3" },
        { "{{ import 'x' }}", "„import“ kann nur ein Objekt übernehmen, hier steht ein Text" },
        { "{{ array.size 1 2 }}", "Hier passt eine Zahl nicht; erwartet wird eine Liste" },
        { "{{ 'a' | string.replace_first }}", "„string.replace_first“ erwartet 3 Argument(e), angegeben sind 1" },
        // Members.
        { "{{ x = sozialraeume[0]; x.GetType }}", "Unbekanntes Feld „GetType“" },
        { "{{ bus = null; bus.name }}", "„bus.name“ kann nicht gelesen werden: „bus“ hat für das Berichtsjahr 2019 keinen Wert (null)" },
        { "{{ x = 5; x.name }}", "„name“: eine Zahl „5“ hat keine Felder" },
        { "{{ y = 'abc'; y[1] = 2 }}", "Einzelne Zeichen eines Textes können nicht ersetzt werden" },
        { "{{ 'a' - 1 }}", "ist für diese Werte nicht möglich" },
        // Syntax.
        { "{{ if }}", "„if“ ist unvollständig: Hier fehlt ein Ausdruck" },
        { "{{ for x sozialraeume }}{{ end }}", "Nach „for x“ muss „in“ stehen" },
        { "{{ x = 1 + }}", "Der Ausdruck ist unvollständig: Rechts vom Rechenzeichen fehlt ein Wert" },
        { "{{ end }}", "„end“ ohne zugehöriges" },
        { "{{ (1 + 2 }}", "schließende Klammer" },
        { "{{ x = [1, 2 }}", "]" },
        { "{{ 'a' == }}", "Rechts vom Rechenzeichen fehlt ein Wert" },
        { "{{ x = }}", "Hier fehlt ein Ausdruck" },
    };

    [Theory]
    [MemberData(nameof(EngineMessages))]
    public void Engine_messages_are_German_with_the_original_kept(string template, string german)
    {
        var problem = Problem(template);

        Assert.Contains(german, problem.Message, StringComparison.Ordinal);
        Assert.Empty(EngineEnglish.Find(problem.ToString()));
        Assert.NotNull(problem.Detail);
        Assert.NotEmpty(EngineEnglish.Find(problem.Detail!));
    }

    [Fact]
    public void Own_German_messages_pass_unchanged_without_detail()
    {
        var problem = Problem("Text {{ 0/0 }}");

        Assert.StartsWith("Die Rechnung „0/0“ ergibt keinen endlichen Wert", problem.Message, StringComparison.Ordinal);
        Assert.Null(problem.Detail);
    }

    [Fact]
    public void An_error_inside_a_loop_names_the_loop_pass()
    {
        var problem = Problem("Kopf\n{{ for sr in sozialraeume }}\n{{ if sr.schluessel == 'SR02' }}{{ x = null; x.wert }}{{ end }}\n{{ end }}");

        Assert.Equal(3, problem.Location!.Line);
        Assert.Equal("Sozialraum SR02", problem.Location!.Context);
        Assert.StartsWith("kapitel/test.md, Zeile 3, Spalte ", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("(Sozialraum SR02): ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Filled_lines_map_back_to_template_lines_and_loop_passes()
    {
        const string template = "# Titel\n{{ for sr in sozialraeume }}\n## {{ sr.name }}\n\n::: abbildung gebiet={{ sr.schluessel }}\nText\n:::\n{{ end }}\nSchluss\n";

        var rendered = new TemplateEngine().RenderMapped("kapitel/test.md", TemplateEngine.Parse("kapitel/test.md", template), Model());
        var lines = rendered.Text.Split('\n');

        var directives = Enumerable.Range(1, lines.Length).Where(n => lines[n - 1].StartsWith(":::", StringComparison.Ordinal) && lines[n - 1].Length > 3).ToList();
        Assert.Equal(3, directives.Count);
        Assert.All(directives, n => Assert.Equal(5, rendered.Map.Origin(n).TemplateLine));
        Assert.Equal(["Sozialraum SR01", "Sozialraum SR02", "Sozialraum SR03"], directives.Select(n => rendered.Map.Origin(n).Loop));
        Assert.Equal($"Sozialraum SR03, Zeile {directives[2]} des ausgefüllten Texts", rendered.Map.Origin(directives[2]).Context);

        var title = Array.IndexOf(lines, "# Titel") + 1;
        Assert.Equal(new SourceOrigin(1, title, null), rendered.Map.Origin(title));
        var end = Array.IndexOf(lines, "Schluss") + 1;
        Assert.Equal(9, rendered.Map.Origin(end).TemplateLine);
        Assert.Null(rendered.Map.Origin(end).Loop);
    }

    [Fact]
    public void A_problem_of_the_filled_text_moves_to_its_template_line()
    {
        const string template = "{{ for sr in sozialraeume }}\nZeile\n[x](javascript:{{ sr.schluessel }})\n{{ end }}";

        var rendered = new TemplateEngine().RenderMapped("kapitel/test.md", TemplateEngine.Parse("kapitel/test.md", template), Model());
        var filled = Array.FindLastIndex(rendered.Text.Split('\n'), l => l.Contains("SR03", StringComparison.Ordinal)) + 1;
        var located = rendered.Map.Locate(Diagnostics.Problem.Error("Test", ProblemLocation.At("kapitel/test.md", filled, 1), "Linkziel"));

        Assert.Equal(3, located.Location!.Line);
        Assert.Null(located.Location!.Column);
        Assert.Equal($"kapitel/test.md, Zeile 3 (Sozialraum SR03, Zeile {filled} des ausgefüllten Texts): Linkziel", located.ToString());
    }

    [Fact]
    public void Every_catalogue_factory_names_its_code_and_writes_a_complete_German_sentence() =>
        Assert.True(Testing.MessageCatalogueAssert.FactoriesAreWellFormed(typeof(Text.TemplateMessages)) >= 20);
}
