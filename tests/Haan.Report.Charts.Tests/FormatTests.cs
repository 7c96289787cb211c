namespace Haan.Report.Charts.Tests;

public sealed class FormatTests
{
    [Fact]
    public void Suppressed_and_missing_signs_of_chart_values()
    {
        Assert.Equal(".", ValueFormat.Percent1.Format(7.9, suppressed: true));
        Assert.Equal("–", ValueFormat.Percent1.Format(null, suppressed: false));
    }

    [Theory]
    [InlineData(7.94, 0)]
    [InlineData(7.96, 1)] // printed as 8,0 → class 2 (80 bis unter 95 %): a boundary belongs to the upper class
    [InlineData(8.0, 1)]
    [InlineData(9.44, 1)]
    [InlineData(9.46, 2)] // printed as 9,5
    [InlineData(10.0, 2)]
    [InlineData(10.44, 2)]
    [InlineData(10.46, 3)] // printed as 10,5 → „leicht über“
    [InlineData(11.94, 3)]
    [InlineData(11.96, 4)] // printed as 12,0 → „deutlich über“
    [InlineData(12.0, 4)]
    public void Relative_classes_follow_the_documented_breaks(double value, int expectedClass)
    {
        var breaks = ClassBreaks.RelativeToReference(10, ValueFormat.Percent1);
        Assert.Equal(expectedClass, breaks.ClassOf(value));
    }

    [Fact]
    public void Relative_class_labels_are_german()
    {
        var breaks = ClassBreaks.RelativeToReference(7.9, ValueFormat.Percent1, referenceLabel: "Stadt Haan");
        Assert.Equal("unter 6,3\u202F%", breaks.Classes[0].Label);
        Assert.Equal("7,5 bis unter 8,3\u202F%", breaks.Classes[2].Label);
        Assert.Equal("9,5\u202F% und mehr", breaks.Classes[4].Label);
        Assert.StartsWith("deutlich über", breaks.Classes[4].Note, StringComparison.Ordinal);
        Assert.Equal("leicht über (105–120\u202F%)", breaks.Classes[3].Note);
        Assert.Equal("Stadt Haan: 7,9\u202F% (= 100 %)", breaks.Title);
        Assert.Throws<ArgumentOutOfRangeException>(() => ClassBreaks.RelativeToReference(0, ValueFormat.Percent1));
    }
}

/// <summary>Values of limited reliability are bracketed in charts as in tables.</summary>
public sealed class BarReliabilityTests
{
    [Fact]
    public void A_bar_of_limited_reliability_is_labelled_in_brackets()
    {
        var chart = new BarChartFigure(new BarChartSpec("Test", [new BarItem("A", 50.0, LowReliability: true), new BarItem("B", 20.0), new BarItem("C", null, Suppressed: true)], ValueFormat.Percent1), Fixtures.Style);

        Assert.Equal(["(50,0\u202F%)", "20,0\u202F%", GermanFormat.SuppressedLegend], chart.ValueLabels);
    }
}
