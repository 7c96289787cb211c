using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Engine;
using Haan.Report.Indicators.SocialIndex;
using Xunit;

namespace Haan.Report.Indicators.Tests;

public sealed class SocialIndexTests
{
    private static readonly Lazy<IReadOnlyList<SocialIndexEntry>> Entries = new(() =>
        SocialIndexCalculator.Compute(IndicatorEngine.Compute(
            IndicatorCatalogue.Load(FixtureCounts.CataloguePath), FixtureCounts.Standard(), FixtureCounts.Years)));

    private static SocialIndexEntry Entry(string area, int year) => Entries.Value.Single(e => e.AreaId == area && e.Year == year);

    [Theory]
    [InlineData(79.94, StatusClass.Hoch)]
    [InlineData(80.0, StatusClass.Mittel)]
    [InlineData(119.9, StatusClass.Mittel)]
    [InlineData(120.0, StatusClass.Niedrig)]
    [InlineData(149.9, StatusClass.Niedrig)]
    [InlineData(150.0, StatusClass.SehrNiedrig)]
    public void Status_classes_use_fixed_breaks(double index, StatusClass expected) =>
        Assert.Equal(expected, SocialIndexCalculator.Classify(index, SocialIndexThresholds.Default));

    [Theory]
    [InlineData(-5.0, DynamicsClass.Positiv)]
    [InlineData(-4.9, DynamicsClass.Stabil)]
    [InlineData(4.9, DynamicsClass.Stabil)]
    [InlineData(5.0, DynamicsClass.Negativ)]
    public void Dynamics_classes_use_five_index_points(double change, DynamicsClass expected) =>
        Assert.Equal(expected, SocialIndexCalculator.ClassifyDynamics(change, SocialIndexThresholds.Default));

    [Fact]
    public void Status_index_and_class_of_a_fixture_area()
    {
        var entry = Entry("SR01", 2023);
        Assert.Equal(95.05379136745047, entry.StatusIndex!.Value, 9); // see IndicatorEngineTests
        Assert.Equal(StatusClass.Mittel, entry.Status);
    }

    [Fact]
    public void Dynamics_is_the_two_year_change_of_the_status_index()
    {
        // Only sgb2_lb changes over the years (+10 per area and year); compute SR04's index for 2021 and 2023 by hand.
        static double Index(int year, double[] sgb2, double[] bevRa, double nefIdx, double alIdx, double gsiIdx, int area)
        {
            var townSgb2 = sgb2.Sum() / bevRa.Sum() * 100;
            return ((sgb2[area] / bevRa[area] * 100 / townSgb2) + nefIdx + alIdx + gsiIdx) / 4 * 100;
        }

        double[] bevRa = [3000, 3900, 2200, 4600, 3400, 2500, 2900];
        double[] sgb2Of(int year) => new double[] { 300, 600, 90, 720, 270, 175, 200 }.Select(v => v + ((year - 2023) * 10)).ToArray();
        var nef = (150.0 / 750) / (465.0 / 3350);
        var al = (140.0 / 3700) / (455.0 / 17850);
        var gsi = (73.0 / 1460) / (241.0 / 8045);
        var expected = Index(2023, sgb2Of(2023), bevRa, nef, al, gsi, 3) - Index(2021, sgb2Of(2021), bevRa, nef, al, gsi, 3);
        var entry = Entry("SR04", 2023);
        Assert.Equal(expected, entry.Dynamics!.Value, 9);
        Assert.Null(Entry("SR04", 2020).Dynamics);
    }

    [Fact]
    public void Min_max_cross_check_and_disagreement_flag()
    {
        // 2023 core values per area (%): SGB II, NEF u15, AL SGB II, GSi.
        double[][] core =
        [
            [300.0 / 3000, 600.0 / 3900, 90.0 / 2200, 720.0 / 4600, 270.0 / 3400, 175.0 / 2500, 200.0 / 2900],
            [60.0 / 500, 120.0 / 600, 15.0 / 300, 150.0 / 750, 45.0 / 450, 35.0 / 350, 40.0 / 400],
            [60.0 / 2400, 110.0 / 3100, 20.0 / 1750, 140.0 / 3700, 50.0 / 2700, 35.0 / 1950, 40.0 / 2250],
            [33.0 / 1100, 45.0 / 1130, 9.0 / 890, 73.0 / 1460, 31.0 / 1240, 22.0 / 1105, 28.0 / 1120],
        ];
        var expected = Enumerable.Range(0, 7)
            .Select(a => core.Average(c => (c[a] - c.Min()) / (c.Max() - c.Min())))
            .ToArray();
        for (var a = 0; a < 7; a++)
        {
            Assert.Equal(expected[a], Entry(FixtureCounts.SevenAreas[a].Id, 2023).MinMaxIndex!.Value, 9);
        }

        Assert.All(Entries.Value.Where(e => e.Year == 2023), e =>
            Assert.Equal(Math.Abs(e.StatusRank!.Value - e.MinMaxRank!.Value) >= 2, e.MethodsDisagree));
        Assert.Equal(1, Entry("SR04", 2023).StatusRank); // highest burden in every core indicator
        Assert.Equal(1, Entry("SR04", 2023).MinMaxRank);
        Assert.Equal(7, Entry("SR03", 2023).MinMaxRank);
    }

    [Fact]
    public void Class_text_is_german()
    {
        var entry = Entry("SR01", 2023);
        Assert.Equal("mittel / " + SocialIndexEntry.DynamicsText(entry.DynamicsClass!.Value), entry.ClassText);
        Assert.Equal("mittel / –", Entry("SR01", 2019).ClassText);
    }
}
