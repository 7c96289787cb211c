using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Haan.Report.Benchmarks;

/// <summary>
/// Measures a previous release and the current code alternately on the same machine (A B A B …) and reports the ratio
/// current/previous pair by pair, so that a slower or busier machine does not look like a regression. The previous
/// release is a git worktree of the given commit, built in Release in the same run; each side builds its own demo
/// report and its own synthetic towns from its own data and templates.
/// </summary>
internal static class SideBySide
{
    private const double RegressionTolerance = 0.20;

    public static int Run(string[] args, string commit)
    {
        var sizes = Orchestrator.Option(args, "--sizes")?.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() ?? [7, 100];
        var pairs = int.Parse(Orchestrator.Option(args, "--paare") ?? "3", CultureInfo.InvariantCulture);
        var root = Orchestrator.FindRoot();
        var work = Path.Combine(Path.GetTempPath(), "haan-report-vergleich", Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var tree = Path.Combine(work, "vorgaenger");
        Directory.CreateDirectory(work);
        Console.WriteLine($"Haan.Report – Vergleich mit {commit} ({Environment.ProcessorCount} Kerne, {pairs} Paare je Messung)");
        try
        {
            Run("git", root, "worktree", "add", "--detach", tree, commit);
            Console.WriteLine("  Vorgängerversion wird übersetzt (Release) …");
            Run("dotnet", tree, "build", "-c", "Release", "tests/Haan.Report.Benchmarks", "--nologo", "-v", "quiet");
            var previous = new Side("Vorgänger", tree, Path.Combine(tree, "tests", "Haan.Report.Benchmarks", "bin", "Release", "net10.0"));
            var current = new Side("Aktuell", root, AppContext.BaseDirectory);
            var rows = new List<(string Name, List<Measurement> Previous, List<Measurement> Current)>();

            // The demo runs the program as the launcher scripts publish it (each side with its own publish settings).
            Console.WriteLine("  Kommandozeilenprogramm wird für beide Seiten veröffentlicht (wie ./haan-report) …");
            var published = new[] { previous, current }.ToDictionary(s => s.Name, s => Orchestrator.PublishCli(s.Root, Path.Combine(work, s.Name + "-cli")));

            rows.Add(Alternate("Haan (Demo, CLI ab Prozessstart)", pairs, side => Orchestrator.Measure("Demo", 7, "dotnet",
                [published[side.Name], "build", "--data", Path.Combine(side.Root, "data"), "--templates", Path.Combine(side.Root, "templates"),
                 "--out", Fresh(work, side.Name + "-demo")], side.Root, parse: false), previous, current));

            foreach (var size in sizes)
            {
                foreach (var side in new[] { previous, current })
                {
                    Run("dotnet", side.Root, Path.Combine(side.Binaries, "Haan.Report.Benchmarks.dll"), "--generate", size.ToString(CultureInfo.InvariantCulture), Town(work, side, size));
                }

                rows.Add(Alternate($"Synthetisch, {size} Sozialräume (ReportBuilder.Build)", pairs, side => Orchestrator.Measure($"{size}", size, "dotnet",
                    [Path.Combine(side.Binaries, "Haan.Report.Benchmarks.dll"), "--child", Town(work, side, size), Path.Combine(side.Root, "templates"), Fresh(work, side.Name + "-" + size.ToString(CultureInfo.InvariantCulture))],
                    side.Root, parse: true), previous, current));
            }

            var (table, regressions) = Table(rows);
            Console.WriteLine();
            Console.WriteLine(table);
            if (regressions > 0)
            {
                Console.WriteLine($"ACHTUNG: {regressions} Verschlechterung(en) > {RegressionTolerance:P0} gegenüber {commit} (Median der Verhältnisse).");
                return 1;
            }

            return 0;
        }
        finally
        {
            if (Directory.Exists(tree))
            {
                Run("git", root, "worktree", "remove", "--force", tree);
            }

            Directory.Delete(work, recursive: true);
        }
    }

    private sealed record Side(string Name, string Root, string Binaries);

    private static string Town(string work, Side side, int size) => Path.Combine(work, $"{side.Name}-stadt-{size.ToString(CultureInfo.InvariantCulture)}", "data");

    private static string Fresh(string work, string name)
    {
        var path = Path.Combine(work, "out", name);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        return path;
    }

    private static (string, List<Measurement>, List<Measurement>) Alternate(string name, int pairs, Func<Side, Measurement> measure, Side previous, Side current)
    {
        var before = new List<Measurement>();
        var now = new List<Measurement>();
        for (var i = 0; i < pairs; i++)
        {
            before.Add(measure(previous));
            now.Add(measure(current));
            Console.WriteLine($"  {name}, Paar {i + 1}: {Orchestrator.Format(before[^1].Seconds)} s → {Orchestrator.Format(now[^1].Seconds)} s");
        }

        return (name, before, now);
    }

    private static (string Table, int Regressions) Table(List<(string Name, List<Measurement> Previous, List<Measurement> Current)> rows)
    {
        var sb = new StringBuilder();
        var regressions = 0;
        sb.AppendLine("| Lauf | Zeit vorher (s) | Zeit jetzt (s) | Verhältnis Zeit | Spitze vorher (MB) | Spitze jetzt (MB) | Verhältnis Spitze | Layout+PDF vorher / jetzt (s) | Urteil |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var (name, previous, current) in rows)
        {
            var time = Median(previous.Zip(current, (p, c) => c.Seconds / p.Seconds));
            var memory = Median(previous.Zip(current, (p, c) => c.PeakMegabytes / p.PeakMegabytes));
            var stages = previous[0].Stages.Count == 0
                ? "–"
                : $"{Orchestrator.Format(Median(previous.Select(m => m.Stages.GetValueOrDefault("layout_pdf"))))} / {Orchestrator.Format(Median(current.Select(m => m.Stages.GetValueOrDefault("layout_pdf"))))}";
            var bad = time > 1 + RegressionTolerance || memory > 1 + RegressionTolerance;
            regressions += bad ? 1 : 0;
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {Orchestrator.Format(Median(previous.Select(m => m.Seconds)))} | {Orchestrator.Format(Median(current.Select(m => m.Seconds)))} | {Orchestrator.Format(time)} | " +
                $"{Median(previous.Select(m => m.PeakMegabytes)):F0} | {Median(current.Select(m => m.PeakMegabytes)):F0} | {Orchestrator.Format(memory)} | {stages} | {(bad ? "**⚠ REGRESSION**" : "✓")} |");
        }

        return (sb.ToString(), regressions);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void Run(string file, string directory, params string[] arguments)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)}: Exit-Code {process.ExitCode.ToString(CultureInfo.InvariantCulture)}\n{output.Result}\n{error.Result}");
        }
    }
}
