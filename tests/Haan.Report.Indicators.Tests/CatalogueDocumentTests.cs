using Haan.Report.Data;
using Haan.Report.Indicators.Adapter;
using Haan.Report.Indicators.Catalogue;
using Xunit;

namespace Haan.Report.Indicators.Tests;

/// <summary>docs/INDIKATOREN.md is generated from the catalogue reader, the count variables and the catalogue.</summary>
public sealed class CatalogueDocumentTests
{
    [Fact]
    public void Committed_catalogue_document_is_up_to_date()
    {
        // Regenerate with: HAAN_UPDATE_INDIKATOREN=1 dotnet test tests/Haan.Report.Indicators.Tests
        var catalogue = IndicatorCatalogue.Load(FixtureCounts.CataloguePath);
        var expected = CatalogueDocument.Render(catalogue);
        var path = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(FixtureCounts.CataloguePath))!, "docs", "INDIKATOREN.md");
        if (Environment.GetEnvironmentVariable("HAAN_UPDATE_INDIKATOREN") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), "docs/INDIKATOREN.md fehlt");
        Assert.Equal(expected, File.ReadAllText(path));
    }

    [Fact]
    public void Every_catalogue_column_and_every_indicator_is_documented()
    {
        var catalogue = IndicatorCatalogue.Load(FixtureCounts.CataloguePath);
        var text = CatalogueDocument.Render(catalogue);
        Assert.All(IndicatorCatalogue.Columns, c => Assert.Contains($"| `{c}` |", text, StringComparison.Ordinal));
        Assert.All(catalogue.Indicators, d => Assert.Contains($"| `{d.Id}` |", text, StringComparison.Ordinal));
        Assert.All(CountVariables.All, v => Assert.Contains($"| `{v.Name}` |", text, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_count_variable_resolves_its_example_against_the_bundled_data()
    {
        var data = DataSetLoader.Load(Path.GetDirectoryName(FixtureCounts.CataloguePath)!).Data!;
        var counts = new DataSetCounts(data);
        Assert.All(CountVariables.All, variable =>
        {
            var key = CountKey.TryParse(variable.Example, out var error) ?? throw new InvalidOperationException(error);
            Assert.Equal(variable.Name, key.Variable);
            Assert.NotNull(counts.Get(key, counts.Areas[0].Id, data.LatestYear));
            Assert.Equal(variable.InputFiles, counts.InputFiles(key));
        });
    }

    [Fact]
    public void Every_variable_the_catalogue_uses_is_registered()
    {
        var catalogue = IndicatorCatalogue.Load(FixtureCounts.CataloguePath);
        var used = catalogue.Indicators.SelectMany(i => new[] { i.Numerator, i.Denominator }).OfType<CountExpression>()
            .SelectMany(e => e.Terms.Select(t => t.Key.Variable)).Distinct();
        Assert.All(used, name => Assert.NotNull(CountVariables.Find(name)));
    }

    [Fact]
    public void Nationality_filters_get_German_labels()
    {
        var catalogue = IndicatorCatalogue.Load(FixtureCounts.CataloguePath);
        Assert.Equal("Einwohnerinnen und Einwohner, Ausländerinnen und Ausländer", CountLabels.Label("bev[ausl]", catalogue));
        Assert.Equal("Einwohnerinnen und Einwohner, Deutsche", CountLabels.Label("bev[dt]", catalogue));
    }
}
