using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// Corpus of broken inputs (issue 9): every folder below <c>BrokenInputs/</c> is one case. The test copies the bundled
/// <c>data/</c> and <c>templates/</c> to a temporary folder, overlays the case's <c>data/</c> and <c>templates/</c>
/// files, applies the programmatic edits from <c>case.json</c> (large files are broken by edits, not stored), runs
/// <c>build</c> and checks: the exit code, the German message fragments (file and line), that nothing new is written
/// below <c>--out</c> and that an earlier report version there is untouched.
/// </summary>
public sealed class BrokenInputCorpusTests
{
    private static readonly string CorpusRoot = Path.Combine(RepositoryPaths.Root, "tests", "Haan.Report.EndToEnd.Tests", "BrokenInputs");

    private static List<string> CaseNames() =>
        Directory.GetDirectories(CorpusRoot).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> Cases() => new(CaseNames());

    [Fact]
    public void Corpus_covers_the_issue_list()
    {
        // One folder per kind of broken input named in issue 9; a deleted case folder must fail here.
        string[] required =
        [
            "wrong-delimiter", "encoding-windows-1252", "encoding-utf16", "truncated-file", "missing-column", "text-in-number-column",
            "negative-count", "part-greater-than-whole", "unknown-area", "duplicate-rows", "missing-year", "missing-year-population",
            "invalid-geometry", "overlapping-geometries", "template-syntax-error", "unknown-template-variable",
            "unknown-indicator-in-function", "unknown-indicator-in-figure", "missing-font", "output-below-a-file",
        ];
        var present = CaseNames();
        Assert.All(required, name => Assert.Contains(name, present));
        Assert.All(present, name => Assert.True(File.Exists(Path.Combine(CorpusRoot, name, "case.json")), name + "/case.json fehlt"));
    }

    [Fact]
    public void Corpus_covers_the_hardening_classes()
    {
        // Issue 20: at least one case per class of hostile or broken input; a deleted case folder must fail here.
        string[] required =
        [
            "fifo-data-file", "fifo-extra-file", "symlink-out-of-folder", "symlink-loop-and-dangling",                 // 1 regular files
            "chapter-outside-templates", "font-absolute-path", "chapter-in-hidden-folder", "output-inside-data",       // 2 paths
            "output-inside-templates",
            "template-random", "template-uuid", "template-division-by-zero", "template-not-a-number",                  // 4 templates
            "null-in-configuration", "duplicate-chapter", "year-too-large", "empty-title",                             // 5 exit 1
            "markdown-nested-too-deeply", "glyph-missing-in-text", "glyph-missing-in-title", "duplicate-anchor",
            "figure-taller-than-page", "figure-infinite-height",
            "version-leading-zero", "version-with-newline", "version-non-ascii-digit",                                 // 7 versions
            "markup-in-area-name", "javascript-link-in-template", "control-character-in-name", "control-character-in-csv", // 3 markup
            "encoding-utf16-without-bom", "encoding-utf8-bom-then-windows-1252",                                       // 11 encodings
            "count-sum-overflow", "number-too-large", "invalid-geometry-one-cause", "duplicate-rows-capped",            // 5, 6
            "geometry-not-a-number",
        ];
        var present = CaseNames();
        Assert.All(required, name => Assert.Contains(name, present));
    }

    [Fact]
    public void Corpus_covers_the_author_mistakes_of_issue_16()
    {
        // Issue 16: directive errors in loops, mistakes found by the layout, engine limits and member access; a deleted
        // case folder must fail here.
        string[] required =
        [
            "directive-error-in-loop", "link-in-loop-to-unknown-anchor", "broken-anchor", "figure-taller-than-page", "table-taller-than-page",
            "template-range-limit", "template-loop-limit", "template-statement-depth", "template-recursion",
            "template-argument-count", "template-too-many-arguments", "template-import-string", "template-member-on-null",
            "template-get-type", "template-regex-timeout", "template-syntax-english", "report-year-without-values",
        ];
        var present = CaseNames();
        Assert.All(required, name => Assert.Contains(name, present));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_input_is_reported_and_nothing_is_written(string name)
    {
        var caseDirectory = Path.Combine(CorpusRoot, name);
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(caseDirectory, "case.json")))!.AsObject();
        using var temp = new TempFolder();
        var data = temp.Combine("data");
        var templates = temp.Combine("templates");
        RepositoryPaths.CopyDirectory(RepositoryPaths.Data, data);
        RepositoryPaths.CopyDirectory(RepositoryPaths.Templates, templates);
        foreach (var part in new[] { "data", "templates" })
        {
            var overlay = Path.Combine(caseDirectory, part);
            if (Directory.Exists(overlay))
            {
                Overlay(overlay, temp.Combine(part));
            }
        }

        foreach (var edit in spec["edits"]?.AsArray() ?? [])
        {
            Apply(temp.Path, edit!.AsObject());
        }

        // --out: a normal folder holding an earlier version, or (case "out": "below-a-file") a path whose parent is a file.
        var outMode = (string?)spec["out"] ?? "folder";
        string output;
        string watched;
        if (outMode is "inside-data" or "templates")
        {
            // --out inside an input folder: nothing may appear there (the folder itself is watched).
            output = outMode == "templates" ? templates : Path.Combine(data, "out");
            watched = outMode == "templates" ? templates : data;
        }
        else if (outMode == "below-a-file")
        {
            watched = temp.Combine("blocker");
            File.WriteAllText(watched, "keine Ordner hier");
            output = Path.Combine(watched, "out");
        }
        else
        {
            output = temp.Combine("out");
            watched = output;
            var earlier = Path.Combine(output, "2022", "v0.9.0");
            Directory.CreateDirectory(earlier);
            File.WriteAllText(Path.Combine(earlier, "sozialbericht-haan-2022-v0.9.0.pdf"), "%PDF-1.7 frühere Fassung");
            File.WriteAllText(Path.Combine(earlier, "sozialbericht-haan-2022-v0.9.0.md"), "# Frühere Fassung\n");
        }

        var before = Snapshot(watched);
        var expectedExit = (int?)spec["exitCode"] ?? 1;

        var result = RunWithoutHanging(spec, temp.Path, "build", "--data", data, "--templates", templates, "--out", output);

        var context = $"Fall {name}: Exit {result.ExitCode}\n{result.Error}\n{result.Output}";
        Assert.True(expectedExit == result.ExitCode, context);
        Assert.DoesNotContain("Interner Fehler", result.Error, StringComparison.Ordinal);
        // Issue 16: no English text of the template engine reaches the user.
        var english = Haan.Report.Testing.EngineEnglish.Find(result.Error);
        Assert.True(english.Count == 0, $"Englische Wörter der Vorlagensprache in der Fehlerausgabe: {string.Join(", ", english)}\n{context}");
        foreach (var fragment in spec["errorContains"]!.AsArray().Select(f => (string)f!))
        {
            Assert.True(result.Error.Contains(fragment, StringComparison.Ordinal), $"„{fragment}“ fehlt in der Fehlerausgabe.\n{context}");
        }

        if (spec["errorCountAtMost"] is { } most)
        {
            // One cause, one message: follow-up errors suppressed, repetitions summarised.
            var count = System.Text.RegularExpressions.Regex.Match(result.Error, @"Fehler: (\d+) Problem\(e\)");
            Assert.True(count.Success, context);
            Assert.True(int.Parse(count.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) <= (int)most, $"Mehr als {(int)most} Meldungen.\n{context}");
        }

        var after = Snapshot(watched);
        if (expectedExit != 0 && outMode == "folder")
        {
            // Issue 16: validate runs everything build runs except writing, so it reports the very same problems.
            var validated = RunWithoutHanging(spec, temp.Path, "validate", "--data", data, "--templates", templates);
            Assert.True(validated.ExitCode == result.ExitCode, $"validate: Exit {validated.ExitCode}, build: Exit {result.ExitCode}\n{validated.Error}\n{context}");
            Assert.Equal(ProblemLines(result.Error), ProblemLines(validated.Error));
        }

        if (expectedExit != 0)
        {
            // Nothing new anywhere below --out (no PDF, no Markdown, no manifest, no temporary file), old files unchanged.
            Assert.True(before.SequenceEqual(after), $"Ausgabe verändert:\nvorher {string.Join(", ", before)}\nnachher {string.Join(", ", after)}\n{context}");
            Assert.DoesNotContain("Bericht erstellt", result.Output, StringComparison.Ordinal);
            return;
        }

        // A build that succeeds (input read correctly with a warning) leaves the earlier version untouched...
        Assert.Empty(before.Except(after));
        // ...and the text read from the input arrives intact in the report (no mojibake).
        var written = Directory.GetFiles(output, "*.md", SearchOption.AllDirectories)
            .Where(f => !before.Any(entry => entry.StartsWith(Path.GetRelativePath(output, f) + "|", StringComparison.Ordinal)))
            .ToList();
        Assert.NotEmpty(written);
        var markdown = string.Join("\n", written.Select(File.ReadAllText));
        foreach (var fragment in spec["markdownContains"]?.AsArray().Select(f => (string)f!) ?? [])
        {
            Assert.Contains(fragment, markdown, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Ã", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", markdown, StringComparison.Ordinal);
    }

    /// <summary>
    /// Runs the command; a case with a named pipe (FIFO) must not hang: after a minute the pipe is opened for writing
    /// (which releases a reader blocked on it) and the case fails.
    /// </summary>
    private static CommandLineRunner.Result RunWithoutHanging(JsonObject spec, string root, params string[] args)
    {
        var fifos = (spec["edits"]?.AsArray() ?? []).Select(e => e!.AsObject())
            .Where(e => (string?)e["op"] == "mkfifo").Select(e => Path.Combine(root, (string)e["file"]!)).ToList();
        if (fifos.Count == 0)
        {
            return CommandLineRunner.Run(args);
        }

        var run = Task.Run(() => CommandLineRunner.Run(args));
        if (run.Wait(TimeSpan.FromMinutes(1)))
        {
            return run.Result;
        }

        foreach (var fifo in fifos)
        {
            using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
        }

        run.Wait();
        Assert.Fail($"Der Lauf blieb an einer benannten Pipe hängen: {string.Join(", ", fifos)}");
        return run.Result;
    }

    /// <summary>The listed problems of an error output („  - …“ lines).</summary>
    private static List<string> ProblemLines(string error) =>
        error.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("  - ", StringComparison.Ordinal)).ToList();

    /// <summary>Every file and folder below <paramref name="root"/> (or the file itself) with a hash of its content.</summary>
    private static List<string> Snapshot(string root)
    {
        if (File.Exists(root))
        {
            return [$"{Path.GetFileName(root)}|{Hash(root)}"];
        }

        if (!Directory.Exists(root))
        {
            return [];
        }

        return Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .Select(entry => Path.GetRelativePath(root, entry) + "|" + (File.Exists(entry) ? Hash(entry) : "Ordner"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string Hash(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));

    private static void Overlay(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Applies one programmatic edit (see BrokenInputs/README.md) to a file of the temporary copy.</summary>
    private static void Apply(string root, JsonObject edit)
    {
        var op = (string)edit["op"]!;
        var path = Path.Combine(root, (string)edit["file"]!);
        switch (op)
        {
            case "mkfifo":
            {
                using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
                mkfifo.WaitForExit();
                Assert.Equal(0, mkfifo.ExitCode);
                return;
            }

            case "symlink":
            {
                var target = (string)edit["target"]!;
                if (edit["copyOf"] is { } copyOf)
                {
                    File.Copy(Path.Combine(RepositoryPaths.Root, (string)copyOf!), Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, target)));
                }

                File.CreateSymbolicLink(path, target);
                return;
            }
        }

        Assert.True(File.Exists(path), $"Datei für Änderung {op} fehlt: {path}");
        var text = File.ReadAllText(path, Utf8);
        var lines = text.Split('\n').ToList();
        int Line(string key = "line") => (int)edit[key]! - 1;
        switch (op)
        {
            case "replaceText" when (bool?)edit["first"] == true:
            {
                var at = text.IndexOf((string)edit["from"]!, StringComparison.Ordinal);
                Assert.True(at >= 0, $"„{edit["from"]}“ fehlt in {path}");
                text = text[..at] + (string)edit["to"]! + text[(at + ((string)edit["from"]!).Length)..];
                break;
            }

            case "replaceText":
                text = text.Replace((string)edit["from"]!, (string)edit["to"]!, StringComparison.Ordinal);
                break;
            case "setField":
            {
                var index = lines[0].Split(';').ToList().IndexOf((string)edit["column"]!);
                Assert.True(index >= 0, $"Spalte {edit["column"]} fehlt in {path}");
                var fields = lines[Line()].Split(';');
                fields[index] = (string)edit["value"]!;
                lines[Line()] = string.Join(';', fields);
                text = string.Join('\n', lines);
                break;
            }

            case "removeColumn":
            {
                var index = lines[0].Split(';').ToList().IndexOf((string)edit["column"]!);
                Assert.True(index >= 0, $"Spalte {edit["column"]} fehlt in {path}");
                text = string.Join('\n', lines.Select(l => l.Length == 0 ? l : string.Join(';', l.Split(';').Where((_, i) => i != index))));
                break;
            }

            case "truncate":
                File.WriteAllBytes(path, File.ReadAllBytes(path)[..(int)edit["bytes"]!]);
                return;
            case "deleteLinesStartingWith":
            {
                var prefix = (string)edit["prefix"]!;
                var kept = lines.Where(l => !l.StartsWith(prefix, StringComparison.Ordinal)).ToList();
                Assert.True(kept.Count < lines.Count, $"Keine Zeile beginnt mit {prefix} in {path}");
                text = string.Join('\n', kept);
                break;
            }

            case "duplicateAllRows":
                text = string.Join('\n', lines.Concat(lines.Skip(1).Where(l => l.Length > 0)));
                break;
            case "duplicateLine":
                lines.Insert(Line() + 1, lines[Line()]);
                text = string.Join('\n', lines);
                break;
            case "insertLine":
                lines.Insert(Line(), (string)edit["text"]!);
                text = string.Join('\n', lines);
                break;
            case "setGeometry":
            {
                // GeoJSON written one feature per line: replace the geometry of the feature on that line.
                var geometry = edit["geometryFromLine"] is not null
                    ? ParseFeatureLine(lines[Line("geometryFromLine")])["geometry"]!.DeepClone()
                    : edit["geometry"]!.DeepClone();
                var feature = ParseFeatureLine(lines[Line()]);
                feature["geometry"] = geometry;
                lines[Line()] = feature.ToJsonString() + (lines[Line()].TrimEnd().EndsWith(',') ? "," : "");
                text = string.Join('\n', lines);
                break;
            }

            case "reencode" when (string)edit["encoding"]! == "utf-16-no-bom":
                File.WriteAllBytes(path, Encoding.Unicode.GetBytes(text));
                return;
            case "reencode" when (string)edit["encoding"]! == "utf-8-bom-then-windows-1252":
            {
                // UTF-8 with a byte order mark, the line given re-encoded as Windows-1252 (two encodings in one file).
                var ansi = Encoding.GetEncoding(1252);
                var bytes = new List<byte> { 0xEF, 0xBB, 0xBF };
                for (var i = 0; i < lines.Count; i++)
                {
                    bytes.AddRange((i == Line() ? ansi : Utf8).GetBytes(lines[i] + (i < lines.Count - 1 ? "\n" : string.Empty)));
                }

                File.WriteAllBytes(path, [.. bytes]);
                return;
            }

            case "reencode":
            {
                var encoding = (string)edit["encoding"]! switch
                {
                    "windows-1252" => Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
                    "utf-16" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
                    var other => throw new ArgumentException("Unbekannte Kodierung " + other),
                };
                File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
                return;
            }

            case "delete":
                File.Delete(path);
                return;
            default:
                throw new ArgumentException($"Unbekannte Änderung „{op}“ in case.json.");
        }

        File.WriteAllText(path, text, Utf8);
    }

    private static JsonObject ParseFeatureLine(string line) =>
        JsonNode.Parse(line.TrimEnd().TrimEnd(','), documentOptions: new JsonDocumentOptions())!.AsObject();

    static BrokenInputCorpusTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
