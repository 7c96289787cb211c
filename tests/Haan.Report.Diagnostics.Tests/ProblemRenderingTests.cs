using Haan.Report.Diagnostics;
using Haan.Report.Testing;

namespace Haan.Report.Diagnostics.Tests;

/// <summary>The one German rendering of every problem kind (data-table tests in the style of NodaTime).</summary>
public sealed class ProblemRenderingTests
{
    public static TheoryData<string, Problem> Cases => new()
    {
        {
            "data/sgb2.csv, Zeile 12, Spalte „anzahl“: „abc“ ist keine Zahl. Erwartet: ganze Zahl ≥ 0.",
            Problem.Error("NotANumber", ProblemLocation.InTable("data/sgb2.csv", 12, "anzahl"), "„abc“ ist keine Zahl.", "ganze Zahl ≥ 0", "abc")
        },
        {
            "kapitel/04-bevoelkerung.md, Zeile 3, Spalte 17: Unbekannte Funktion „wert2“. Erwartet: eine Funktion aus docs/VORLAGEN.md.",
            Problem.Error("UnknownFunction", ProblemLocation.At("kapitel/04-bevoelkerung.md", 3, 17), "Unbekannte Funktion „wert2“.", "eine Funktion aus docs/VORLAGEN.md.")
        },
        {
            "kapitel/13-sozialraumprofile.md, Zeile 21 (Sozialraum SR05, Zeile 150 des ausgefüllten Texts): Unbekanntes Gebiet „SR99“.",
            Problem.Error("UnknownArea", ProblemLocation.At("kapitel/13-sozialraumprofile.md", 21) with { Context = "Sozialraum SR05, Zeile 150 des ausgefüllten Texts" }, "Unbekanntes Gebiet „SR99“.")
        },
        {
            "data/sgb2.xlsx, Tabellenblatt „sgb2“, Zeile 4, Spalte „C“: Hinweis: Sprung um 40 %.",
            Problem.Warning("Jump", new ProblemLocation("data/sgb2.xlsx") { Sheet = "sgb2", Line = 4, ColumnName = "C" }, "Sprung um 40 %.")
        },
        {
            "bericht.json: Das Feld „version“ fehlt. Erwartet: eine Versionsnummer wie 1.0.0.",
            Problem.Error("MissingField", new ProblemLocation("bericht.json"), "Das Feld „version“ fehlt.", "eine Versionsnummer wie 1.0.0")
        },
        {
            "kapitel/13-sozialraumprofile.md, Zeile 20 (Sozialraum SR01, Zeile 7 des ausgefüllten Texts), nach der Überschrift „Gruiten“: Verweis fehlt.",
            Problem.Error("BrokenLink", ProblemLocation.At("kapitel/13-sozialraumprofile.md", 20) with { Context = "Sozialraum SR01, Zeile 7 des ausgefüllten Texts", NearHeading = "Gruiten" }, "Verweis fehlt.")
        },
        {
            "bericht.json, Feld „titel“: Zeichen fehlt.",
            Problem.Error("MissingGlyphs", new ProblemLocation("bericht.json") { Field = "titel" }, "Zeichen fehlt.")
        },
        {
            "Kein Datenverzeichnis angegeben.",
            Problem.Error("NoDataDirectory", null, "Kein Datenverzeichnis angegeben.")
        },
        {
            "kapitel/x.md: Vorlage leer.",
            Problem.Error("Empty", ProblemLocation.At("kapitel/x.md", 0, 5), "Vorlage leer.")
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_in_German_with_location_and_expectation(string expected, Problem problem) =>
        Assert.Equal(expected, problem.ToString());

    [Fact]
    public void Exception_message_lists_every_problem()
    {
        var problems = new[]
        {
            Problem.Error("A", new ProblemLocation("a.csv"), "Erstens."),
            Problem.Warning("B", new ProblemLocation("b.csv"), "Zweitens."),
        };
        var ex = new ProblemException(problems);
        Assert.Equal("a.csv: Erstens." + Environment.NewLine + "b.csv: Hinweis: Zweitens.", ex.Message);
        Assert.Same(problems, ex.Problems);
    }

    [Fact]
    public void Contract_assertion_finds_code_and_arguments_and_names_what_was_reported()
    {
        var problems = new[] { Problem.Error("NotANumber", ProblemLocation.InTable("data/x.csv", 2, "anzahl"), "„abc“ ist keine Zahl.", "Zahl", "abc") };
        Assert.Equal(2, ProblemAssert.Has(problems, "NotANumber", "abc").Location!.Line);
        ProblemAssert.HasAt(problems, "NotANumber", "data/x.csv", 2);
        var miss = Assert.Throws<InvalidOperationException>(() => ProblemAssert.Has(problems, "NotANumber", "xyz"));
        Assert.Contains("NotANumber(abc)", miss.Message, StringComparison.Ordinal);
    }
}
