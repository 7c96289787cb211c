using Haan.Report.Charts;
using Haan.Report.Composition;
using Haan.Report.Indicators;
using Haan.Report.Templates.Model;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>One classification for text, maps and bar colours: the wording of a cell and its colour class agree.</summary>
public sealed class ClassificationTests
{
    private static readonly Lazy<FilledReport> Demo = new(() => ReportBuilder.Fill(RepositoryPaths.Data, RepositoryPaths.Templates));

    [Fact]
    public void Text_and_map_classes_use_the_same_breaks()
    {
        Assert.Equal(Comparison.Factors, ClassBreaks.DefaultRelativeFactors);
    }

    [Fact]
    public void Every_shown_cell_has_the_same_class_in_text_and_on_the_map()
    {
        var results = Demo.Value.Results;
        var checkedCells = 0;
        foreach (var definition in results.Catalogue.Indicators.Where(d => d.Unit != "Anzahl"))
        {
            foreach (var year in results.Years)
            {
                var town = results.Get(definition.Id, "STADT", year);
                if (!town.Status.HasValue() || town.Value is not > 0)
                {
                    continue;
                }

                var map = ClassBreaks.RelativeToReference(town.Value!.Value, new ValueFormat(definition.Decimals, definition.Unit == "%" ? "%" : string.Empty));
                foreach (var cell in results.Table(definition.Id, year).Where(c => !c.IsTown && c.Status.HasValue() && c.Value.HasValue))
                {
                    Assert.True((int)Comparison.Classify(cell, town)!.Value == map.ClassOf(cell.Value!.Value),
                        $"{definition.Id} {cell.AreaId} {year}: Text „{Comparison.Phrase(Comparison.Classify(cell, town)!.Value)}“, Karte Klasse {map.ClassOf(cell.Value!.Value) + 1}");
                    Assert.Equal(FactCheck.Level(cell, town), map.ClassOf(cell.Value!.Value));
                    checkedCells++;
                }
            }
        }

        Assert.True(checkedCells > 500, $"only {checkedCells} cells");
    }

    [Fact]
    public void Haan_Nord_SGB_II_is_slightly_above_in_text_and_map_and_a_status_of_80_is_mittel_and_slightly_below()
    {
        var results = Demo.Value.Results;
        var town = results.Get("sgb2_quote", "STADT", results.Years[^1]);
        var cells = results.Table("sgb2_quote", results.Years[^1]).Where(c => !c.IsTown).ToList();
        var map = ClassBreaks.RelativeToReference(town.Value!.Value, new ValueFormat(1, "%"));

        foreach (var cell in cells.Where(c => c.Index is >= 105 and < 120))
        {
            Assert.Equal(Comparison.Level.SlightlyAbove, Comparison.Classify(cell, town));
            Assert.Equal(3, map.ClassOf(cell.Value!.Value)); // not the neutral class 3 (index 2) as before
        }

        Assert.Equal(Comparison.Level.SlightlyBelow, Comparison.Classify(80.0));
        Assert.Equal(Haan.Report.Indicators.SocialIndex.StatusClass.Mittel,
            Haan.Report.Indicators.SocialIndex.SocialIndexCalculator.Classify(80.0, new Haan.Report.Indicators.SocialIndex.SocialIndexThresholds()));
    }
}
