using UglyToad.PdfPig;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// Plausibility warnings reach the Sozialplanerin: on the console and as the „Datenprüfung“ appendix of the draft —
/// never in a published version.
/// </summary>
public sealed class DataCheckTests
{
    [Fact]
    public void A_draft_lists_the_plausibility_warnings_and_the_published_version_does_not()
    {
        using var temp = new TempFolder();
        var data = temp.Combine("data");
        RepositoryPaths.CopyDirectory(RepositoryPaths.Data, data);
        var path = Path.Combine(data, "sgb2.csv");
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => l.StartsWith("2023;SR02;", StringComparison.Ordinal));
        var fields = lines[index].Split(';');
        fields[2] = "999";
        lines[index] = string.Join(';', fields);
        File.WriteAllLines(path, lines);

        var validate = CommandLineRunner.Run("validate", "--data", data, "--templates", RepositoryPaths.Templates);
        Assert.True(validate.ExitCode == 0, validate.Error);
        var line = Assert.Single(validate.Error.Split('\n'), l => l.Contains("sonstige Leistungsberechtigte", StringComparison.Ordinal));
        Assert.StartsWith($"data/sgb2.csv, Zeile {index + 1}, Spalte „leistungsberechtigte“: Hinweis: Plausibilität:", line, StringComparison.Ordinal);
        Assert.Contains("(999)", line, StringComparison.Ordinal);
        Assert.Contains("(593)", line, StringComparison.Ordinal);
        Assert.Contains("Prüfung bestanden mit 3 Hinweisen", validate.Output, StringComparison.Ordinal);

        var draft = CommandLineRunner.Run("build", "--entwurf", "--data", data, "--templates", RepositoryPaths.Templates, "--out", temp.Combine("out"));
        Assert.True(draft.ExitCode == 0, draft.Error);
        Assert.Contains($"data/sgb2.csv, Zeile {index + 1}, Spalte „leistungsberechtigte“", draft.Error, StringComparison.Ordinal);
        var draftText = PdfText(Directory.GetFiles(temp.Combine("out"), "*.pdf", SearchOption.AllDirectories).Single());
        Assert.Contains("Datenprüfung (nur im Entwurf)", draftText, StringComparison.Ordinal);
        Assert.Contains("leistungsberechtigte (999) liegt deutlich über", draftText, StringComparison.Ordinal);

        var published = CommandLineRunner.Run("build", "--data", data, "--templates", RepositoryPaths.Templates, "--out", temp.Combine("pub"));
        Assert.True(published.ExitCode == 0, published.Error);
        var publishedText = PdfText(Directory.GetFiles(temp.Combine("pub"), "*.pdf", SearchOption.AllDirectories).Single());
        Assert.DoesNotContain("Datenprüfung", publishedText, StringComparison.Ordinal);
        Assert.DoesNotContain("Plausibilität", publishedText, StringComparison.Ordinal);
    }

    private static string PdfText(string file)
    {
        using var document = PdfDocument.Open(file);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
