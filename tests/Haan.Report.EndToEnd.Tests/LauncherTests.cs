using System.Diagnostics;
using System.Reflection.PortableExecutable;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>The README's first command: the starter script builds once when the sources changed, then runs the built program.</summary>
public sealed class LauncherTests
{
    [Fact]
    public void Starter_builds_when_needed_and_then_runs_without_building()
    {
        var script = Path.Combine(RepositoryPaths.Root, "haan-report");
        Assert.True(File.Exists(script));

        var first = Run(script, "--version");
        Assert.True(first.ExitCode == 0, first.Error);
        var second = Run(script, "--version");
        Assert.Equal(0, second.ExitCode);
        Assert.DoesNotContain("übersetzt", second.Error, StringComparison.Ordinal);
        Assert.Equal(first.Output, second.Output);
        Assert.StartsWith("0.", second.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, ".build", "haan-report", "haan-report.dll")));

        // The published program is compiled ahead of time (ReadyToRun), ours and the libraries': no JIT at start-up.
        foreach (var assembly in new[] { "haan-report.dll", "Haan.Report.Layout.dll", "Haan.Report.Composition.dll", "ScottPlot.dll" })
        {
            using var pe = new PEReader(File.OpenRead(Path.Combine(RepositoryPaths.Root, ".build", "haan-report", assembly)));
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{assembly} ist nicht ReadyToRun übersetzt.");
        }
    }

    [Fact]
    public void Windows_starters_call_the_same_build_and_program()
    {
        var cmd = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "haan-report.cmd"));
        var ps1 = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "haan-report.ps1"));
        Assert.Contains("haan-report.ps1", cmd, StringComparison.Ordinal);
        Assert.Contains("src/Haan.Report.Cli/Haan.Report.Cli.csproj", ps1, StringComparison.Ordinal);
        Assert.Contains("haan-report.dll", ps1, StringComparison.Ordinal);
        Assert.Contains("src/Haan.Report.Cli/Haan.Report.Cli.csproj", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "haan-report")), StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Error) Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result.Trim(), error.Result);
    }
}
