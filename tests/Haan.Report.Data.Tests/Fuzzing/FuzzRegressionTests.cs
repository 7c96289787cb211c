using Haan.Report.Data.Text;
using Haan.Report.Diagnostics;

namespace Haan.Report.Data.Tests.Fuzzing;

/// <summary>Inputs found by <see cref="LoaderFuzzTests"/> that crashed the GeoJSON reader (caught only by the loader's catch-all).</summary>
public sealed class FuzzRegressionTests
{
    [Theory]
    [InlineData("\"crs\": \"EPSG:25832\"", "Objekt 1")]
    [InlineData("\"crs\": {\"type\": \"name\", \"properties\": \"EPSG:25832\"}", "Objekt 1")]
    [InlineData("\"crs\": {\"type\": \"name\", \"properties\": {\"name\": 4711}}", "crs")]
    public void Crs_of_the_wrong_json_type_is_a_problem_not_a_crash(string crs, string expected)
    {
        var dir = TestData.Copy();
        var text = TestData.Read(dir, DataFiles.Areas);
        var start = text.IndexOf("\"crs\":", StringComparison.Ordinal);
        var end = text.IndexOf(", \"features\"", StringComparison.Ordinal);
        TestData.Write(dir, DataFiles.Areas, text[..start] + crs + text[end..]);

        var result = TestData.Load(dir);

        Assert.DoesNotContain(result.Problems, p => p.Code == nameof(DataMessages.UnexpectedError));
        Assert.Contains(result.Errors, p => p.Location?.File == "data/" + DataFiles.Areas && p.Location?.ColumnName == expected);
    }

    [Fact]
    public void Feature_that_is_not_an_object_is_reported_with_its_number()
    {
        var dir = TestData.Copy();
        var text = TestData.Read(dir, DataFiles.Areas);
        var at = text.IndexOf("\"features\": [", StringComparison.Ordinal) + "\"features\": [".Length;
        TestData.Write(dir, DataFiles.Areas, text[..at] + "42, " + text[at..]);

        var result = TestData.Load(dir);

        Assert.DoesNotContain(result.Problems, p => p.Code == nameof(DataMessages.UnexpectedError));
        var problem = Assert.Single(result.Errors, p => p.Location?.File == "data/" + DataFiles.Areas && p.Code == nameof(DataMessages.FeatureNotAnObject));
        Assert.Equal("Objekt 1", problem.Location?.ColumnName);
    }
}
