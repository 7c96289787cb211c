using Haan.Report.Data;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// Issue 20, classes 1 and 10: file-system faults and broken published files are German input errors with the path
/// (exit 1), never English .NET text or exit 3, and no command hangs on a named pipe.
/// </summary>
public sealed class FileSystemFaultTests(PublishedVersionFixture fixture) : IClassFixture<PublishedVersionFixture>
{
    [Fact]
    public void Diff_with_a_truncated_manifest_names_file_and_line()
    {
        var (older, newer) = TwoVersions();
        var manifest = Path.Combine(newer, "manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest)[..2000]);

        var result = CommandLineRunner.Run("diff", "--alt", older, "--neu", newer);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("manifest.json, Zeile", result.Error, StringComparison.Ordinal);
        Assert.Contains("Das Manifest ist beschädigt oder hat ein unbekanntes Format", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Interner Fehler", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_with_null_values_in_a_manifest_is_an_input_error()
    {
        var (older, newer) = TwoVersions();
        var manifest = Path.Combine(older, "manifest.json");
        var text = File.ReadAllText(manifest);
        var start = text.IndexOf("\"werte\": [", StringComparison.Ordinal);
        Assert.True(start > 0);
        File.WriteAllText(manifest, text[..start] + "\"werte\": null\n}\n");

        var result = CommandLineRunner.Run("diff", "--alt", older, "--neu", newer);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("manifest.json: Das Manifest ist beschädigt: „werte“ fehlt oder enthält null", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Interner Fehler", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_and_indikatoren_do_not_hang_on_a_named_pipe()
    {
        using var temp = new TempFolder();
        var data = temp.Combine("data");
        RepositoryPaths.CopyDirectory(fixture.Data, data);
        File.Delete(Path.Combine(data, "indikatoren.csv"));
        MakeFifo(Path.Combine(data, "indikatoren.csv"));

        var run = Task.Run(() => (
            Validate: CommandLineRunner.Run("validate", "--data", data, "--templates", fixture.Templates),
            Catalogue: CommandLineRunner.Run("indikatoren", "--data", data)));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(1)));
        if (finished != run)
        {
            await using (new FileStream(Path.Combine(data, "indikatoren.csv"), FileMode.Open, FileAccess.Write))
            {
                // Opening the pipe for writing releases the blocked reader; the test fails below.
            }
        }

        var (validate, catalogue) = await run;
        Assert.True(finished == run, "Ein Befehl blieb an der benannten Pipe hängen.");
        foreach (var result in new[] { validate, catalogue })
        {
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("indikatoren.csv: Die Datei ist eine benannte Pipe (FIFO), keine normale Datei", result.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(28, "Der Datenträger ist voll")]
    [InlineData(122, "Der Datenträger ist voll")]
    [InlineData(30, "Das Dateisystem ist schreibgeschützt")]
    [InlineData(36, "Der Pfad ist zu lang")]
    public void File_system_errors_are_described_in_German(int errno, string expected)
    {
        // On Unix .NET puts the errno into HResult of the IOException it throws.
        var message = FileSystemErrors.Describe(new IOException("english text", errno));

        Assert.StartsWith(expected, message, StringComparison.Ordinal);
        Assert.DoesNotContain("english", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Permission_and_path_errors_are_described_in_German()
    {
        Assert.Equal("keine Berechtigung zum Schreiben oder Lesen", FileSystemErrors.Describe(new UnauthorizedAccessException("Access denied")));
        Assert.StartsWith("Der Pfad ist zu lang", FileSystemErrors.Describe(new PathTooLongException("too long")), StringComparison.Ordinal);
    }

    private (string Older, string Newer) TwoVersions()
    {
        var output = fixture.CopyOfOutput();
        var older = Path.Combine(output, "2023", "v1.0.0");
        var newer = Path.Combine(output, "2023", "v1.0.1");
        RepositoryPaths.CopyDirectory(older, newer);
        return (older, newer);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
