namespace Haan.Report.EndToEnd.Tests;

/// <summary>The Vorwort's signature comes from bericht.json; under demonstration data it may not carry a name.</summary>
public sealed class SignatureTests
{
    [Fact]
    public void A_name_under_demonstration_data_is_an_input_error_naming_the_file()
    {
        using var templates = new TempFolder();
        RepositoryPaths.CopyDirectory(RepositoryPaths.Templates, templates.Path);
        var configuration = Path.Combine(templates.Path, "bericht.json");
        File.WriteAllText(configuration, File.ReadAllText(configuration).Replace(
            "\"unterschrift\": { \"amt\": \"Die Bürgermeisterin der Stadt Haan\" }",
            "\"unterschrift\": { \"amt\": \"Die Bürgermeisterin der Stadt Haan\", \"name\": \"Erika Mustermann\" }",
            StringComparison.Ordinal));

        var result = CommandLineRunner.Run("validate", "--data", RepositoryPaths.Data, "--templates", templates.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bericht.json", result.Error, StringComparison.Ordinal);
        Assert.Contains("„unterschrift.name“ = „Erika Mustermann“", result.Error, StringComparison.Ordinal);
        Assert.Contains("Demonstrationsdaten", result.Error, StringComparison.Ordinal);
    }
}
