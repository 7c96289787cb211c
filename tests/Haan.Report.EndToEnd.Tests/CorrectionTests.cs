using System.Text.Json;
using UglyToad.PdfPig;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// Publishing a correction (issue 8): the diff of two versions lists exactly the changed SGB II count's indicators,
/// the new PDF carries an Änderungsprotokoll, published versions are never changed, writing is atomic and the same
/// inputs give the same bytes.
/// </summary>
public sealed class CorrectionTests(CorrectionFixture fixture) : IClassFixture<CorrectionFixture>
{
    [Fact]
    public void Both_versions_are_published_side_by_side()
    {
        Assert.True(fixture.First.ExitCode == 0, fixture.First.Error);
        Assert.True(fixture.Second.ExitCode == 0, fixture.Second.Error);
        foreach (var version in new[] { "1.0.0", "1.0.1" })
        {
            var names = Directory.GetFiles(fixture.Folder(version)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(
            [
                "manifest.json",
                $"sozialbericht-haan-2023-v{version}-indikatoren.csv",
                $"sozialbericht-haan-2023-v{version}-indikatoren.xlsx",
                $"sozialbericht-haan-2023-v{version}.md",
                $"sozialbericht-haan-2023-v{version}.pdf",
            ], names);
        }

        Assert.Contains("Erste Version", fixture.First.Output, StringComparison.Ordinal);
        // Plain progress lines when the output is not a terminal: every chapter with its figures and tables.
        var chapters = System.Text.RegularExpressions.Regex.Matches(System.IO.File.ReadAllText(Path.Combine(fixture.Templates, "bericht.json")), "\"kapitel/").Count;
        Assert.Contains($"Kapitel 1/{chapters}: kapitel/", fixture.First.Output, StringComparison.Ordinal);
        Assert.Matches(@"Kapitel \d+/\d+: kapitel/05-armut\.md – [1-9]\d* Abbildung\(en\), \d+ Tabelle\(n\)", fixture.First.Output);
        Assert.Contains($"Kapitel {chapters + 1}/{chapters + 1}: aenderungsprotokoll (erzeugt)", fixture.Second.Output, StringComparison.Ordinal);
        Assert.Contains("Änderungsprotokoll gegenüber Version 1.0.0", fixture.Second.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(Path.Combine(fixture.Output, "2023"), ".*"));
    }

    [Fact]
    public void Diff_lists_exactly_the_changed_count_and_every_indicator_derived_from_it()
    {
        var result = CommandLineRunner.Run("diff", "--alt", fixture.Folder("1.0.0"), "--neu", fixture.Folder("1.0.1"));

        Assert.True(result.ExitCode == 0, result.Error);
        var derived = IndicatorsDerivedFrom("sgb2_lb");
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd()).ToList();
        var valueLines = lines.SkipWhile(l => !l.StartsWith("Geänderte Werte", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => l.Length > 0).ToList();

        // Every listed value is one of the derived indicators in the changed year …
        Assert.NotEmpty(valueLines);
        foreach (var line in valueLines)
        {
            Assert.Contains($"· {CorrectionFixture.Year}:", line, StringComparison.Ordinal);
            Assert.Contains(derived, id => line.Contains($"[{id}]", StringComparison.Ordinal));
        }

        // … and the changed Sozialraum's cells of the directly derived quotas and of the index are all there, old → new.
        var oldValues = PublishedValues(fixture.Folder("1.0.0"));
        var newValues = PublishedValues(fixture.Folder("1.0.1"));
        foreach (var id in new[] { "sgb2_quote", "mindestsicherung", "sozialindex" })
        {
            var key = (id, CorrectionFixture.Area, CorrectionFixture.Year);
            Assert.NotEqual(oldValues[key], newValues[key]);
            Assert.Contains(valueLines, l => l.Contains($"[{id}]", StringComparison.Ordinal)
                && l.Contains($"[{CorrectionFixture.Area}]", StringComparison.Ordinal)
                && l.EndsWith($"{oldValues[key]} → {newValues[key]}", StringComparison.Ordinal));
        }

        // Exactly the cells whose published text differs, nothing else.
        var changedCells = newValues.Where(kv => !string.Equals(oldValues[kv.Key], kv.Value, StringComparison.Ordinal)).ToList();
        Assert.Equal(changedCells.Count, valueLines.Count);
        Assert.Contains("data/sgb2.csv", result.Output, StringComparison.Ordinal);
        Assert.Contains("Geänderte Sätze", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void New_pdf_has_an_Aenderungsprotokoll_with_the_changed_values()
    {
        var pdf = Directory.GetFiles(fixture.Folder("1.0.1"), "*.pdf").Single();
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        var start = pages.FindIndex(p => p.Contains("Änderungsprotokoll Diese Version 1.0.1 ersetzt die Version 1.0.0", StringComparison.Ordinal));
        Assert.True(start > 0, "Änderungsprotokoll not found");
        var log = string.Join(" ", pages.Skip(start));

        var oldValues = PublishedValues(fixture.Folder("1.0.0"));
        var newValues = PublishedValues(fixture.Folder("1.0.1"));
        var key = ("sgb2_quote", CorrectionFixture.Area, CorrectionFixture.Year);
        Assert.Contains($"SGB II-Quote", log, StringComparison.Ordinal);
        Assert.Contains($"2021 {oldValues[key]} {newValues[key]}", log, StringComparison.Ordinal);
        Assert.Contains("data/sgb2.csv", log, StringComparison.Ordinal);
        Assert.Contains("Version 1.0.1", pages[0], StringComparison.Ordinal);          // title page
        Assert.Contains("Version 1.0.1", document.Information.Subject, StringComparison.Ordinal); // PDF metadata
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Contains(bookmarks.Roots, b => b.Title.Contains("Änderungsprotokoll", StringComparison.Ordinal));

        using var first = PdfDocument.Open(Directory.GetFiles(fixture.Folder("1.0.0"), "*.pdf").Single());
        Assert.DoesNotContain(first.GetPages(), p => p.Text.Contains("Änderungsprotokoll", StringComparison.Ordinal));
    }

    [Fact]
    public void Building_a_published_version_from_other_inputs_is_refused_and_changes_nothing()
    {
        var templates = fixture.NewFolder("templates-1.0.0-again");
        RepositoryPaths.CopyDirectory(fixture.Templates, templates);
        CorrectionFixture.SetVersion(templates, "1.0.0"); // the corrected data under the old version number
        var before = CorrectionFixture.State(fixture.Output);

        var result = CommandLineRunner.Run("build", "--data", fixture.Data, "--templates", templates, "--out", fixture.Output);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("Version 1.0.0 ist bereits veröffentlicht", result.Error, StringComparison.Ordinal);
        Assert.Contains("data/sgb2.csv", result.Error, StringComparison.Ordinal);
        Assert.Contains("erhöhen Sie „version“", result.Error, StringComparison.Ordinal);
        Assert.Contains("build --entwurf", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, CorrectionFixture.State(fixture.Output));
    }

    [Fact]
    public void Rebuilding_a_published_version_with_the_same_inputs_reports_unchanged_and_touches_nothing()
    {
        var before = CorrectionFixture.State(fixture.Output);

        var result = CommandLineRunner.Run("build", "--data", fixture.Data, "--templates", fixture.Templates, "--out", fixture.Output);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("unverändert", result.Output, StringComparison.Ordinal);
        Assert.Equal(before, CorrectionFixture.State(fixture.Output));
    }

    [Fact]
    public void Same_version_from_same_inputs_gives_byte_identical_files()
    {
        var output = fixture.NewFolder("output-again");
        var data = fixture.NewFolder("data-1.0.0");
        RepositoryPaths.CopyDirectory(RepositoryPaths.Data, data);
        var templates = fixture.NewFolder("templates-1.0.0");
        RepositoryPaths.CopyDirectory(RepositoryPaths.Templates, templates);
        CorrectionFixture.SetVersion(templates, "1.0.0");

        var result = CommandLineRunner.Run("build", "--quiet", "--data", data, "--templates", templates, "--out", output);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("", result.Output);
        var expected = CorrectionFixture.State(fixture.Folder("1.0.0")).ToDictionary(kv => kv.Key, kv => kv.Value.Hash, StringComparer.Ordinal);
        var actual = CorrectionFixture.State(Path.Combine(output, "2023", "v1.0.0")).ToDictionary(kv => kv.Key, kv => kv.Value.Hash, StringComparer.Ordinal);
        Assert.Equal(expected, actual); // PDF, Markdown, CSV, XLSX and manifest
    }

    [Fact]
    public void Failed_publish_leaves_no_partial_files_and_earlier_versions_untouched()
    {
        var templates = fixture.NewFolder("templates-1.0.2");
        RepositoryPaths.CopyDirectory(fixture.Templates, templates);
        CorrectionFixture.SetVersion(templates, "1.0.2");
        var year = Path.Combine(fixture.Output, "2023");
        // A file where the version folder should go makes the final rename fail after every file was written.
        File.WriteAllText(Path.Combine(year, "v1.0.2"), "blockiert");
        // Left-over of a killed build (process id that cannot exist): removed, never read as a version.
        var abandoned = Directory.CreateDirectory(Path.Combine(year, ".v1.0.2.2147483647.0123456789abcdef.tmp")).FullName;
        File.WriteAllText(Path.Combine(abandoned, "sozialbericht-haan-2023-v1.0.2.pdf"), "%PDF-1.7 abgebrochen");
        var before = CorrectionFixture.State(fixture.Folder("1.0.0")).Concat(CorrectionFixture.State(fixture.Folder("1.0.1"))).ToList();
        try
        {
            var result = CommandLineRunner.Run("build", "--data", fixture.Data, "--templates", templates, "--out", fixture.Output);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("Es wurden keine Dateien angelegt", result.Error, StringComparison.Ordinal);
            Assert.Empty(Directory.GetDirectories(year, ".*"));
            Assert.Equal(["intern", "v1.0.0", "v1.0.1"], Directory.GetDirectories(year).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(before, CorrectionFixture.State(fixture.Folder("1.0.0")).Concat(CorrectionFixture.State(fixture.Folder("1.0.1"))).ToList());
        }
        finally
        {
            File.Delete(Path.Combine(year, "v1.0.2"));
        }
    }

    [Fact]
    public void Draft_is_replaced_on_every_build_and_never_touches_published_versions()
    {
        var templates = fixture.NewFolder("templates-draft");
        RepositoryPaths.CopyDirectory(fixture.Templates, templates);
        CorrectionFixture.SetVersion(templates, "1.0.0"); // would be refused without --entwurf
        var published = CorrectionFixture.State(Path.Combine(fixture.Output, "2023", "v1.0.0"));
        var draft = Path.Combine(fixture.Output, "2023", "entwurf");

        var first = CommandLineRunner.Run("build", "--entwurf", "--data", fixture.Data, "--templates", templates, "--out", fixture.Output);
        System.IO.File.AppendAllText(Path.Combine(templates, "kapitel", "01-vorwort.md"), "\nEin neuer Satz im Entwurf.\n");
        var second = CommandLineRunner.Run("build", "--entwurf", "--data", fixture.Data, "--templates", templates, "--out", fixture.Output);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("Entwurf erstellt", second.Output, StringComparison.Ordinal);
        Assert.Contains("Ein neuer Satz im Entwurf.", System.IO.File.ReadAllText(Directory.GetFiles(draft, "*.md").Single()), StringComparison.Ordinal);
        Assert.Equal(5, Directory.GetFiles(draft).Length);
        Assert.Equal(published, CorrectionFixture.State(Path.Combine(fixture.Output, "2023", "v1.0.0")));
        Assert.Empty(Directory.GetDirectories(Path.Combine(fixture.Output, "2023"), ".*"));
        Directory.Delete(draft, recursive: true);
    }

    private static Dictionary<(string Indicator, string Area, int Year), string> PublishedValues(string folder)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
        return manifest.RootElement.GetProperty("werte").EnumerateArray().ToDictionary(
            v => (v.GetProperty("indikator").GetString()!, v.GetProperty("gebiet").GetString()!, v.GetProperty("jahr").GetInt32()),
            v => v.GetProperty("wert").GetString()!);
    }

    /// <summary>Indicators whose numerator or denominator uses the count, and composites built from those (read from the catalogue).</summary>
    private static HashSet<string> IndicatorsDerivedFrom(string count)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Data, "indikatoren.csv"));
        var header = lines[0].Split(';');
        int Column(string name) => Array.IndexOf(header, name);
        var rows = lines.Skip(1).Select(l => l.Split(';')).ToList();
        static IEnumerable<string> Tokens(string expression) =>
            System.Text.RegularExpressions.Regex.Matches(expression, "[a-z0-9_]+").Select(m => m.Value);

        var derived = rows.Where(r => r[Column("Art")] != "Komposit"
                && Tokens(r[Column("Zaehler")] + " " + r[Column("Nenner")]).Contains(count))
            .Select(r => r[Column("Id")]).ToHashSet(StringComparer.Ordinal);
        foreach (var composite in rows.Where(r => r[Column("Art")] == "Komposit"))
        {
            if (Tokens(composite[Column("Zaehler")]).Any(derived.Contains))
            {
                derived.Add(composite[Column("Id")]);
            }
        }

        return derived;
    }
}
