using Haan.Report.Charts;
using Haan.Report.Composition.Content;
using ChartPolarity = Haan.Report.Charts.Polarity;
using IndicatorPolarity = Haan.Report.Indicators.Catalogue.Polarity;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>Colour meaning (issue 15, item 9): red = burden only where the catalogue says a higher value means more need.</summary>
public sealed class ColourMeaningTests
{
    [Fact]
    public void Every_catalogue_polarity_maps_to_its_own_colour_meaning()
    {
        var mapped = Enum.GetValues<IndicatorPolarity>().ToDictionary(p => p, FigureFactory.ToChart);
        Assert.Equal(ChartPolarity.HighIsBurden, mapped[IndicatorPolarity.HigherIsMoreNeed]);
        Assert.Equal(ChartPolarity.HighIsFavourable, mapped[IndicatorPolarity.HigherIsLessNeed]);
        Assert.Equal(ChartPolarity.Neutral, mapped[IndicatorPolarity.Neutral]);
        Assert.Equal(Enum.GetValues<IndicatorPolarity>().Length, mapped.Values.Distinct().Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => FigureFactory.ToChart((IndicatorPolarity)99));
    }

    [Fact]
    public void Neutral_indicators_get_the_sequential_scheme_without_red()
    {
        var neutral = ClassBreaks.RelativeToReference(10, new ValueFormat(1, "%"), ChartPolarity.Neutral);
        Assert.Equal(Palettes.Sequential, neutral.Classes.Select(c => c.Color).ToList());
        var burden = ClassBreaks.RelativeToReference(10, new ValueFormat(1, "%"), ChartPolarity.HighIsBurden);
        Assert.Equal(Palettes.Diverging, burden.Classes.Select(c => c.Color).ToList());
        Assert.DoesNotContain(neutral.Classes, c => Palettes.Diverging[^1] == c.Color);
    }
}
