namespace Haan.Report.Data.Tests;

public sealed class LoaderTests
{
    [Fact]
    public void Committed_data_loads_without_problems()
    {
        var result = TestData.Repo;
        Assert.True(result.Problems.Count == 0, TestData.Dump(result));
        Assert.NotNull(result.Data);
    }
}
