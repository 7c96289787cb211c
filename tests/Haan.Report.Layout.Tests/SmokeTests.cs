namespace Haan.Report.Layout.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Showcase_renders()
    {
        var bytes = PdfRenderer.Render(Showcase.Build());
        File.WriteAllBytes("/tmp/layout/showcase.pdf", bytes);
        File.WriteAllText("/tmp/layout/showcase.txt", LayoutDump.Render(Showcase.Build()));
        Assert.True(bytes.Length > 1000);
    }
}
