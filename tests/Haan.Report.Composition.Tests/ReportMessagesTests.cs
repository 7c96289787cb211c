using Haan.Report.Composition.Text;
using Haan.Report.Diagnostics;
using Haan.Report.Testing;

namespace Haan.Report.Composition.Tests;

/// <summary>The Composition message catalogue: conventions for every factory, and the rendering of typical problems.</summary>
public sealed class ReportMessagesTests
{
    [Fact]
    public void Every_factory_names_its_code_and_writes_a_complete_German_sentence() =>
        Assert.True(MessageCatalogueAssert.FactoriesAreWellFormed(typeof(ReportMessages)) >= 30);

    public static TheoryData<Problem, string> Rendered => new()
    {
        {
            ReportMessages.DuplicateChapter(new ProblemLocation("templates/bericht.json") { Line = 15 }, "kapitel/01-vorwort.md"),
            "templates/bericht.json, Zeile 15: Das Kapitel „kapitel/01-vorwort.md“ steht mehrfach in „kapitel“. Erwartet: jedes Kapitel genau einmal."
        },
        {
            ReportMessages.UnknownReference(ProblemLocation.At("kapitel/01-vorwort.md", 3) with { NearHeading = "Vorwort" }, "#gibtsnicht", explain: false),
            "kapitel/01-vorwort.md, Zeile 3, nach der Überschrift „Vorwort“: Der Verweis „#gibtsnicht“ zeigt auf keine Abbildung, Tabelle oder Überschrift mit dieser id."
        },
        {
            ReportMessages.NullValue(ProblemLocation.At("templates/bericht.json", 4, 18), "herausgeber", "bericht.json"),
            "templates/bericht.json, Zeile 4, Spalte 18: „herausgeber“ ist null. Erwartet: ein Wert (Text, Zahl oder Liste wie in templates/bericht.json); lassen Sie ein optionales Feld lieber weg."
        },
        {
            ReportMessages.MissingGlyphsInField(new ProblemLocation("bericht.json") { Field = "titel" }, "Bericht ☃", ["„☃“ (U+2603)"]),
            "bericht.json, Feld „titel“: „Bericht ☃“ enthält Zeichen, die die mitgelieferte Schrift nicht darstellen kann („☃“ (U+2603)). Bitte durch darstellbare Zeichen ersetzen."
        },
    };

    [Theory]
    [MemberData(nameof(Rendered))]
    public void Renders_with_file_line_and_expectation(Problem problem, string expected) => Assert.Equal(expected, problem.ToString());

    [Fact]
    public void A_protection_failure_names_the_cell_and_the_missing_record_never_a_value()
    {
        var problem = ReportMessages.ProtectionImpossible("1.0.1", "Leistungsberechtigte nach dem SGB II", "Gruiten", 2023, ["1.0.0"], "output/2023/intern");
        Assert.Equal(["1.0.1", "Leistungsberechtigte nach dem SGB II", "Gruiten", "2023", "1.0.0"], problem.Arguments);
        Assert.Contains("Version 1.0.0 fehlt (output/2023/intern)", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.IsError);
    }
}
