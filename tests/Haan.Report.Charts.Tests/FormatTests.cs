namespace Haan.Report.Charts.Tests;

public sealed class FormatTests
{
    [Theory]
    [InlineData(7.94, 1, "%", "7,9\u202F%")]
    [InlineData(1234, 0, "", "1.234")]
    [InlineData(1234567.891, 2, "", "1.234.567,89")]
    [InlineData(12.25, 1, "", "12,3")]
    [InlineData(-0.04, 1, "", "0,0")]
    [InlineData(-3.5, 1, "", "-3,5")]
    [InlineData(500, 0, "m", "500\u00A0m")]
    public void German_numbers(double value, int decimals, string unit, string expected) =>
        Assert.Equal(expected, GermanFormat.Number(value, decimals, unit));

    [Fact]
    public void Suppressed_and_missing_signs()
    {
        Assert.Equal(".", ValueFormat.Percent1.Format(7.9, suppressed: true));
        Assert.Equal("–", ValueFormat.Percent1.Format(null, suppressed: false));
        Assert.Equal("+1,2", GermanFormat.Signed(1.23, 1));
        Assert.Equal("A, B und C", GermanFormat.JoinAnd(["A", "B", "C"]));
        Assert.Equal("Haan Süd, Unterhaan sowie Gruiten-Mitte und Gruiten-Nord", GermanFormat.JoinAnd(["Haan Süd", "Unterhaan", "Gruiten-Mitte und Gruiten-Nord"]));
    }

    [Theory]
    [InlineData(7.44, 0)]
    [InlineData(7.46, 1)] // printed as 7,5 → class 2 (75–90 %)
    [InlineData(7.5, 1)]
    [InlineData(8.94, 1)]
    [InlineData(8.96, 2)] // printed as 9,0
    [InlineData(9.0, 2)]
    [InlineData(11.0, 2)]
    [InlineData(11.04, 2)] // printed as 11,0
    [InlineData(11.06, 3)]
    [InlineData(12.5, 3)]
    [InlineData(12.54, 3)]
    [InlineData(12.56, 4)]
    public void Relative_classes_follow_the_documented_breaks(double value, int expectedClass)
    {
        var breaks = ClassBreaks.RelativeToReference(10, ValueFormat.Percent1);
        Assert.Equal(expectedClass, breaks.ClassOf(value));
    }

    [Fact]
    public void Relative_class_labels_are_german()
    {
        var breaks = ClassBreaks.RelativeToReference(7.9, ValueFormat.Percent1);
        Assert.Equal("unter 5,9\u202F%", breaks.Classes[0].Label);
        Assert.Equal("7,1 bis 8,7\u202F%", breaks.Classes[2].Label);
        Assert.Equal("Stadt Haan: 7,9\u202F% (= 100 %)", breaks.Title);
        Assert.Throws<ArgumentOutOfRangeException>(() => ClassBreaks.RelativeToReference(0, ValueFormat.Percent1));
    }
}
