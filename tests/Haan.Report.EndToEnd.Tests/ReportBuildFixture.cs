using UglyToad.PdfPig;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>Builds the demo report once from the bundled data and templates for all tests of a class.</summary>
public sealed class ReportBuildFixture : IDisposable
{
    private readonly TempFolder output = new();

    public ReportBuildFixture()
    {
        Result = CommandLineRunner.Run("build", "--data", RepositoryPaths.Data, "--templates", RepositoryPaths.Templates, "--out", output.Path);
        PdfFiles = Directory.Exists(output.Path) ? Directory.GetFiles(output.Path, "*.pdf", SearchOption.AllDirectories) : [];
        if (PdfFiles.Length == 1)
        {
            PdfBytes = File.ReadAllBytes(PdfFiles[0]);
            using var document = PdfDocument.Open(PdfBytes);
            PageTexts = document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        }
    }

    internal CommandLineRunner.Result Result { get; }

    public string OutputFolder => output.Path;

    public string[] PdfFiles { get; }

    public byte[] PdfBytes { get; } = [];

    public IReadOnlyList<string> PageTexts { get; } = [];

    public void Dispose() => output.Dispose();
}
