using Haan.Report.Templates.Model;

namespace Haan.Report.Templates.Tests;

public sealed class ComparisonTests
{
    [Theory]
    [InlineData(100.0, Comparison.Level.Same)]
    [InlineData(104.9, Comparison.Level.Same)]
    [InlineData(95.0, Comparison.Level.Same)] // a boundary value belongs to the upper class („95 bis unter 105“)
    [InlineData(105.0, Comparison.Level.SlightlyAbove)]
    [InlineData(119.9, Comparison.Level.SlightlyAbove)]
    [InlineData(120.0, Comparison.Level.ClearlyAbove)]
    [InlineData(94.9, Comparison.Level.SlightlyBelow)]
    [InlineData(80.0, Comparison.Level.SlightlyBelow)] // Haan West's Statusindex 80,0: „leicht unter“, Status „mittel“
    [InlineData(79.9, Comparison.Level.ClearlyBelow)]
    public void Classes_are_a_to_below_b_of_the_town_value(double index, Comparison.Level expected)
    {
        Assert.Equal(expected, Comparison.Classify(index));
    }

    [Fact]
    public void Values_are_classified_as_printed()
    {
        // 8,5 % against 7,9 %: break 105 % = 8,295 → 8,3; 8,5 ≥ 8,3 → „leicht über“ (as coloured on the map)
        Assert.Equal(Comparison.Level.SlightlyAbove, Comparison.Classify(8.46, 7.9, 1));
        // 7,54 prints as 7,5 = 95 % of 7,9 (7,505 → 7,5): the printed value sits on the break, so „etwa auf dem Niveau“
        Assert.Equal(Comparison.Level.Same, Comparison.Classify(7.54, 7.9, 1));
    }
}
