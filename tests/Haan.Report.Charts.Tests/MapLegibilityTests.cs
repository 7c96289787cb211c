using System.Globalization;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Haan.Report.Charts.Tests;

/// <summary>
/// Map symbols and legends (issue 15, item 8): symbols readable on every area colour, counts without a colour scale,
/// no empty legend classes, no legend title repeated as its subtitle, „(= 100)“ for an index, one scale-bar convention.
/// </summary>
public sealed class MapLegibilityTests
{
    public static TheoryData<string> AreaColours()
    {
        var data = new TheoryData<string>();
        foreach (var c in Palettes.Diverging.Concat(Palettes.Sequential).Concat(Palettes.SequentialWarm).Concat(Palettes.Categorical)
                     .Append(Palettes.NoData).Append(Palettes.Context).Append(SKColors.White).Distinct())
        {
            data.Add(c.ToString());
        }

        return data;
    }

    /// <summary>
    /// Each symbol shape in each category colour, drawn on each area colour: some of its pixels must contrast with
    /// the area at least 3 : 1 (WCAG 2.1, 1.4.11 non-text contrast), and that contrast must be on the symbol's rim,
    /// not only in its core. Drawn at 4 pixels per point, so the thin edge is resolved.
    /// </summary>
    [Theory]
    [MemberData(nameof(AreaColours))]
    public void Every_symbol_contrasts_with_every_area_colour(string areaColour)
    {
        var background = SKColor.Parse(areaColour);
        foreach (var shape in Enum.GetValues<MarkerShape>())
        {
            foreach (var colour in Palettes.Categorical)
            {
                const int scale = 4, size = 20 * scale;
                const float radius = 6;
                using var bitmap = new SKBitmap(size, size);
                using (var canvas = new SKCanvas(bitmap))
                {
                    canvas.Clear(background);
                    canvas.Scale(scale);
                    MarkerDrawing.Draw(canvas, 10, 10, radius * 2, shape, colour);
                }

                // The rim: pixels between 60 % and 100 % of the symbol's radius, where the core cannot be.
                var best = 0.0;
                for (var y = 0; y < size; y++)
                {
                    for (var x = 0; x < size; x++)
                    {
                        var d = Math.Max(Math.Abs(x + 0.5 - (size / 2.0)), Math.Abs(y + 0.5 - (size / 2.0))) / scale;
                        if (d < radius * 0.6 || d > radius) continue;
                        best = Math.Max(best, Contrast(bitmap.GetPixel(x, y), background));
                    }
                }

                Assert.True(best >= 3, $"{shape} in {colour} auf {areaColour}: höchster Kontrast am Rand {best:0.00} : 1");
            }
        }
    }

    [Fact]
    public void Counts_get_no_colour_scale_but_names_and_numbers()
    {
        var areas = Fixtures.AreasWithValues([5258, 4824, 3653, 4830, 3930, 3536, 4073]);
        var figure = new ChoroplethFigure(new ChoroplethSpec("Einwohner 2023", areas, ValueFormat.Integer) { CountLabelsOnly = true }, Fixtures.Style);
        Assert.Equal([Palettes.Context], figure.SceneForTests.Areas.Select(a => a.Fill).Distinct());
        Assert.Contains("5.258", figure.LabelTexts);
        Assert.Equal(["Einwohner 2023"], figure.LegendTexts);
        Assert.Equal("Zahl je Sozialraum auf der Karte", figure.SceneForTests.Legend[0].Subtitle);
    }

    [Fact]
    public void The_legend_lists_only_classes_that_some_area_falls_into()
    {
        // Town 10: classes < 8, 8–9.5, 9.5–10.5, 10.5–12, ≥ 12. No value between 8 and 10.5.
        var areas = Fixtures.AreasWithValues([5.0, 6.0, 11.0, 11.5, 14.0, 15.0, 7.0]);
        var figure = new ChoroplethFigure(new ChoroplethSpec("Quote", areas, ValueFormat.Percent1) { ReferenceValue = 10 }, Fixtures.Style);
        var classLabels = figure.Classes.Classes.Select(c => c.Label).ToList();
        Assert.Equal([classLabels[4], classLabels[3], classLabels[0]], figure.LegendTexts.Where(classLabels.Contains));
    }

    [Fact]
    public void A_legend_title_is_not_repeated_as_its_subtitle()
    {
        var areas = Fixtures.AreasWithValues([27.0, 30.5, 22.0, 29.0, 19.0, 28.0, 25.0]);
        var classes = ClassBreaks.NiceEqualInterval(30.5, 4, ValueFormat.Percent1, "Anteil 65+ 2023");
        var figure = new ChoroplethFigure(new ChoroplethSpec("Anteil 65+ 2023", areas, ValueFormat.Percent1) { Classes = classes }, Fixtures.Style);
        Assert.Null(figure.SceneForTests.Legend[0].Subtitle);
        Assert.Single(figure.LegendTexts, t => t == "Anteil 65+ 2023");
    }

    [Theory]
    [InlineData(100.0, "", "Gesamtstadt = 100", "deutlich über (ab 120)")]
    [InlineData(3.2, "", "Gesamtstadt: 3,2 (= 100)", "leicht unter (80–95)")]
    [InlineData(7.9, "%", "Gesamtstadt: 7,9\u202F% (= 100 %)", "leicht unter (80–95\u202F%)")]
    public void An_index_is_relative_to_100_without_percent(double reference, string unit, string title, string note)
    {
        var classes = ClassBreaks.RelativeToReference(reference, new ValueFormat(1, unit));
        Assert.Equal(title, classes.Title);
        Assert.Contains(note, classes.Classes.Select(c => c.Note));
    }

    public static TheoryData<string> Maps() => new(SampleFigures.Names.Where(n => n.StartsWith("map_", StringComparison.Ordinal)));

    /// <summary>One scale-bar convention: 1, 2 or 5 × 10ⁿ m, labelled „0“ and „… m“ or „… km“ with a whole number.</summary>
    [Theory]
    [MemberData(nameof(Maps))]
    public void Every_map_has_a_scale_bar_of_one_two_or_five(string name)
    {
        var (_, figure, width, height) = SampleFigures.Get(name);
        var w = (float)(width / 25.4 * 72);
        var h = (float)(height / 25.4 * 72);
        using var document = PdfDocument.Open(PdfOutputTests.RenderPdf(figure, new SKRect(20, 20, 20 + w, 20 + h)));
        var words = document.GetPage(1).GetWords().ToList();
        bool SameLine(UglyToad.PdfPig.Content.Word a, UglyToad.PdfPig.Content.Word b) => Math.Abs(a.BoundingBox.Bottom - b.BoundingBox.Bottom) < 1;

        // The scale bar: „0“ and „<n> km“ (or „m“) on one line; legend texts such as „Umkreis 400 m“ have no „0“ beside them.
        var lengths = words.Select((word, i) => (word, i))
            .Where(x => x.i > 0 && x.word.Text is "km" or "m" && words.Any(z => z.Text == "0" && SameLine(z, x.word)))
            .Select(x => words[x.i - 1].Text).ToList();
        var length = Assert.Single(lengths);
        Assert.Matches("^[125]0*$", length);
        Assert.All(MapRenderer.NiceLengths, l => Assert.Matches("^[125]0*$", l.ToString(CultureInfo.InvariantCulture)));
    }

    private static double Contrast(SKColor a, SKColor b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(SKColor c)
    {
        static double Channel(byte v)
        {
            var s = v / 255.0;
            return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(c.Red)) + (0.7152 * Channel(c.Green)) + (0.0722 * Channel(c.Blue));
    }
}
