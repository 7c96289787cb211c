using System.Globalization;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// Page flow of the demo report, computed from its layout dump: every page except the last page of a chapter (or a
/// page the template ends with an explicit page break) is filled to at least 60 % of its body height.
/// </summary>
public sealed class PageFillTests
{
    private const double MinimumFill = 0.6;

    private sealed record DumpPage(int Number, float BodyTop, float BodyBottom, float ContentBottom, string Header, bool EndsWithBreak);

    [Fact]
    public void Every_page_but_a_chapter_end_is_at_least_60_percent_filled()
    {
        var pages = Pages(Haan.Report.Composition.ReportBuilder.RenderLayoutDump(RepositoryPaths.Data, RepositoryPaths.Templates));
        Assert.True(pages.Count > 40, $"Nur {pages.Count} Seiten im Layout-Abzug.");

        var offenders = Offenders(pages);
        Assert.True(offenders.Count == 0, "Seiten unter 60 % Füllung, die kein Kapitelende sind:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_fill_computation_sees_a_chapter_end_and_an_underfilled_page()
    {
        // Guards the parser above: a half-empty page in the middle of a chapter is found, a chapter end is not.
        const string dump = """
            p1 page 0.00 0.00 595.28 841.89
            p1 body 70.87 83.92 467.72 674.05
            p1 text 70.87 83.92 100.00 14.00 "Text"
            p1 text 70.87 56.69 100.00 10.22 "1 Kapitel"
            p2 page 0.00 0.00 595.28 841.89
            p2 body 70.87 83.92 467.72 674.05
            p2 canvas 70.87 83.92 467.72 600.00 "Abbildung 1"
            p2 text 70.87 56.69 100.00 10.22 "1 Kapitel"
            p3 page 0.00 0.00 595.28 841.89
            p3 body 70.87 83.92 467.72 674.05
            p3 text 70.87 83.92 100.00 14.00 "Rest"
            p3 text 70.87 56.69 100.00 10.22 "1 Kapitel"
            p4 page 0.00 0.00 595.28 841.89
            p4 body 70.87 83.92 467.72 674.05
            p4 text 70.87 83.92 100.00 14.00 "Neu"
            p4 text 70.87 56.69 100.00 10.22 "2 Kapitel"
            """;
        var pages = Pages(dump);
        Assert.Equal(4, pages.Count);
        Assert.Equal(97.92f, pages[0].ContentBottom, 0.01f);
        Assert.Equal(683.92f, pages[1].ContentBottom, 0.01f);
        Assert.Equal("1 Kapitel", pages[2].Header);
        Assert.Equal("2 Kapitel", pages[3].Header);
        Assert.Equal(["Seite 1: 2 % gefüllt (Kopfzeile „1 Kapitel“)"], Offenders(pages)); // page 3 is the chapter's end, page 4 the last
    }

    private static List<string> Offenders(List<DumpPage> pages)
    {
        var offenders = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var chapterEnd = i == pages.Count - 1 || pages[i + 1].Header != page.Header || pages[i + 1].BodyTop != page.BodyTop;
            var fill = (page.ContentBottom - page.BodyTop) / (page.BodyBottom - page.BodyTop);
            if (fill < MinimumFill && !chapterEnd && !page.EndsWithBreak)
            {
                offenders.Add(string.Create(CultureInfo.InvariantCulture, $"Seite {page.Number}: {fill * 100:F0} % gefüllt (Kopfzeile „{page.Header}“)"));
            }
        }

        return offenders;
    }

    private static List<DumpPage> Pages(string dump)
    {
        var pages = new List<DumpPage>();
        foreach (var group in dump.Split('\n').Where(l => l.Length > 0).GroupBy(l => l[..l.IndexOf(' ', StringComparison.Ordinal)]))
        {
            var lines = group.Select(l => l.Split(' ', 7)).ToList();
            var body = lines.Single(l => l[1] == "body");
            var top = Number(body[3]);
            var bottom = top + Number(body[5]);
            float contentBottom = top;
            var header = new List<string>();
            var endsWithBreak = false;
            foreach (var l in lines)
            {
                var y = Number(l[3]);
                switch (l[1])
                {
                    case "page" or "body" or "anchor" or "link":
                        break;
                    case "break":
                        endsWithBreak = true;
                        break;
                    default:
                        if (y < top - 0.5f)
                        {
                            header.Add(l.Length > 6 ? l[6].Trim('"') : string.Empty);
                        }
                        else if (y < bottom)
                        {
                            contentBottom = Math.Max(contentBottom, y + Number(l[5]));
                        }

                        break;
                }
            }

            pages.Add(new DumpPage(int.Parse(group.Key[1..], CultureInfo.InvariantCulture), top, bottom, contentBottom, string.Join(" | ", header), endsWithBreak));
        }

        return pages;
    }

    private static float Number(string text) => float.Parse(text, CultureInfo.InvariantCulture);
}
