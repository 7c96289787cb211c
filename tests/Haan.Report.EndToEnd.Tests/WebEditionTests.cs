using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// The web edition of the demo report (<c>html/</c> in the version folder): every page passes the external browser
/// check (<c>../shared/tools/html-check/check.mjs</c>, axe-core in Debian's chromium), tables and figure data show the
/// PDF's numbers, the manifest lists every file, and screenshots at 360 and 1280 px are left for the reviewer.
/// </summary>
public sealed partial class WebEditionTests(ReportBuildFixture report) : IClassFixture<ReportBuildFixture>
{
    private static readonly string Checker = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "tools", "html-check", "check.mjs"));
    private static readonly string Chromium = Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";

    private string Html => Path.Combine(Path.GetDirectoryName(Assert.Single(report.PdfFiles))!, "html");

    private string[] Pages => [.. Directory.GetFiles(Html, "*.html").Order(StringComparer.Ordinal)];

    private string Page(string name) => File.ReadAllText(Path.Combine(Html, name));

    [Fact]
    public void Every_page_passes_the_browser_accessibility_check()
    {
        Assert.True(File.Exists(Checker), $"Prüfwerkzeug fehlt: {Checker}");
        Assert.True(Directory.Exists(Path.Combine(Path.GetDirectoryName(Checker)!, "node_modules")), "npm ci --prefix ../shared/tools/html-check fehlt (siehe .ci/run).");
        var (exit, output) = Run("node", [Checker, .. Pages]);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(exit == 0, output);
        Assert.Equal(Pages.Length, lines.Count(l => l.Contains(": ok (axe: 0 violation(s)", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_edition_has_a_start_page_chapters_profiles_and_appendix_pages()
    {
        var names = Pages.Select(Path.GetFileName).ToList();
        Assert.Contains("index.html", names);
        foreach (var page in new[] { "vorwort.html", "einleitung.html", "armut.html", "sozialindex.html", "profile.html", "anhang.html", "zeichen.html", "impressum.html" })
        {
            Assert.Contains(page, names);
        }

        Assert.Equal(7, names.Count(n => n!.StartsWith("profil-sr", StringComparison.Ordinal)));
        Assert.True(File.Exists(Path.Combine(Html, "bericht.css")));
        Assert.Equal(4, Directory.GetFiles(Path.Combine(Html, "schrift"), "*.ttf").Length);
        var index = Page("index.html");
        Assert.Contains("Das Wichtigste in Kürze", index, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"inhaltsverzeichnis\"", index, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_internal_link_points_to_an_existing_page_and_anchor()
    {
        var ids = Pages.ToDictionary(p => Path.GetFileName(p)!, p => IdPattern().Matches(File.ReadAllText(p)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var broken = new List<string>();
        foreach (var page in Pages)
        {
            foreach (Match link in HrefPattern().Matches(File.ReadAllText(page)))
            {
                var target = link.Groups[1].Value;
                if (target.StartsWith("../", StringComparison.Ordinal))
                {
                    if (!File.Exists(Path.Combine(Html, Uri.UnescapeDataString(target))))
                    {
                        broken.Add($"{Path.GetFileName(page)} → {target}");
                    }

                    continue;
                }

                if (target.EndsWith(".css", StringComparison.Ordinal))
                {
                    continue;
                }

                var parts = target.Split('#');
                var file = parts[0].Length == 0 ? Path.GetFileName(page)! : parts[0];
                if (!ids.TryGetValue(file, out var anchors) || (parts.Length > 1 && !anchors.Contains(parts[1])))
                {
                    broken.Add($"{Path.GetFileName(page)} → {target}");
                }
            }
        }

        Assert.True(broken.Count == 0, string.Join("\n", broken.Distinct().Take(20)));
    }

    [Fact]
    public void Every_figure_and_table_of_the_pdf_is_in_the_web_edition()
    {
        var pdfText = string.Join(" ", report.PageTexts);
        var pdfFigures = FigureCaption().Matches(pdfText).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var pdfTables = TableCaption().Matches(pdfText).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var web = string.Join("\n", Pages.Select(File.ReadAllText));
        var webFigures = WebFigureTitle().Matches(web).Select(m => m.Groups[1].Value).ToList();
        var webTables = WebTableCaption().Matches(web).Select(m => m.Groups[1].Value).ToList();

        Assert.True(pdfFigures.Count > 30, $"{pdfFigures.Count} Abbildungen im PDF");
        Assert.Equal(pdfFigures.Order(), webFigures.Order());
        Assert.Equal(pdfTables.Order(), webTables.Order());
        Assert.Equal(webFigures.Count, DataTables().Matches(web).Count);

        // the alt texts of the figure list are the SVGs' descriptions (there with the PDF's no-break spaces)
        var list = File.ReadAllLines(Directory.GetFiles(report.OutputFolder, "abbildungen.csv", SearchOption.AllDirectories).Single()).Skip(1).ToList();
        var descriptions = WebFigureDescription().Matches(web)
            .ToDictionary(m => m.Groups[1].Value, m => Spaces(System.Net.WebUtility.HtmlDecode(m.Groups[2].Value)), StringComparer.Ordinal);
        Assert.All(list, line => Assert.Equal(Spaces(line.Split("\";\"")[1]), descriptions[line.Split(';')[0]]));
    }

    [Fact]
    public void A_table_shows_the_same_numbers_as_the_pdf()
    {
        var rows = Rows(Section(Page("armut.html"), "<caption id=\"tab-sgb2-titel\">", "</table>"));
        Assert.Equal(8, rows.Count);
        var pdf = Squeeze(string.Join(" ", report.PageTexts));
        foreach (var row in rows)
        {
            // area name and every value in the order of the PDF's row (Sozialraum, 2023, changes, index, rank)
            Assert.Contains(Squeeze(string.Join(" ", row)), pdf, StringComparison.Ordinal);
        }

        Assert.Equal(["Stadt Haan", "7,9", "-0,6", "-0,3", "100", "–"], rows[^1]);
    }

    [Fact]
    public void A_figures_data_table_shows_the_numbers_drawn_in_the_pdf()
    {
        var page = Page("armut.html");
        var figure = Section(page, "<figure class=\"abbildung\" id=\"abb-sgb2-karte\">", "</details>");
        var rows = Rows(Section(figure, "<caption", "</table>"));
        var table = Rows(Section(page, "<caption id=\"tab-sgb2-titel\">", "</table>"));

        // the map's labels are the table's values (same published value set), and they are drawn on the PDF page
        var pdfPage = Squeeze(report.PageTexts.Single(t => t.Contains("Abbildung 6:", StringComparison.Ordinal)));
        Assert.Equal(8, rows.Count);
        Assert.Equal(table.Select(t => t[1]).Order(StringComparer.Ordinal), rows.Select(r => r[1].Replace("\u202F%", string.Empty, StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        foreach (var row in rows)
        {
            Assert.Contains(Squeeze(row[1]), pdfPage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_manifest_lists_every_file_of_the_web_edition_with_its_hash()
    {
        var version = Path.GetDirectoryName(Html)!;
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(version, "manifest.json")));
        var outputs = manifest.RootElement.GetProperty("ausgaben").EnumerateArray()
            .ToDictionary(o => o.GetProperty("datei").GetString()!, o => o.GetProperty("sha256").GetString()!, StringComparer.Ordinal);
        var files = Directory.GetFiles(Html, "*", SearchOption.AllDirectories);
        Assert.True(files.Length > 35, $"{files.Length} Dateien");
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(version, file).Replace('\\', '/');
            Assert.True(outputs.TryGetValue(name, out var hash), $"{name} fehlt im Manifest");
            Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))));
        }
    }

    [Fact]
    public void Two_builds_give_byte_identical_web_editions()
    {
        using var second = new TempFolder();
        var result = CommandLineRunner.Run("build", "--data", RepositoryPaths.Data, "--templates", RepositoryPaths.Templates, "--out", second.Path);
        Assert.Equal(0, result.ExitCode);
        var other = Path.Combine(second.Path, "2023", "v1.0.0", "html");
        var mine = Directory.GetFiles(Html, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Html, f)).Order(StringComparer.Ordinal).ToList();
        var theirs = Directory.GetFiles(other, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(other, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(mine, theirs);
        Assert.All(mine, f => Assert.True(File.ReadAllBytes(Path.Combine(Html, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(other, f))), f));
    }

    [Theory]
    [InlineData("index.html", 360)]
    [InlineData("index.html", 1280)]
    [InlineData("profil-sr03.html", 360)]
    [InlineData("profil-sr03.html", 1280)]
    public void Screenshots_for_the_reviewer(string page, int width)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "webausgabe-bildschirmfotos");
        Directory.CreateDirectory(folder);
        var png = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(page)}-{width}.png");
        File.Delete(png);
        var (exit, output) = Run(Chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", $"--window-size={width},3000",
            $"--screenshot={png}", new Uri(Path.Combine(Html, page)).AbsoluteUri]);
        Assert.True(exit == 0 && File.Exists(png), output);
        var header = File.ReadAllBytes(png).AsSpan(0, 24).ToArray();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], header[..4]);
        Assert.Equal(width, (header[16] << 24) | (header[17] << 16) | (header[18] << 8) | header[19]);
        Assert.True(new FileInfo(png).Length > 20_000, "Das Bildschirmfoto ist leer.");
    }

    private static (int Exit, string Output) Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static string Section(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"{start} fehlt");
        var to = html.IndexOf(end, from, StringComparison.Ordinal);
        return html[from..(to + end.Length)];
    }

    /// <summary>The body rows of a table as display texts (row heading first).</summary>
    private static List<string[]> Rows(string table) => [.. BodyRow().Matches(table[table.IndexOf("<tbody>", StringComparison.Ordinal)..])
        .Select(m => Cell().Matches(m.Value).Select(c => System.Net.WebUtility.HtmlDecode(c.Groups[1].Value)).ToArray())];

    /// <summary>Every kind of space as a plain space (the web text keeps the PDF's no-break spaces).</summary>
    private static string Spaces(string text) => Whitespace().Replace(text, " ");

    /// <summary>Text without any kind of space (the PDF's words and the HTML's no-break spaces differ).</summary>
    private static string Squeeze(string text) => Whitespace().Replace(text, string.Empty);

    [GeneratedRegex(@"\sid=""([^""]+)""")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"href=""([^""]+)""")]
    private static partial Regex HrefPattern();

    [GeneratedRegex(@"Abbildung (\d+):")]
    private static partial Regex FigureCaption();

    [GeneratedRegex(@"Tabelle (\d+):")]
    private static partial Regex TableCaption();

    [GeneratedRegex(@"<title id=""[^""]+"">Abbildung (\d+):")]
    private static partial Regex WebFigureTitle();

    [GeneratedRegex(@"<title id=""[^""]+"">Abbildung (\d+):[^<]*</title><desc id=""[^""]+"">([^<]*)</desc>")]
    private static partial Regex WebFigureDescription();

    [GeneratedRegex(@"<caption id=""[^""]+""><strong>Tabelle (\d+):</strong>")]
    private static partial Regex WebTableCaption();

    [GeneratedRegex(@"<details class=""daten""><summary>Daten zu Abbildung \d+</summary>")]
    private static partial Regex DataTables();

    [GeneratedRegex(@"<tr[^>]*>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex BodyRow();

    [GeneratedRegex(@"<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex(@"[\s\u00A0\u202F]+")]
    private static partial Regex Whitespace();
}
