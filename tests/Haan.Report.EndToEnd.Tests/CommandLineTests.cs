namespace Haan.Report.EndToEnd.Tests;

/// <summary>Exit codes and German messages of the command line for wrong usage and broken inputs.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Unknown_option_is_wrong_usage()
    {
        var result = CommandLineRunner.Run("build", "--daten", "x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Fehler", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_is_German()
    {
        var result = CommandLineRunner.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Erstellt den Bericht als PDF", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_data_file_fails_with_file_and_line_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var data = temp.Combine("data");
        RepositoryPaths.CopyDirectory(RepositoryPaths.Data, data);
        var sgb2 = Path.Combine(data, "sgb2.csv");
        var lines = File.ReadAllLines(sgb2);
        var fields = lines[3].Split(';');
        fields[^1] = "abc";
        lines[3] = string.Join(';', fields);
        File.WriteAllLines(sgb2, lines);
        var output = temp.Combine("out");

        var result = CommandLineRunner.Run("build", "--data", data, "--templates", RepositoryPaths.Templates, "--out", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("sgb2.csv", result.Error, StringComparison.Ordinal);
        Assert.Contains("Zeile 4", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public void Engine_message_is_German_and_the_original_only_with_verbose()
    {
        // Issue 16: Scriban's English text never reaches the user, except below the German one with --verbose.
        using var temp = new TempFolder();
        var templates = temp.Combine("templates");
        RepositoryPaths.CopyDirectory(RepositoryPaths.Templates, templates);
        var chapter = Path.Combine(templates, "kapitel", "05-armut.md");
        File.WriteAllText(chapter, "# Armut\n\nDie Quote ist {{ wert }}.\n");

        var plain = CommandLineRunner.Run("validate", "--data", RepositoryPaths.Data, "--templates", templates);
        var verbose = CommandLineRunner.Run("validate", "--data", RepositoryPaths.Data, "--templates", templates, "--verbose");

        Assert.Equal(1, plain.ExitCode);
        Assert.Contains("kapitel/05-armut.md, Zeile 3, Spalte ", plain.Error, StringComparison.Ordinal);
        Assert.Contains("„wert“ erwartet 2 Argument(e), angegeben sind 0", plain.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Invalid number of arguments", plain.Error, StringComparison.Ordinal);
        Assert.Equal(1, verbose.ExitCode);
        Assert.Contains("    Originalmeldung: Invalid number of arguments `0` passed to `wert`", verbose.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_template_variable_names_template_line_and_column()
    {
        using var temp = new TempFolder();
        var templates = temp.Combine("templates");
        RepositoryPaths.CopyDirectory(RepositoryPaths.Templates, templates);
        var chapter = Path.Combine(templates, "kapitel", "05-armut.md");
        File.WriteAllText(chapter, "# Armut\n\nDie Quote ist {{ sgb2_qoute }}.\n");

        var result = CommandLineRunner.Run("validate", "--data", RepositoryPaths.Data, "--templates", templates);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("kapitel/05-armut.md, Zeile 3, Spalte 18", result.Error, StringComparison.Ordinal);
        Assert.Contains("sgb2_qoute", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_indicator_in_a_figure_is_reported_with_file()
    {
        using var temp = new TempFolder();
        var templates = temp.Combine("templates");
        RepositoryPaths.CopyDirectory(RepositoryPaths.Templates, templates);
        File.WriteAllText(Path.Combine(templates, "kapitel", "06-arbeit.md"), "# Arbeit\n\n::: abbildung typ=balken indikator=gibtsnicht\nTest\n:::\n");

        var result = CommandLineRunner.Run("validate", "--data", RepositoryPaths.Data, "--templates", templates);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("kapitel/06-arbeit.md, Zeile 3", result.Error, StringComparison.Ordinal);
        Assert.Contains("gibtsnicht", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_font_file_is_reported()
    {
        using var temp = new TempFolder();
        var templates = temp.Combine("templates");
        RepositoryPaths.CopyDirectory(RepositoryPaths.Templates, templates);
        File.Delete(Path.Combine(templates, "fonts", "NotoSans-Bold.ttf"));

        var result = CommandLineRunner.Run("validate", "--data", RepositoryPaths.Data, "--templates", templates);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("NotoSans-Bold.ttf", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Character_the_font_cannot_draw_in_a_chart_label_is_reported_with_line()
    {
        using var temp = new TempFolder();
        var data = temp.Combine("data");
        RepositoryPaths.CopyDirectory(RepositoryPaths.Data, data);
        var catalogue = Path.Combine(data, "indikatoren.csv");
        File.WriteAllText(catalogue, File.ReadAllText(catalogue).Replace(";Spielfläche bis 400 m;", ";Spielfläche ≤ 400 m;", StringComparison.Ordinal));
        var line = File.ReadAllLines(catalogue).ToList().FindIndex(l => l.Contains("≤", StringComparison.Ordinal)) + 1;

        var result = CommandLineRunner.Run("validate", "--data", data, "--templates", RepositoryPaths.Templates);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"indikatoren.csv, Zeile {line}, Spalte „Kurzname“", result.Error, StringComparison.Ordinal);
        Assert.Contains("„≤“", result.Error, StringComparison.Ordinal);
    }
}
