using SkiaSharp;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>Figures for press and web: alt texts always, PNGs at 300 dpi on request.</summary>
public sealed class FigureExportTests
{
    [Fact]
    public void Build_with_figures_writes_one_300_dpi_png_per_figure_and_a_list_with_alt_texts()
    {
        using var output = new TempFolder();

        var result = CommandLineRunner.Run("build", "--data", RepositoryPaths.Data, "--templates", RepositoryPaths.Templates,
            "--out", output.Path, "--abbildungen", "--quiet");

        Assert.True(result.ExitCode == 0, result.Error);
        var folder = Directory.GetDirectories(output.Path, "abbildungen", SearchOption.AllDirectories).Single();
        var rows = File.ReadAllLines(Path.Combine(folder, "abbildungen.csv")).Skip(1).ToList();
        var pngs = Directory.GetFiles(folder, "*.png").Order(StringComparer.Ordinal).ToList();
        Assert.True(rows.Count > 30, $"only {rows.Count} figures");
        Assert.Equal(rows.Count, pngs.Count);
        Assert.All(rows, row =>
        {
            var fields = row.Split("\";\"");
            Assert.True(fields[1].Length > 20, $"alt text missing in: {row}");
        });
        using var first = SKBitmap.Decode(pngs[0]);
        Assert.Equal((int)Math.Round(160 / 25.4 * 300), first.Width);
    }

    [Fact]
    public void Build_without_the_option_lists_alt_texts_but_writes_no_png()
    {
        using var output = new TempFolder();

        var result = CommandLineRunner.Run("build", "--data", RepositoryPaths.Data, "--templates", RepositoryPaths.Templates, "--out", output.Path, "--quiet");

        Assert.True(result.ExitCode == 0, result.Error);
        var folder = Directory.GetDirectories(output.Path, "abbildungen", SearchOption.AllDirectories).Single();
        Assert.Empty(Directory.GetFiles(folder, "*.png"));
        Assert.Contains("Balkendiagramm", File.ReadAllText(Path.Combine(folder, "abbildungen.csv")), StringComparison.Ordinal);
    }
}
