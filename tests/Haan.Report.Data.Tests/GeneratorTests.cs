using Haan.Report.DataGenerator;

namespace Haan.Report.Data.Tests;

public sealed class GeneratorTests
{
    [Fact]
    public void Committed_data_is_exactly_the_generator_output()
    {
        var generated = Directory.GetFiles(TestData.GeneratedDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(DataFiles.All.Order(StringComparer.Ordinal), generated);
        foreach (var file in generated)
        {
            var expected = File.ReadAllBytes(Path.Combine(TestData.GeneratedDirectory, file!));
            var committed = File.ReadAllBytes(Path.Combine(TestData.RepoDataDirectory, file!));
            Assert.True(expected.AsSpan().SequenceEqual(committed), $"data/{file} weicht von der Generator-Ausgabe ab. Neu erzeugen: dotnet run --project src/Haan.Report.DataGenerator -- data");
        }
    }

    [Fact]
    public void Generator_is_deterministic_across_runs()
    {
        var dir = Path.Combine(Path.GetTempPath(), "haan-data-tests-" + Guid.NewGuid().ToString("N"));
        Generator.Run(dir);
        foreach (var file in DataFiles.All)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(dir, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(TestData.GeneratedDirectory, file))), file);
        }
    }

    [Fact]
    public void Generated_files_are_utf8_without_bom_with_lf_line_ends()
    {
        foreach (var file in DataFiles.All)
        {
            var bytes = File.ReadAllBytes(Path.Combine(TestData.GeneratedDirectory, file));
            Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF, file + " hat ein BOM");
            Assert.DoesNotContain((byte)'\r', bytes);
        }
    }
}
