using Haan.Report.Charts;
using Haan.Report.Composition.Content.Figures;
using Haan.Report.Indicators.SocialIndex;
using IndicatorPolarity = Haan.Report.Indicators.Catalogue.Polarity;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// Colour meaning (issue 15, item 9) and one definition of the shared concepts (issue 16, item 7): Charts knows only
/// generic colour scales and category matrices; <see cref="ChartVocabulary"/> maps every domain value onto them.
/// </summary>
public sealed class ColourMeaningTests
{
    [Fact]
    public void Every_catalogue_polarity_maps_to_its_own_colour_scale()
    {
        var mapped = Enum.GetValues<IndicatorPolarity>().ToDictionary(p => p, ChartVocabulary.Scale);
        Assert.Equal(ColourScale.DivergingHighWarm, mapped[IndicatorPolarity.HigherIsMoreNeed]);
        Assert.Equal(ColourScale.DivergingHighCool, mapped[IndicatorPolarity.HigherIsLessNeed]);
        Assert.Equal(ColourScale.Sequential, mapped[IndicatorPolarity.Neutral]);
        Assert.Equal(Enum.GetValues<IndicatorPolarity>().Length, mapped.Values.Distinct().Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartVocabulary.Scale((IndicatorPolarity)99));
    }

    /// <summary>Every status and dynamics class has its own row or column, in the domain's order, with the domain's label.</summary>
    [Fact]
    public void Every_social_index_class_has_its_own_matrix_row_or_column()
    {
        var rows = Enum.GetValues<StatusClass>().Select(ChartVocabulary.Row).ToList();
        Assert.Equal(Enumerable.Range(0, Enum.GetValues<StatusClass>().Length), rows.Order());
        var columns = Enum.GetValues<DynamicsClass>().Select(ChartVocabulary.Column).ToList();
        Assert.Equal(Enumerable.Range(0, Enum.GetValues<DynamicsClass>().Length), columns.Order());

        Assert.Equal(["hoch", "mittel", "niedrig", "sehr niedrig"], ChartVocabulary.StatusLabels);
        Assert.Equal(["positiv", "stabil", "negativ"], ChartVocabulary.DynamicsLabels);
        Assert.Equal(0, ChartVocabulary.Row(StatusClass.Hoch));
        Assert.Equal(Enum.GetValues<StatusClass>().Length - 1, ChartVocabulary.Row(StatusClass.SehrNiedrig));
        Assert.Equal(Enum.GetValues<DynamicsClass>().Length - 1, ChartVocabulary.Column(DynamicsClass.Negativ));

        Assert.Throws<ArgumentOutOfRangeException>(() => ChartVocabulary.Row((StatusClass)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartVocabulary.Column((DynamicsClass)99));
    }

    [Fact]
    public void Neutral_indicators_get_the_sequential_scheme_without_red()
    {
        var neutral = ClassBreaks.RelativeToReference(10, new ValueFormat(1, "%"), ColourScale.Sequential);
        Assert.Equal(Palettes.Sequential, neutral.Classes.Select(c => c.Color).ToList());
        var burden = ClassBreaks.RelativeToReference(10, new ValueFormat(1, "%"), ColourScale.DivergingHighWarm);
        Assert.Equal(Palettes.Diverging, burden.Classes.Select(c => c.Color).ToList());
        Assert.DoesNotContain(neutral.Classes, c => Palettes.Diverging[^1] == c.Color);
    }

    /// <summary>Charts has no domain vocabulary left: no polarity, no status or dynamics class of its own.</summary>
    [Fact]
    public void Charts_defines_no_domain_vocabulary()
    {
        var names = typeof(ColourScale).Assembly.GetTypes().Select(t => t.Name).ToList();
        Assert.DoesNotContain("Polarity", names);
        Assert.DoesNotContain("StatusClass", names);
        Assert.DoesNotContain("DynamicsClass", names);
    }
}
