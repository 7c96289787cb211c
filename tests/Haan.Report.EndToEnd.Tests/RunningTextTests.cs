using System.Globalization;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// Running text (issue 15, item 3): every bullet sits on its item's first line, centred on the x-height; figures
/// and tables have one spacing before them and one after their source line, throughout the demo report.
/// </summary>
public sealed partial class RunningTextTests(ReportBuildFixture report) : IClassFixture<ReportBuildFixture>
{
    [Fact]
    public void Every_bullet_is_centred_on_the_x_height_of_its_first_line()
    {
        using var document = PdfDocument.Open(report.PdfBytes);
        var checkedBullets = 0;
        var offenders = new List<string>();
        foreach (var page in document.GetPages())
        {
            var letters = page.Letters.ToList();
            for (var i = 0; i < letters.Count; i++)
            {
                if (letters[i].Value != "•") continue;
                var bullet = letters[i];

                // The first letter of the item: the next x-height letter to the right on (about) the same baseline.
                var first = letters.Skip(i + 1).Take(12).FirstOrDefault(l => l.Value.Length == 1 && "acemnorsuvwxz".Contains(l.Value, StringComparison.Ordinal)
                                                                            && Math.Abs(l.StartBaseLine.Y - bullet.StartBaseLine.Y) < 3);
                if (first is null) continue;
                checkedBullets++;
                var baseline = first.StartBaseLine.Y;
                var xHeight = first.BoundingBox.Top - baseline;
                var centre = (bullet.BoundingBox.Top + bullet.BoundingBox.Bottom) / 2;
                var relative = (centre - baseline) / xHeight;
                if (relative < 0.4 || relative > 0.6)
                {
                    offenders.Add($"Seite {page.Number}: Aufzählungspunkt bei {relative.ToString("0.00", CultureInfo.InvariantCulture)} der x-Höhe (Mitte: 0,5)");
                }
            }
        }

        Assert.True(checkedBullets > 50, $"Nur {checkedBullets} Aufzählungspunkte geprüft.");
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    [Fact]
    public void Figures_and_tables_have_one_spacing_before_and_after()
    {
        var (before, after) = Gaps(Haan.Report.Composition.ReportBuilder.RenderLayoutDump(RepositoryPaths.Data, RepositoryPaths.Templates));
        Assert.True(before.Count > 60 && after.Count > 40, $"Zu wenige Abbildungen und Tabellen gefunden: {before.Count} / {after.Count}.");
        Assert.True(before.Values.Distinct().Count() == 1, "Abstand vor Abbildungen und Tabellen uneinheitlich:\n" + Describe(before));
        Assert.True(after.Values.Distinct().Count() == 1, "Abstand nach der Quellenzeile uneinheitlich:\n" + Describe(after));
        Assert.Equal(before.Values.First(), after.Values.First());
    }

    [Fact]
    public void The_spacing_parser_sees_a_different_gap()
    {
        const string dump = """
            p1 text 70.87 83.92 100.00 14.00 "Text"
            p1 canvas 70.87 103.92 467.72 100.00 "Abbildung 1"
            p1 text 70.87 206.00 100.00 11.58 "Abbildung 1: Titel"
            p1 text 70.87 220.00 100.00 10.90 "Quelle: Amt."
            p1 text 70.87 236.90 100.00 14.00 "Weiter"
            p1 text 70.87 256.90 100.00 11.58 "Tabelle 1: Titel"
            """;
        var (before, after) = Gaps(dump);
        Assert.Equal([6.0, 6.0], before.Values);
        Assert.Equal([6.0], after.Values);
    }

    private static string Describe(Dictionary<string, double> gaps) =>
        string.Join("\n", gaps.GroupBy(g => g.Value).Select(g => $"{g.Key.ToString("0.0", CultureInfo.InvariantCulture)} pt: {string.Join(", ", g.Select(x => x.Key).Take(5))}"));

    private sealed record Box(int Page, string Kind, float X, float Y, float W, float H, string Text)
    {
        public float Bottom => Y + H;

        public bool SameColumn(Box other) => X < other.X + other.W && other.X < X + W;
    }

    /// <summary>
    /// Gap above each figure (its canvas) and table (its title) to the element above it, and gap
    /// below each source line to the next element in the same column — unless that is a heading, which brings its
    /// own space. Only gaps within one page count.
    /// </summary>
    private static (Dictionary<string, double> Before, Dictionary<string, double> After) Gaps(string dump)
    {
        var boxes = new List<Box>();
        foreach (var line in dump.Split('\n'))
        {
            var m = DumpLine().Match(line.Trim());
            if (!m.Success || m.Groups["k"].Value is not ("text" or "canvas" or "fill" or "rule")) continue;
            var box = new Box(int.Parse(m.Groups["p"].Value, CultureInfo.InvariantCulture), m.Groups["k"].Value,
                F(m, "x"), F(m, "y"), F(m, "w"), F(m, "h"), m.Groups["t"].Value);
            if (box.Y is > 80 and < 770) boxes.Add(box); // body only: no running header or footer
        }

        var before = new Dictionary<string, double>();
        var after = new Dictionary<string, double>();
        foreach (var page in boxes.GroupBy(b => b.Page))
        {
            var list = page.ToList();
            foreach (var b in list)
            {
                var isFigure = b.Kind == "canvas" && b.Text.StartsWith("Abbildung ", StringComparison.Ordinal);
                var isTable = b.Kind == "text" && TableTitle().IsMatch(b.Text);
                if (isFigure || isTable)
                {
                    // Anything above counts, also outside the column: the last line of a paragraph above a row of two
                    // figures may be too short to reach the right one.
                    var above = list.Where(o => o != b && o.Bottom <= b.Y + 0.01).ToList();
                    if (above.Count > 0) before[$"S. {b.Page} {b.Text.Split(':')[0]}"] = Math.Round(b.Y - above.Max(o => o.Bottom), 1);
                }

                // A source line of a figure or table starts where a caption does (not a „Quelle:“ inside a table cell).
                var captionX = list.Where(o => o.Kind == "text" && (o.Text.StartsWith("Abbildung ", StringComparison.Ordinal) || TableTitle().IsMatch(o.Text))).Select(o => o.X);
                if (b.Kind == "text" && b.Text.StartsWith("Quelle:", StringComparison.Ordinal) && captionX.Contains(b.X))
                {
                    // The source may run over several lines of the same size.
                    var bottom = b.Bottom;
                    foreach (var next in list.Where(o => o.Kind == "text" && o.X == b.X && Math.Abs(o.H - b.H) < 0.01 && o.Y > b.Y).OrderBy(o => o.Y))
                    {
                        if (Math.Abs(next.Y - bottom) > 0.5) break;
                        bottom = next.Bottom;
                    }

                    var below = list.Where(o => o.SameColumn(b) && o.Y >= bottom - 0.01).OrderBy(o => o.Y).FirstOrDefault();
                    if (below is not null && below.H < 15)
                    {
                        // Measured from the lowest element above the next one: in a row of two figures the taller
                        // column ends the row.
                        var rowBottom = list.Where(o => o.Bottom <= below.Y + 0.01).Max(o => o.Bottom);
                        after[$"S. {b.Page} {b.Text[..Math.Min(30, b.Text.Length)]}"] = Math.Round(below.Y - Math.Max(bottom, rowBottom), 1);
                    }
                }
            }
        }

        return (before, after);
    }

    private static float F(Match m, string group) => float.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("""^p(?<p>\d+) (?<k>[a-z]+) (?<x>[\d.]+) (?<y>[\d.]+) (?<w>[\d.]+) (?<h>[\d.]+)(?: "(?<t>.*)")?$""")]
    private static partial Regex DumpLine();

    [GeneratedRegex(@"^Tabelle \d+:")]
    private static partial Regex TableTitle();
}
