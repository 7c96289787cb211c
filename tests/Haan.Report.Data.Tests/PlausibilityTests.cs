using Haan.Report.Data.Text;
using Haan.Report.Diagnostics;
using Haan.Report.Testing;

namespace Haan.Report.Data.Tests;

/// <summary>
/// Plausibility across files: warnings (the data still load), each with file, line where there is one, and the numbers
/// that do not fit together.
/// </summary>
public sealed class PlausibilityTests
{
    private static readonly string[] PlausibilityCodes =
    [
        nameof(DataMessages.OtherRecipientsHigh), nameof(DataMessages.KreisRateDiffers), nameof(DataMessages.OfficialPopulationDiffers),
        nameof(DataMessages.RecipientsJump), nameof(DataMessages.PopulationJump),
    ];

    private static List<Problem> Plausibility(DataLoadResult result) =>
        [.. result.Problems.Where(p => p.Severity == ProblemSeverity.Warning && PlausibilityCodes.Contains(p.Code))];

    [Fact]
    public void The_bundled_and_the_generated_data_are_plausible()
    {
        Assert.Empty(Plausibility(TestData.Repo));
        Assert.Empty(Plausibility(TestData.Load(TestData.GeneratedDirectory)));
    }

    [Fact]
    public void Leistungsberechtigte_far_above_ELB_and_NEF_is_reported_with_line_and_both_numbers()
    {
        var dir = TestData.Copy();
        var line = TestData.LineWhere(dir, "sgb2.csv", l => l.StartsWith("2023;SR02;", StringComparison.Ordinal));
        var fields = TestData.Read(dir, "sgb2.csv").Split('\n')[line - 1].Split(';');
        var parts = int.Parse(fields[3], System.Globalization.CultureInfo.InvariantCulture) + int.Parse(fields[4], System.Globalization.CultureInfo.InvariantCulture)
                    + int.Parse(fields[5], System.Globalization.CultureInfo.InvariantCulture);
        TestData.SetField(dir, "sgb2.csv", line, "leistungsberechtigte", "999");

        var result = TestData.Load(dir);

        Assert.NotNull(result.Data);
        var warning = ProblemAssert.Has(Plausibility(result), nameof(DataMessages.OtherRecipientsHigh), "SR02", "2023", "999", parts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(("data/sgb2.csv", line, "leistungsberechtigte", "999"), (warning.Location?.File, warning.Location?.Line, warning.Location?.ColumnName, warning.Value));
        Assert.Single(Plausibility(result), p => p.Code == nameof(DataMessages.OtherRecipientsHigh));

        // The same row is also a jump against 2022, and it moves the town's SGB II-Quote away from the Kreis table.
        Assert.Contains(Plausibility(result), p => p.Location?.Line == line && p.Code == nameof(DataMessages.RecipientsJump));
        Assert.Contains(Plausibility(result), p => p.Location?.File == "data/kreis_mettmann_sgb2_quoten.csv" && p.Code == nameof(DataMessages.KreisRateDiffers) && p.Arguments[3] == "7,9");
    }

    [Fact]
    public void Other_recipients_of_a_few_percent_are_normal()
    {
        var dir = TestData.Copy();
        var line = TestData.LineWhere(dir, "sgb2.csv", l => l.StartsWith("2023;SR02;", StringComparison.Ordinal));
        var fields = TestData.Read(dir, "sgb2.csv").Split('\n')[line - 1].Split(';');
        var lb = int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture);
        TestData.SetField(dir, "sgb2.csv", line, "leistungsberechtigte", (lb + 8).ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.DoesNotContain(Plausibility(TestData.Load(dir)), p => p.Code == nameof(DataMessages.OtherRecipientsHigh));
    }

    [Fact]
    public void The_town_population_far_from_the_official_figure_is_reported()
    {
        var dir = TestData.Copy();
        var line = TestData.LineWhere(dir, "haan_einwohner_eckwerte.csv", l => l.StartsWith("2019-12-31;", StringComparison.Ordinal) && l.Contains(";amtlich;", StringComparison.Ordinal));
        TestData.SetField(dir, "haan_einwohner_eckwerte.csv", line, "einwohner", "35000");

        var warning = Assert.Single(Plausibility(TestData.Load(dir)));
        Assert.Equal(nameof(DataMessages.OfficialPopulationDiffers), warning.Code);
        Assert.Equal(["2019", warning.Arguments[1], "35000"], warning.Arguments);
        Assert.Equal("data/bevoelkerung.csv", warning.Location?.File);
        Assert.Contains("31.12.2019", warning.Message, StringComparison.Ordinal);
        Assert.Contains("(35.000)", warning.Message, StringComparison.Ordinal);
    }
}
