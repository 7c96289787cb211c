using Xunit;

namespace Haan.Report.Formatting.Tests;

public sealed class GermanFormatTests
{
    [Theory]
    [InlineData(1234.5, 1, "1.234,5")]
    [InlineData(1234567.891, 2, "1.234.567,89")]
    [InlineData(0.05, 1, "0,1")] // half away from zero
    [InlineData(-0.05, 1, "-0,1")]
    [InlineData(2.675, 2, "2,68")] // decimal rounding, not binary
    [InlineData(-0.04, 1, "0,0")] // no negative zero
    [InlineData(30406, 0, "30.406")]
    public void Number(double value, int decimals, string expected) =>
        Assert.Equal(expected, GermanFormat.Number(value, decimals));

    [Fact]
    public void Percent_uses_a_narrow_no_break_space()
    {
        Assert.Equal("7,9\u202F%", GermanFormat.Percent(7.912, 1));
        Assert.Equal(".", GermanFormat.Percent((double?)null, 1));
    }

    [Theory]
    [InlineData(0.44, "+0,4\u202FPp.")]
    [InlineData(-1.25, "-1,3\u202FPp.")]
    [InlineData(0.04, "0,0\u202FPp.")]
    public void Percentage_points_are_signed(double value, string expected) =>
        Assert.Equal(expected, GermanFormat.PercentagePoints(value, 1));

    [Fact]
    public void Units_and_counts()
    {
        Assert.Equal("12,3 je 1.000", GermanFormat.WithUnit(12.34, 1, "je 1.000"));
        Assert.Equal("1.213", GermanFormat.Count(1213));
    }

    [Theory]
    [InlineData(7.94, 1, "%", "7,9\u202F%")]
    [InlineData(1234, 0, "", "1.234")]
    [InlineData(12.25, 1, "", "12,3")]
    [InlineData(-3.5, 1, "", "-3,5")]
    [InlineData(500, 0, "m", "500\u00A0m")]
    public void Number_with_unit(double value, int decimals, string unit, string expected) =>
        Assert.Equal(expected, GermanFormat.Number(value, decimals, unit));

    [Fact]
    public void Signed_numbers_and_German_enumerations()
    {
        Assert.Equal("+1,2", GermanFormat.Signed(1.23, 1));
        Assert.Equal("A, B und C", GermanFormat.JoinAnd(["A", "B", "C"]));
        Assert.Equal("Haan Süd, Unterhaan sowie Gruiten-Mitte und Gruiten-Nord", GermanFormat.JoinAnd(["Haan Süd", "Unterhaan", "Gruiten-Mitte und Gruiten-Nord"]));
    }
}
