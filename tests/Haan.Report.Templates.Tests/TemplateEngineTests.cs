using Haan.Report.Diagnostics;
using Haan.Report.Templates.Scripting;
using Scriban.Runtime;

namespace Haan.Report.Templates.Tests;

public sealed class TemplateEngineTests
{
    private static string Render(string text, ScriptObject? model = null, TemplateLimits? limits = null)
    {
        var template = TemplateEngine.Parse("kapitel/test.md", text);
        return new TemplateEngine(limits).Render("kapitel/test.md", template, model ?? new ScriptObject());
    }

    private static Problem SingleProblem(Action action)
    {
        var exception = Assert.Throws<ProblemException>(action);
        return Assert.Single(exception.Problems);
    }

    [Fact]
    public void Renders_values_and_loops_from_a_hand_built_model()
    {
        var model = new ScriptObject { ["stadt"] = "Haan", ["gebiete"] = new ScriptArray { "Gruiten", "Unterhaan" } };

        var text = Render("{{ stadt }}:{{ for g in gebiete }} {{ g }}{{ end }}", model);

        Assert.Equal("Haan: Gruiten Unterhaan", text);
    }

    [Fact]
    public void Syntax_error_names_file_line_and_column()
    {
        var exception = Assert.Throws<ProblemException>(() => Render("Zeile 1\nZeile 2 {{ if }}"));
        var problem = exception.Problems[0];

        Assert.Equal("kapitel/test.md", problem.Location!.File);
        Assert.Equal(2, problem.Location!.Line);
        Assert.StartsWith("Syntaxfehler", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_variable_is_an_error_with_position()
    {
        var problem = SingleProblem(() => Render("Text\n  {{ sgb2_qoute }}"));

        Assert.Equal(2, problem.Location!.Line);
        Assert.Equal(6, problem.Location!.Column);
        Assert.Contains("sgb2_qoute", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Unbekannter Name", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clock_is_not_available()
    {
        var problem = SingleProblem(() => Render("{{ date.now }}"));

        Assert.Contains("date", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Include_has_no_file_access()
    {
        var problem = SingleProblem(() => Render("{{ include '/etc/passwd' }}"));

        Assert.Contains("include", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dotnet_objects_are_not_reflected()
    {
        // Even if a .NET object slipped into the model, its members stay invisible to templates.
        var model = new ScriptObject { ["info"] = new FileInfo("/etc/hostname") };

        var problem = SingleProblem(() => Render("{{ info.directory_name }}", model));

        Assert.Equal(1, problem.Location!.Line);
    }

    [Fact]
    public void Endless_loop_is_stopped_by_the_loop_limit()
    {
        var problem = SingleProblem(() => Render("{{ while true }}x{{ end }}", limits: new TemplateLimits { LoopLimit = 50 }));

        Assert.Contains("Schleifendurchläufe", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_recursion_is_stopped()
    {
        var problem = SingleProblem(() => Render("{{ func f(n)\n ret f(n + 1)\nend\nf 1 }}", limits: new TemplateLimits { RecursionLimit = 20 }));

        Assert.Contains("Verschachtelung", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_bounded()
    {
        var problem = SingleProblem(() => Render("{{ for i in 1..1000 }}0123456789{{ end }}", limits: new TemplateLimits { OutputLimit = 500 }));

        Assert.Contains("500", problem.Message, StringComparison.Ordinal);
    }
}
