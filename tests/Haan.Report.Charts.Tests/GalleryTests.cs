namespace Haan.Report.Charts.Tests;

public sealed class GalleryTests
{
    public static TheoryData<string> FigureNames() => new(SampleFigures.Names);

    /// <summary>Every sample renders, has a German alt text, and matches its snapshot within a tolerance.</summary>
    [Theory]
    [MemberData(nameof(FigureNames))]
    public void Figure_matches_snapshot(string name)
    {
        var (_, figure, w, h) = SampleFigures.Get(name);
        var png = figure.RenderPng(w, h, 150);
        var outDir = Environment.GetEnvironmentVariable("HAAN_CHARTS_OUT");
        if (!string.IsNullOrEmpty(outDir))
        {
            Directory.CreateDirectory(outDir);
            File.WriteAllBytes(Path.Combine(outDir, name + ".png"), figure.RenderPng(w, h, 200));
            File.WriteAllText(Path.Combine(outDir, name + ".txt"), figure.AltText);
        }

        Assert.EndsWith(".", figure.AltText, StringComparison.Ordinal);
        Assert.True(figure.AltText.Length > 30, figure.AltText);
        PngSnapshot.Verify(png, name);
    }
}
