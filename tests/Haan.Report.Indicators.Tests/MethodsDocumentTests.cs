using Haan.Report.Indicators.Catalogue;
using Xunit;

namespace Haan.Report.Indicators.Tests;

public sealed class MethodsDocumentTests
{
    [Fact]
    public void Methods_document_is_generated_from_the_catalogue()
    {
        var catalogue = IndicatorCatalogue.Load(FixtureCounts.CataloguePath);
        var text = MethodsDocument.Render(catalogue, "Stadt Haan", "Haan", 7);
        foreach (var indicator in catalogue.Indicators)
        {
            Assert.Contains($"#### {indicator.Name} (`{indicator.Id}`)", text, StringComparison.Ordinal);
            Assert.Contains(indicator.Definition, text, StringComparison.Ordinal);
        }

        Assert.Contains("| sehr niedrig | 150 und mehr |", text, StringComparison.Ordinal);
        Assert.Contains("| Grundsicherung im Alter | `gsi_alter` | 5 |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Committed_methods_document_is_up_to_date()
    {
        // Regenerate with: HAAN_UPDATE_METHODEN=1 dotnet test tests/Haan.Report.Indicators.Tests
        var catalogue = IndicatorCatalogue.Load(FixtureCounts.CataloguePath);
        var expected = MethodsDocument.Render(catalogue, "Stadt Haan", "Haan", 7);
        var path = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(FixtureCounts.CataloguePath))!, "docs", "METHODEN.md");
        if (Environment.GetEnvironmentVariable("HAAN_UPDATE_METHODEN") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), "docs/METHODEN.md fehlt");
        Assert.Equal(expected, File.ReadAllText(path));
    }
}
