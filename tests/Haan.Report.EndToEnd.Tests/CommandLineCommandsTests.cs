namespace Haan.Report.EndToEnd.Tests;

/// <summary>The commands added for issue 9: indikatoren, diff, help texts, --quiet/--verbose.</summary>
public sealed class CommandLineCommandsTests
{
    [Fact]
    public void Indikatoren_lists_id_name_unit_and_topic_of_every_catalogue_entry()
    {
        var result = CommandLineRunner.Run("indikatoren", "--data", RepositoryPaths.Data);

        Assert.True(result.ExitCode == 0, result.Error);
        var catalogueRows = File.ReadAllLines(Path.Combine(RepositoryPaths.Data, "indikatoren.csv")).Skip(1).Count(l => l.Length > 0);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Kennung", lines[0], StringComparison.Ordinal);
        Assert.Equal(catalogueRows + 2, lines.Length); // header, one line per indicator, summary
        var quota = Assert.Single(lines, l => l.StartsWith("sgb2_quote ", StringComparison.Ordinal));
        Assert.Contains("SGB II-Quote", quota, StringComparison.Ordinal);
        Assert.Contains("%", quota, StringComparison.Ordinal);
        Assert.Contains("Transferleistungen", quota, StringComparison.Ordinal);
        Assert.Contains($"{catalogueRows} Indikatoren", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Indikatoren_without_catalogue_is_a_German_input_error()
    {
        using var temp = new TempFolder();

        var result = CommandLineRunner.Run("indikatoren", "--data", temp.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Der Indikatorenkatalog fehlt", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_of_a_folder_without_manifest_is_a_German_input_error()
    {
        using var temp = new TempFolder();

        var result = CommandLineRunner.Run("diff", "--alt", temp.Path, "--neu", temp.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("manifest.json fehlt", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_without_its_options_is_wrong_usage()
    {
        var result = CommandLineRunner.Run("diff", "--alt", "output/2023/v1.0.0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--neu", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "haan-report build --data data --templates templates --out output")]
    [InlineData("validate", "haan-report validate --data data --templates templates")]
    [InlineData("diff", "haan-report diff --alt output/2023/v1.0.0 --neu output/2023/v1.0.1")]
    [InlineData("indikatoren", "haan-report indikatoren --data data")]
    public void Every_command_has_German_help_with_an_example(string command, string example)
    {
        var result = CommandLineRunner.Run(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Beispiel", result.Output, StringComparison.Ordinal);
        Assert.Contains(example, result.Output, StringComparison.Ordinal);
        Assert.Contains("--quiet", result.Output, StringComparison.Ordinal);
        Assert.Contains("Beschreibung:", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Description", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Show help", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_and_verbose_together_are_wrong_usage()
    {
        var result = CommandLineRunner.Run("validate", "--quiet", "--verbose");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("schließen sich aus", result.Error, StringComparison.Ordinal);
    }
}
