using Haan.Report.Templates.Model;

namespace Haan.Report.Templates.Tests;

public sealed class ComparisonTests
{
    [Theory]
    [InlineData(100.0, Comparison.Level.Same)]
    [InlineData(104.99, Comparison.Level.Same)]
    [InlineData(95.01, Comparison.Level.Same)]
    [InlineData(105.0, Comparison.Level.SlightlyAbove)]
    [InlineData(119.99, Comparison.Level.SlightlyAbove)]
    [InlineData(120.0, Comparison.Level.ClearlyAbove)]
    [InlineData(95.0, Comparison.Level.SlightlyBelow)]
    [InlineData(80.01, Comparison.Level.SlightlyBelow)]
    [InlineData(80.0, Comparison.Level.ClearlyBelow)]
    public void Thresholds_are_the_documented_ones(double index, Comparison.Level expected)
    {
        Assert.Equal(expected, Comparison.Classify(index));
    }
}
