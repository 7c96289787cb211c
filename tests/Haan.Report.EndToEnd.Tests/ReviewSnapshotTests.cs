namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// Review snapshots of the demo report (see docs/REVIEW.md): the filled Markdown of the whole report and the layout
/// dump (every line of text, table cell, figure and link with its page and position). A change of a CSV value or a
/// template shows up here as a readable diff.
/// </summary>
public sealed class ReviewSnapshotTests(ReportBuildFixture report) : IClassFixture<ReportBuildFixture>
{
    [Fact]
    public void Filled_markdown_of_the_demo_report()
    {
        Assert.True(report.Result.ExitCode == 0, report.Result.Error);
        var markdown = Directory.GetFiles(report.OutputFolder, "*.md", SearchOption.AllDirectories).Single();

        Snapshot.Verify(File.ReadAllText(markdown), "Bericht", "md");
    }

    [Fact]
    public void Layout_dump_of_the_demo_report_per_chapter()
    {
        var dump = Haan.Report.Composition.ReportBuilder.RenderLayoutDump(RepositoryPaths.Data, RepositoryPaths.Templates);
        var chapters = LayoutChapters.Chapters(Haan.Report.Composition.ReportBuilder.Fill(RepositoryPaths.Data, RepositoryPaths.Templates).Markdown);
        var parts = LayoutChapters.Split(dump, chapters);

        // Every part is compared (and written as *.received.txt) before the test fails, so one run shows all diffs.
        var failures = new List<string>();
        foreach (var (name, text) in parts)
        {
            try
            {
                Snapshot.Verify(text, "Layout." + name, "txt");
            }
            catch (Testing.SnapshotMismatchException e)
            {
                failures.Add(e.Message);
            }
        }

        var expected = parts.Select(p => $"ReviewSnapshotTests.Layout.{p.Name}.verified.txt").ToHashSet(StringComparer.Ordinal);
        var stale = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "Haan.Report.EndToEnd.Tests", "Snapshots"), "ReviewSnapshotTests.Layout*.verified.txt")
            .Select(Path.GetFileName).Where(f => !expected.Contains(f!)).ToList();
        Assert.True(stale.Count == 0, "Schnappschüsse ohne Kapitel (löschen): " + string.Join(", ", stale));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, failures));
        Assert.Equal(chapters.Count + 2, parts.Count);
    }
}
