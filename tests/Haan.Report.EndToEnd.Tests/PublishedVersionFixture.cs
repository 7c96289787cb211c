namespace Haan.Report.EndToEnd.Tests;

/// <summary>Copies of the bundled data and templates with version 1.0.0 built once into <see cref="Output"/>.</summary>
public sealed class PublishedVersionFixture : IDisposable
{
    private readonly TempFolder temp = new();

    public PublishedVersionFixture()
    {
        Data = temp.Combine("data");
        Templates = temp.Combine("templates");
        Output = temp.Combine("output");
        RepositoryPaths.CopyDirectory(RepositoryPaths.Data, Data);
        RepositoryPaths.CopyDirectory(RepositoryPaths.Templates, Templates);
        CorrectionFixture.SetVersion(Templates, "1.0.0");
        var first = CommandLineRunner.Run("build", "--data", Data, "--templates", Templates, "--out", Output);
        Assert.True(first.ExitCode == 0, first.Error);
    }

    public string Data { get; }

    public string Templates { get; }

    public string Output { get; }

    /// <summary>A fresh copy of the output folder (with the published version 1.0.0) to tamper with.</summary>
    public string CopyOfOutput()
    {
        var copy = temp.Combine("output-" + Guid.NewGuid().ToString("N")[..8]);
        RepositoryPaths.CopyDirectory(Output, copy);
        return copy;
    }

    public void Dispose() => temp.Dispose();
}
