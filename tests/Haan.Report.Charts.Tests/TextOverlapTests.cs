using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Haan.Report.Charts.Tests;

/// <summary>
/// No text of a figure overlaps other text (issue 15, item 6: the age labels of the pyramids overlapped at the
/// 50 mm height of the area profiles). Every sample figure, also at the profile sizes, is drawn into a PDF; the
/// words are taken from the letters and no two words of different lines may share area.
/// </summary>
public sealed class TextOverlapTests
{
    public static TheoryData<string, double, double> Figures() => ClippingTests.Figures();

    [Theory]
    [MemberData(nameof(Figures))]
    public void No_two_words_overlap(string name, double widthMm, double heightMm)
    {
        var overlaps = Overlaps(SampleFigures.Get(name).Figure, widthMm, heightMm);
        Assert.True(overlaps.Count == 0, $"{name} ({widthMm} × {heightMm} mm): {string.Join("; ", overlaps.Take(6))}");
    }

    [Fact]
    public void The_test_sees_overlapping_age_labels_of_unequal_groups()
    {
        // One label per group (the old convention) at the 50 mm profile height: 18 labels cannot fit and must be reported.
        var (_, sample, _, _) = SampleFigures.Get("pyramid");
        var spec = ((PyramidFigure)sample).Spec with { BandYears = 0 };
        Assert.NotEmpty(Overlaps(new PyramidFigure(spec, Fixtures.Style), 77, 50));
    }

    [Theory]
    [InlineData(50, "0 20 40 60 80")]
    [InlineData(100, "0 10 20 30 40 50 60 70 80")]
    public void Equal_age_groups_are_labelled_at_group_boundaries_every_10_or_20_years(double heightMm, string expected)
    {
        var figure = SampleFigures.Pyramid();
        var words = Words(figure, 77, heightMm).Select(w => w.Text).ToList();
        var ages = words.Where(w => int.TryParse(w, out var a) && a % 10 == 0 && a <= 85).ToList();
        Assert.Equal(expected, string.Join(' ', ages.Distinct().OrderBy(int.Parse)));
        Assert.DoesNotContain("80–85", words);
    }

    internal static List<string> Overlaps(IFigure figure, double widthMm, double heightMm)
    {
        var words = Words(figure, widthMm, heightMm);
        var found = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            for (var j = i + 1; j < words.Count; j++)
            {
                var (a, b) = (words[i].Box, words[j].Box);
                // Shrink by 0.4 pt: glyph boxes of neighbouring lines touch at the ascender/descender.
                var dx = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
                var dy = Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom);
                if (dx > 0.4 && dy > 0.4) found.Add($"„{words[i].Text}“ überdeckt „{words[j].Text}“");
            }
        }

        return found;
    }

    private static List<(string Text, UglyToad.PdfPig.Core.PdfRectangle Box)> Words(IFigure figure, double widthMm, double heightMm)
    {
        const float left = 40, top = 60;
        var width = (float)(widthMm / 25.4 * 72);
        var height = (float)(heightMm / 25.4 * 72);
        var pdf = PdfOutputTests.RenderPdf(figure, new SKRect(left, top, left + width, top + height));
        using var document = PdfDocument.Open(pdf);
        return Group(document.GetPage(1).Letters.ToList());
    }

    /// <summary>Letters in drawing order form a word until a space, a new baseline or a jump of more than half an em.</summary>
    private static List<(string Text, UglyToad.PdfPig.Core.PdfRectangle Box)> Group(List<Letter> letters)
    {
        var words = new List<(string, UglyToad.PdfPig.Core.PdfRectangle)>();
        var current = new List<Letter>();
        void Flush()
        {
            if (current.Count == 0) return;
            var box = new UglyToad.PdfPig.Core.PdfRectangle(current.Min(l => l.BoundingBox.Left), current.Min(l => l.BoundingBox.Bottom),
                current.Max(l => l.BoundingBox.Right), current.Max(l => l.BoundingBox.Top));
            words.Add((string.Concat(current.Select(l => l.Value)), box));
            current.Clear();
        }

        foreach (var letter in letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                Flush();
                continue;
            }

            if (current.Count > 0)
            {
                var last = current[^1];
                var sameLine = Math.Abs(last.StartBaseLine.Y - letter.StartBaseLine.Y) < 0.5;
                var gap = letter.StartBaseLine.X - last.EndBaseLine.X;
                var adjacent = Math.Abs(gap) < letter.PointSize * 0.5;
                if (!sameLine || !adjacent) Flush();
            }

            current.Add(letter);
        }

        Flush();
        return words;
    }
}
