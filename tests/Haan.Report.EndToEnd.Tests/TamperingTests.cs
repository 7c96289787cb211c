using System.Text;
using Haan.Report.Composition;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// Issue 20, classes 8 and 9: the rebuild of a published version compares the whole folder (file list, every hash,
/// the manifest itself) and names what was changed, added or deleted; it never confirms a tampered folder as
/// „unverändert“ and never blames a new program version for it. Two builds of one version at once both succeed.
/// </summary>
public sealed class TamperingTests(PublishedVersionFixture fixture) : IClassFixture<PublishedVersionFixture>
{
    private const string Base = "sozialbericht-haan-2023-v1.0.0";

    [Fact]
    public void Intact_folder_is_confirmed_unchanged()
    {
        var (result, before, after) = RebuildAfter(_ => { });

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Bericht unverändert", result.Output, StringComparison.Ordinal);
        Assert.Equal(before, after);
    }

    [Fact]
    public void Edited_published_value_in_the_manifest_is_named()
    {
        var (result, before, after) = RebuildAfter(folder =>
        {
            var path = Path.Combine(folder, "manifest.json");
            var text = File.ReadAllText(path, Encoding.UTF8);
            var index = text.IndexOf("\"wert\": \"", StringComparison.Ordinal) + "\"wert\": \"".Length;
            var digit = text[index];
            Assert.True(char.IsAsciiDigit(digit), text.Substring(index, 10));
            File.WriteAllText(path, text[..index] + (digit == '9' ? '8' : (char)(digit + 1)) + text[(index + 1)..], new UTF8Encoding(false));
        });

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("wurde nach der Veröffentlichung verändert: manifest.json wurde verändert", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("unverändert", result.Output, StringComparison.Ordinal);
        Assert.Equal(before, after);
    }

    [Fact]
    public void Extra_file_in_the_version_folder_is_named()
    {
        var (result, before, after) = RebuildAfter(folder => File.WriteAllText(Path.Combine(folder, "nachtrag.txt"), "untergeschoben"));

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("nachtrag.txt gehört nicht zur Version (nachträglich hinzugefügt)", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, after);
    }

    [Fact]
    public void Changed_byte_in_the_pdf_is_tampering_not_a_new_program_version()
    {
        var (result, before, after) = RebuildAfter(folder =>
        {
            var path = Path.Combine(folder, Base + ".pdf");
            var bytes = File.ReadAllBytes(path);
            bytes[bytes.Length / 2] ^= 0x20;
            File.WriteAllBytes(path, bytes);
        });

        Assert.Equal(4, result.ExitCode);
        Assert.Contains($"{Base}.pdf wurde verändert (Prüfsumme weicht vom Manifest ab)", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Programmversion", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, after);
    }

    [Fact]
    public void Deleted_xlsx_is_named_as_missing()
    {
        var (result, before, after) = RebuildAfter(folder => File.Delete(Path.Combine(folder, Base + "-indikatoren.xlsx")));

        Assert.Equal(4, result.ExitCode);
        Assert.Contains($"{Base}-indikatoren.xlsx fehlt (gelöscht oder umbenannt)", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("das Ergebnis wäre aber anders", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Two_builds_of_the_same_version_at_once_both_succeed_and_publish_it_once()
    {
        var output = Path.Combine(fixture.CopyOfOutput(), "parallel");
        var request = new BuildRequest(fixture.Data, fixture.Templates, output);

        var builds = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => ReportBuilder.Build(request))));

        Assert.Single(builds, b => !b.Unchanged);
        Assert.Equal(["intern", "v1.0.0"], Directory.GetDirectories(Path.Combine(output, "2023")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(
            Directory.GetFiles(Path.Combine(fixture.Output, "2023", "v1.0.0")).Select(File.ReadAllBytes).Select(Convert.ToHexString),
            Directory.GetFiles(Path.Combine(output, "2023", "v1.0.0")).Select(File.ReadAllBytes).Select(Convert.ToHexString));
    }

    [Fact]
    public void Leftovers_of_dead_builds_are_removed_also_when_the_process_id_was_reused()
    {
        var output = fixture.CopyOfOutput();
        var year = Path.Combine(output, "2023");
        // A temporary folder whose process id is this (running) test process, but with another start time: the id was
        // reused after the build that wrote it died. And the moved-aside previous draft of an interrupted draft build.
        var reused = Directory.CreateDirectory(Path.Combine(year, $".v1.0.1.{Environment.ProcessId}-1.0123456789abcdef.tmp")).FullName;
        var old = Directory.CreateDirectory(Path.Combine(year, ".ventwurf.2147483647-1.0123456789abcdef.old")).FullName;
        File.WriteAllText(Path.Combine(reused, Base + ".pdf"), "%PDF-1.7 abgebrochen");
        File.WriteAllText(Path.Combine(old, Base + ".pdf"), "%PDF-1.7 alter Entwurf");
        var templates = Path.Combine(output, "..", "templates-" + Guid.NewGuid().ToString("N")[..8]);
        RepositoryPaths.CopyDirectory(fixture.Templates, templates);
        CorrectionFixture.SetVersion(templates, "1.0.1");

        var version = CommandLineRunner.Run("build", "--data", fixture.Data, "--templates", templates, "--out", output);
        var draft = CommandLineRunner.Run("build", "--entwurf", "--data", fixture.Data, "--templates", templates, "--out", output);

        Assert.True(version.ExitCode == 0, version.Error);
        Assert.True(draft.ExitCode == 0, draft.Error);
        Assert.Empty(Directory.GetDirectories(year, ".*"));
        Assert.Equal(["entwurf", "intern", "v1.0.0", "v1.0.1"], Directory.GetDirectories(year).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Path_too_long_is_a_German_error_and_leaves_no_empty_folder()
    {
        var output = fixture.CopyOfOutput();
        var templates = Path.Combine(output, "..", "templates-" + Guid.NewGuid().ToString("N")[..8]);
        RepositoryPaths.CopyDirectory(fixture.Templates, templates);
        CorrectionFixture.SetVersion(templates, "1.0.1");
        // The year folder still fits into PATH_MAX (4096), the temporary version folder below it does not.
        var first = Path.Combine(output, "tief");
        var deep = first;
        while (deep.Length < 4096 - 60)
        {
            deep = Path.Combine(deep, new string('x', Math.Min(200, 4096 - 60 - deep.Length)));
        }

        var result = CommandLineRunner.Run("build", "--data", fixture.Data, "--templates", templates, "--out", deep);

        Assert.True(result.ExitCode == 1, result.Error);
        Assert.Contains("Die Version konnte nicht geschrieben werden (Der Pfad ist zu lang", result.Error, StringComparison.Ordinal);
        Assert.Contains("Es wurden keine Dateien angelegt", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(first), "Der angelegte Ausgabeordner blieb leer zurück.");
    }

    /// <summary>Copies the published output, applies <paramref name="tamper"/> to the version folder and rebuilds.</summary>
    private (CommandLineRunner.Result Result, List<string> Before, List<string> After) RebuildAfter(Action<string> tamper)
    {
        var output = fixture.CopyOfOutput();
        var folder = Path.Combine(output, "2023", "v1.0.0");
        tamper(folder);
        var before = State(output);
        var result = CommandLineRunner.Run("build", "--data", fixture.Data, "--templates", fixture.Templates, "--out", output);
        return (result, before, State(output));
    }

    private static List<string> State(string root) =>
        [.. Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Select(e => Path.GetRelativePath(root, e) + "|" + (File.Exists(e) ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(e))) : "Ordner"))
            .Order(StringComparer.Ordinal)];
}
