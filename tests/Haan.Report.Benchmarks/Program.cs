using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Haan.Report.Benchmarks;
using Haan.Report.Composition;
using Haan.Report.Data;
using Haan.Report.Indicators.Adapter;
using Haan.Report.Indicators.Catalogue;
using Haan.Report.Templates.Markdown;
using Haan.Report.Templates.Model;
using Haan.Report.Templates.Scripting;
using Haan.Report.Testing;

// Performance at scale (issue 9). One command: dotnet run -c Release --project tests/Haan.Report.Benchmarks
//   [--sizes 7,100,500] [--demo-runs 3] [--update-baseline]
// Side by side with a previous release (a git commit, built in a worktree in the same run, runs alternating):
//   --vergleich COMMIT [--sizes 7,100] [--paare 3]
// Internal child mode (one fresh process per size, so that peak memory is per size):
//   --child DATA TEMPLATES OUT
// Inspect a synthetic town: --generate AREAS FOLDER

if (args.Length > 0 && args[0] == "--child")
{
    return Child.Run(args[1], args[2], args[3]);
}

if (args.Length > 0 && args[0] == "--generate")
{
    // Writes one synthetic town for inspection: --generate AREAS FOLDER
    var areas = int.Parse(args[1], CultureInfo.InvariantCulture);
    SyntheticTown.Write(Path.Combine(Orchestrator.FindRoot(), "data"), args[2], areas, seed: 9000 + areas);
    return 0;
}

if (Orchestrator.Option(args, "--vergleich") is { } previousRelease)
{
    return SideBySide.Run(args, previousRelease);
}

return Orchestrator.Run(args);

/// <summary>One measured build: wall time, peak working set, and (in-process runs) the time per stage.</summary>
internal sealed record Measurement(string Name, int Areas, double Seconds, double PeakMegabytes, int Pages, Dictionary<string, double> Stages, double PdfMegabytes = 0);

internal static class Child
{
    /// <summary>Builds in-process (cold), then repeats the preparation stages warm to show where the time goes.</summary>
    public static int Run(string data, string templates, string output)
    {
        var total = Stopwatch.StartNew();
        BuildResult result;
        try
        {
            result = ReportBuilder.Build(new BuildRequest(data, templates, output));
        }
        catch (Haan.Report.Diagnostics.ProblemException e)
        {
            // e.g. a template that cannot be laid out at this size: the orchestrator shows the message with the exit code
            Console.Error.WriteLine(string.Join("\n", e.Problems));
            return 2;
        }

        var build = total.Elapsed.TotalSeconds;
        if (result.Warnings.Count > 0)
        {
            // The synthetic towns must satisfy every check of docs/DATA.md, warnings included.
            Console.Error.WriteLine(string.Join("\n", result.Warnings));
            return 2;
        }

        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var peak = self.PeakWorkingSet64 / 1024.0 / 1024.0;

        // Stage breakdown with the public APIs the builder uses (warm JIT; layout/PDF is the remainder of the build).
        var stages = new Dictionary<string, double>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        var loaded = DataSetLoader.Load(data);
        stages["laden"] = Lap(watch);
        var catalogue = IndicatorCatalogue.Load(Path.Combine(data, ReportBuilder.CatalogueFile));
        var indicators = IndicatorReport.Build(loaded.Data!, catalogue);
        stages["indikatoren"] = Lap(watch);
        var configuration = ReportConfiguration.Load(templates);
        var info = new ReportInfo(configuration.Title, configuration.Subtitle, configuration.Publisher, configuration.ReportYear, configuration.Version, configuration.PublicationDay) { TownName = configuration.Town.Name, TownDesignation = configuration.Town.Designation, TownAdjective = configuration.Town.Adjective, Address = configuration.Town.Address, KreisName = configuration.Kreis.Name };
        var model = ReportModel.Create(info, loaded.Data!, indicators);
        var engine = new TemplateEngine();
        foreach (var chapter in configuration.Chapters)
        {
            var template = TemplateEngine.Parse(chapter, File.ReadAllText(Path.Combine(templates, chapter)));
            MarkdownReader.Read(chapter, engine.Render(chapter, template, model));
        }

        stages["vorlagen"] = Lap(watch);
        stages["layout_pdf"] = Math.Max(0, build - stages.Values.Sum());
        var pdfMb = new FileInfo(result.PdfPath).Length / 1024.0 / 1024.0;
        Console.WriteLine("RESULT " + JsonSerializer.Serialize(new { seconds = build, peakMb = peak, pages = result.PageCount, pdfMb, stages }));
        return 0;
    }

    private static double Lap(Stopwatch watch)
    {
        var seconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        return seconds;
    }
}

internal static class Orchestrator
{
    private const double RegressionTolerance = 0.20;
    private const double DemoBudgetSeconds = 3;
    private const double LargeBudgetSeconds = 60;
    private const double LargeBudgetMegabytes = 2048;

    public static int Run(string[] args)
    {
        var sizes = Option(args, "--sizes")?.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() ?? [7, 100, 500];
        var demoRuns = int.Parse(Option(args, "--demo-runs") ?? "3", CultureInfo.InvariantCulture);
        var root = FindRoot();
        var work = Path.Combine(Path.GetTempPath(), "haan-report-benchmarks", Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(work);
        // The demo is timed with the program as the launcher scripts publish it (ReadyToRun, see Haan.Report.Cli.csproj).
        Console.WriteLine("  Kommandozeilenprogramm wird veröffentlicht (wie ./haan-report) …");
        var cli = PublishCli(root, Path.Combine(work, "cli"));
        var self = typeof(Orchestrator).Assembly.Location;
        Console.WriteLine($"Haan.Report – Leistungsmessung ({Environment.ProcessorCount} Kerne, {RuntimeVersion()}, {Configuration()})");

        // Snapshot of data and templates, so that edits in the working tree during the run do not mix versions.
        var bundled = Path.Combine(work, "eingaben");
        CopyDirectory(Path.Combine(root, "data"), Path.Combine(bundled, "data"));
        CopyDirectory(Path.Combine(root, "templates"), Path.Combine(bundled, "templates"));
        var templates = Path.Combine(bundled, "templates");
        var measurements = new List<Measurement>();
        try
        {
            // 1. The real Haan demo report through the command line, timed from process start (best of N runs).
            var demo = Enumerable.Range(0, demoRuns)
                .Select(i => Measure("Haan (Demo, CLI ab Prozessstart)", 7, "dotnet", [cli, "build", "--data", Path.Combine(bundled, "data"), "--templates", templates, "--out", Path.Combine(work, "demo-" + i.ToString(CultureInfo.InvariantCulture))], root, parse: false))
                .OrderBy(m => m.Seconds)
                .First();
            measurements.Add(demo);
            Console.WriteLine($"  {demo.Name}: {Format(demo.Seconds)} s, {demo.PeakMegabytes:F0} MB");

            // 2. Synthetic towns, in-process build in a fresh child process per size.
            foreach (var size in sizes)
            {
                var data = Path.Combine(work, $"stadt-{size.ToString(CultureInfo.InvariantCulture)}", "data");
                var generation = Stopwatch.StartNew();
                SyntheticTown.Write(Path.Combine(bundled, "data"), data, size, seed: 9000 + size);
                Console.WriteLine($"  {size} Sozialräume: Daten erzeugt in {Format(generation.Elapsed.TotalSeconds)} s ({Megabytes(data):F1} MB)");
                var m = Measure($"Synthetisch, {size} Sozialräume (ReportBuilder.Build)", size, "dotnet",
                    [self, "--child", data, templates, Path.Combine(work, $"out-{size.ToString(CultureInfo.InvariantCulture)}")], root, parse: true);
                measurements.Add(m);
                Console.WriteLine($"  {m.Name}: {Format(m.Seconds)} s, {m.PeakMegabytes:F0} MB, {m.Pages} Seiten");
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        var baselinePath = Path.Combine(root, "tests", "Haan.Report.Benchmarks", "baseline.json");
        var baseline = File.Exists(baselinePath) ? JsonNode.Parse(File.ReadAllText(baselinePath))!.AsObject() : new JsonObject();
        var (table, regressions, overBudget) = Table(measurements, baseline);
        Console.WriteLine();
        Console.WriteLine(table);
        if (args.Contains("--update-baseline"))
        {
            var updated = new JsonObject();
            foreach (var m in measurements)
            {
                updated[Key(m)] = new JsonObject { ["sekunden"] = Math.Round(m.Seconds, 2), ["spitze_mb"] = Math.Round(m.PeakMegabytes) };
            }

            File.WriteAllText(baselinePath, updated.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
            Console.WriteLine($"Basiswerte geschrieben: {Path.GetRelativePath(root, baselinePath)}");
        }

        if (regressions > 0 || overBudget > 0)
        {
            Console.WriteLine($"ACHTUNG: {regressions} Verschlechterung(en) > {RegressionTolerance:P0} gegenüber baseline.json, {overBudget} Budgetüberschreitung(en).");
            return 1;
        }

        return 0;
    }

    private static (string Table, int Regressions, int OverBudget) Table(List<Measurement> measurements, JsonObject baseline)
    {
        var sb = new StringBuilder();
        var regressions = 0;
        var overBudget = 0;
        sb.AppendLine("| Lauf | Sozialräume | Seiten | PDF (MB) | Zeit (s) | je Sozialraum (ms) | Spitze (MB) | Laden / Indikatoren / Vorlagen / Layout+PDF (s) | Budget | gegenüber Basis |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|---|---|");
        foreach (var m in measurements)
        {
            var stages = m.Stages.Count == 0
                ? "–"
                : string.Join(" / ", new[] { "laden", "indikatoren", "vorlagen", "layout_pdf" }.Select(s => Format(m.Stages.GetValueOrDefault(s))));
            var budget = m.Stages.Count == 0
                ? Check(m.Seconds <= DemoBudgetSeconds, $"≤ {DemoBudgetSeconds:F0} s")
                : m.Areas >= 500 ? Check(m.Seconds <= LargeBudgetSeconds, $"≤ {LargeBudgetSeconds:F0} s") + ", " + Check(m.PeakMegabytes <= LargeBudgetMegabytes, "≤ 2 GB") : "–";
            if (budget.Contains('✗', StringComparison.Ordinal))
            {
                overBudget++;
            }

            var comparison = "keine Basis";
            if (baseline[Key(m)] is JsonObject b)
            {
                var time = m.Seconds / (double)b["sekunden"]! - 1;
                var memory = m.PeakMegabytes / (double)b["spitze_mb"]! - 1;
                var bad = time > RegressionTolerance || memory > RegressionTolerance;
                regressions += bad ? 1 : 0;
                comparison = $"{(bad ? "**⚠ REGRESSION** " : "")}Zeit {Signed(time)}, Speicher {Signed(memory)}";
            }

            sb.AppendLine(CultureInfo.InvariantCulture, $"| {m.Name} | {m.Areas} | {m.Pages} | {(m.PdfMegabytes > 0 ? Format(m.PdfMegabytes, 1) : "–")} | {Format(m.Seconds)} | {Format(m.Seconds * 1000 / m.Areas, 0)} | {m.PeakMegabytes:F0} | {stages} | {budget} | {comparison} |");
        }

        var synthetic = measurements.Where(m => m.Stages.Count > 0).OrderBy(m => m.Areas).ToList();
        if (synthetic.Count >= 2)
        {
            var (small, large) = (synthetic[^2], synthetic[^1]);
            var growth = large.Seconds / small.Seconds;
            var factor = (double)large.Areas / small.Areas;
            sb.AppendLine();
            var verdict = growth > factor * 1.5 ? "**überlinear**" : "linear";
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"Wachstum {small.Areas} → {large.Areas} Sozialräume (×{Format(factor, 1)}): Zeit ×{Format(growth, 1)}, Zeit je Sozialraum {Format(small.Seconds * 1000 / small.Areas, 0)} → {Format(large.Seconds * 1000 / large.Areas, 0)} ms – {verdict}");
        }

        return (sb.ToString(), regressions, overBudget);
    }

    private static string Check(bool ok, string budget) => (ok ? "✓ " : "✗ ") + budget;

    private static string Key(Measurement m) => m.Stages.Count == 0 ? "haan_demo_cli" : "synthetisch_" + m.Areas.ToString(CultureInfo.InvariantCulture);

    private static string Signed(double fraction) => (fraction >= 0 ? "+" : "−") + Format(Math.Abs(fraction) * 100, 0) + " %";

    internal static string Format(double value, int decimals = 2) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>Runs a child process; wall time from process start to exit, peak working set polled from /proc.</summary>
    internal static Measurement Measure(string name, int areas, string file, string[] arguments, string workingDirectory, bool parse)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(20))
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                // exited between the checks
            }
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var output = stdout.Result;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{name}: Exit-Code {process.ExitCode.ToString(CultureInfo.InvariantCulture)}\n{output}\n{stderr.Result}");
        }

        if (!parse)
        {
            var pages = System.Text.RegularExpressions.Regex.Match(output, @"\((\d+) Seiten\)");
            return new Measurement(name, areas, seconds, peak / 1024.0 / 1024.0, pages.Success ? int.Parse(pages.Groups[1].Value, CultureInfo.InvariantCulture) : 0, []);
        }

        var line = output.Split('\n').Single(l => l.StartsWith("RESULT ", StringComparison.Ordinal));
        var json = JsonNode.Parse(line["RESULT ".Length..])!.AsObject();
        var stages = json["stages"]!.AsObject().ToDictionary(kv => kv.Key, kv => (double)kv.Value!, StringComparer.Ordinal);
        // In-process: the build's own wall time and peak (the child reports VmHWM of its own process after the build).
        return new Measurement(name, areas, (double)json["seconds"]!, Math.Max((double)json["peakMb"]!, 0), (int)json["pages"]!, stages, (double)json["pdfMb"]!);
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(source))
        {
            CopyDirectory(directory, Path.Combine(target, Path.GetFileName(directory)));
        }
    }

    private static double Megabytes(string directory) =>
        Directory.GetFiles(directory).Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0;

    /// <summary>Publishes the CLI of the tree at <paramref name="root"/> exactly as the launcher scripts do; returns its haan-report.dll.</summary>
    internal static string PublishCli(string root, string target)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "publish", Path.Combine("src", "Haan.Report.Cli", "Haan.Report.Cli.csproj"), "-c", "Release", "-o", target, "--nologo", "-v", "quiet", "-p:UseAppHost=false" })
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish in {root}: Exit-Code {process.ExitCode.ToString(CultureInfo.InvariantCulture)}\n{output.Result}\n{error.Result}");
        }

        return Path.Combine(target, "haan-report.dll");
    }

    internal static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Haan.Report.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Haan.Report.sln nicht gefunden.");
    }

    private static string RuntimeVersion() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;

    private static string Configuration() =>
#if DEBUG
        "Debug – für echte Zahlen mit -c Release starten";
#else
        "Release";
#endif
}
