using System.Globalization;
using System.Text.RegularExpressions;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// Narrow table headers (issue 15, item 2): no header cell of the demo report wraps onto three or more lines — a
/// long header gets a shorter label or a footnote („Index¹“). Computed from the layout dump: the header of a table is
/// the shaded band up to the dark rule under it; its text lines are grouped into cells by overlapping x ranges.
/// </summary>
public sealed partial class TableHeaderTests
{
    private const int MaximumLines = 2;

    [Fact]
    public void No_header_cell_wraps_onto_three_lines()
    {
        var cells = HeaderCells(Haan.Report.Composition.ReportBuilder.RenderLayoutDump(RepositoryPaths.Data, RepositoryPaths.Templates));
        Assert.True(cells.Count > 50, $"Nur {cells.Count} Kopfzellen im Layout-Abzug gefunden.");
        var offenders = cells.Where(c => c.Lines.Count > MaximumLines)
            .Select(c => $"Seite {c.Page}: „{string.Join(" ", c.Lines)}“ ({c.Lines.Count} Zeilen)").ToList();
        Assert.True(offenders.Count == 0, "Kopfzellen mit drei oder mehr Zeilen:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_header_parser_finds_a_three_line_cell()
    {
        const string dump = """
            p1 text 70.87 83.92 300.00 11.58 "Tabelle 1: Titel"
            p1 fill 70.87 98.49 467.72 39.73 "#E4EBF2"
            p1 text 74.87 100.99 47.08 11.58 "Sozialraum"
            p1 text 457.99 100.99 24.04 11.58 "Index"
            p1 text 449.50 112.57 32.53 11.58 "(Stadt ="
            p1 text 464.56 124.15 17.47 11.58 "100)"
            p1 text 512.87 100.99 21.71 11.58 "Rang"
            p1 rule 70.87 138.22 467.72 0.00 "#404040"
            p1 text 74.87 140.72 127.15 11.58 "Gruiten"
            """;
        var cells = HeaderCells(dump);
        Assert.Equal(3, cells.Count);
        Assert.Equal(["Index", "(Stadt =", "100)"], cells.Single(c => c.Lines.Count == 3).Lines);
        Assert.DoesNotContain(cells, c => c.Lines.Contains("Gruiten"));
    }

    private sealed record HeaderCell(int Page, float Left, float Right, List<string> Lines);

    private static List<HeaderCell> HeaderCells(string dump)
    {
        var cells = new List<HeaderCell>();
        var open = false;
        var current = new List<(int Page, float X, float Y, float W, string Text)>();
        foreach (var line in dump.Split('\n'))
        {
            var m = DumpLine().Match(line.Trim());
            if (!m.Success) continue;
            var page = int.Parse(m.Groups["p"].Value, CultureInfo.InvariantCulture);
            var kind = m.Groups["k"].Value;
            var text = m.Groups["t"].Value;
            if (kind == "fill" && text == "#E4EBF2")
            {
                open = true;
                current.Clear();
                continue;
            }

            if (!open) continue;
            if (kind == "rule" && text == "#404040")
            {
                cells.AddRange(Group(current));
                open = false;
                continue;
            }

            if (kind == "text")
            {
                current.Add((page, F(m, "x"), F(m, "y"), F(m, "w"), text));
            }
        }

        return cells;
    }

    /// <summary>Text lines whose x ranges overlap form one cell, its lines in reading order.</summary>
    private static IEnumerable<HeaderCell> Group(List<(int Page, float X, float Y, float W, string Text)> texts)
    {
        var groups = new List<HeaderCell>();
        foreach (var t in texts.OrderBy(t => t.Y).ThenBy(t => t.X))
        {
            var cell = groups.FirstOrDefault(g => t.X < g.Right && t.X + t.W > g.Left);
            if (cell is null)
            {
                groups.Add(new HeaderCell(t.Page, t.X, t.X + t.W, [t.Text]));
                continue;
            }

            var index = groups.IndexOf(cell);
            groups[index] = cell with { Left = Math.Min(cell.Left, t.X), Right = Math.Max(cell.Right, t.X + t.W), Lines = [.. cell.Lines, t.Text] };
        }

        return groups;
    }

    private static float F(Match m, string group) => float.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("""^p(?<p>\d+) (?<k>[a-z]+) (?<x>[\d.]+) (?<y>[\d.]+) (?<w>[\d.]+) (?<h>[\d.]+) "(?<t>.*)"$""")]
    private static partial Regex DumpLine();
}
