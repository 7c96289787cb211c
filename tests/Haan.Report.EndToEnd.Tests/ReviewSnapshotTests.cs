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
    public void Layout_dump_of_the_demo_report()
    {
        var dump = Haan.Report.Composition.ReportBuilder.RenderLayoutDump(RepositoryPaths.Data, RepositoryPaths.Templates);

        Snapshot.Verify(dump, "Layout", "txt");
    }
}
