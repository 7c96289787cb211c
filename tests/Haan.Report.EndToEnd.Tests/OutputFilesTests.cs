using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>The files of a version folder besides the PDF: indicator tables (CSV, XLSX) and manifest.json.</summary>
public sealed class OutputFilesTests(ReportBuildFixture report) : IClassFixture<ReportBuildFixture>
{
    private string Folder => Path.GetDirectoryName(Assert.Single(report.PdfFiles))!;

    private string File(string suffix) => Directory.GetFiles(Folder).Single(f => f.EndsWith(suffix, StringComparison.Ordinal));

    private List<string[]> CsvRows()
    {
        var bytes = System.IO.File.ReadAllBytes(File("-indikatoren.csv"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]); // BOM: Excel reads UTF-8 umlauts correctly
        var text = Encoding.UTF8.GetString(bytes[3..]);
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(';')).ToList();
    }

    [Fact]
    public void Csv_is_German_Excel_format_with_one_row_per_published_cell()
    {
        var rows = CsvRows();

        Assert.Equal(["Indikator-ID", "Indikator", "Thema", "Einheit", "Gebiet-ID", "Gebiet", "Jahr", "Wert", "Anzeige", "Status", "Datenart", "Veränderung zum Vorjahr", "Veränderung über 4 Jahre", "Index (Stadt = 100)", "Rang"], rows[0]);
        Assert.All(rows, r => Assert.Equal(15, r.Length));
        var quota = rows.Single(r => r[0] == "sgb2_quote" && r[4] == "STADT" && r[6] == "2023");
        Assert.Matches(@"^\d+,\d$", quota[7]);              // decimal comma, one decimal as in the catalogue
        Assert.Equal(quota[7], quota[8]);
        var population = rows.Single(r => r[0] == "bev" && r[4] == "STADT" && r[6] == "2023");
        Assert.Matches(@"^\d{5}$", population[7]);          // no thousands separator in the value column …
        Assert.Matches(@"^\d{2}\.\d{3}$", population[8]);   // … but in the display column, as printed
    }

    [Fact]
    public void Csv_never_contains_a_value_of_a_cell_the_report_does_not_show()
    {
        var hidden = CsvRows().Skip(1).Where(r => r[9] is not ("veröffentlicht" or "eingeschränkte Aussagekraft")).ToList();

        Assert.NotEmpty(hidden);
        Assert.All(hidden, r =>
        {
            Assert.Equal(string.Empty, r[7]);
            Assert.Contains(r[8], new[] { ".", "x", "…" }); // „…“ = Angabe liegt nicht vor
        });
    }

    [Fact]
    public void Csv_marks_synthetic_values_and_publishes_change_index_and_rank()
    {
        var rows = CsvRows();
        var header = rows[0];
        Assert.Equal(["Datenart", "Veränderung zum Vorjahr", "Veränderung über 4 Jahre", "Index (Stadt = 100)", "Rang"], header[10..15]);

        var sgb2 = rows.Single(r => r[0] == "sgb2_quote" && r[4] == "SR02" && r[6] == "2023");
        Assert.Equal("Demonstrationsdaten", sgb2[10]);
        Assert.Matches(@"^[+-]?\d+,\d$", sgb2[11]);
        Assert.Matches(@"^\d+$", sgb2[13]);
        Assert.Matches(@"^\d von 7$", sgb2[14]);
        var bevTown = rows.Single(r => r[0] == "bev" && r[4] == "STADT" && r[6] == "2023");
        Assert.Equal("Demonstrationsdaten", bevTown[10]);
        Assert.Contains(rows.Skip(1), r => r[0] == "ladepunkte_je_1000_hh" && r[10] == "Demonstrationsdaten"); // real points over synthetic households
        Assert.All(rows.Skip(1).Where(r => r[9] is not ("veröffentlicht" or "eingeschränkte Aussagekraft")), r =>
        {
            Assert.Equal(".", r[11]); // no change of a cell the report does not show
            Assert.Equal(".", r[12]);
        });
    }

    [Fact]
    public void Xlsx_opens_and_holds_the_same_cells_as_numbers()
    {
        var rows = CsvRows();
        using var workbook = new XLWorkbook(File("-indikatoren.xlsx"));
        var sheet = workbook.Worksheet("Indikatoren");

        Assert.Equal(rows.Count, sheet.LastRowUsed().RowNumber());
        var index = rows.FindIndex(r => r[0] == "sgb2_quote" && r[4] == "STADT" && r[6] == "2023");
        var cell = sheet.Cell(index + 1, 8);
        Assert.Equal(XLDataType.Number, cell.DataType);
        Assert.Equal(double.Parse(rows[index][7].Replace(',', '.'), CultureInfo.InvariantCulture), cell.GetDouble(), 6);
        Assert.Equal("sgb2_quote", sheet.Cell(index + 1, 1).GetString());
    }

    [Fact]
    public void Manifest_lists_inputs_outputs_source_commit_and_published_values()
    {
        using var manifest = JsonDocument.Parse(System.IO.File.ReadAllBytes(Path.Combine(Folder, "manifest.json")));
        var root = manifest.RootElement;

        Assert.Equal("1.0.0", root.GetProperty("version").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("programmversion").GetString()));
        var inputs = root.GetProperty("eingaben").EnumerateArray()
            .ToDictionary(e => e.GetProperty("datei").GetString()!, e => e.GetProperty("sha256").GetString()!, StringComparer.Ordinal);
        foreach (var file in new[] { "data/sgb2.csv", "data/indikatoren.csv", "templates/bericht.json", "templates/kapitel/05-armut.md", "templates/fonts/NotoSans-Regular.ttf" })
        {
            var onDisk = Path.Combine(RepositoryPaths.Root, file);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(System.IO.File.ReadAllBytes(onDisk))), inputs[file]);
        }

        Assert.Equal(Directory.GetFiles(RepositoryPaths.Data).Length + Directory.GetFiles(RepositoryPaths.Templates, "*", SearchOption.AllDirectories).Length, inputs.Count);
        var outputs = root.GetProperty("ausgaben").EnumerateArray().ToDictionary(e => e.GetProperty("datei").GetString()!, e => e.GetProperty("sha256").GetString()!);
        // PDF, Markdown, CSV, XLSX and the figure list (no PNGs without --abbildungen), plus the web edition (html/)
        // and the KomMonitor export (kommonitor/)
        static bool Extra(string k) => k.StartsWith("html/", StringComparison.Ordinal) || k.StartsWith("kommonitor/", StringComparison.Ordinal);
        Assert.Equal(5, outputs.Keys.Count(k => !Extra(k)));
        Assert.Equal(Directory.GetFiles(Path.Combine(Folder, "html"), "*", SearchOption.AllDirectories).Length, outputs.Keys.Count(k => k.StartsWith("html/", StringComparison.Ordinal)));
        Assert.Equal(Directory.GetFiles(Path.Combine(Folder, "kommonitor")).Length, outputs.Keys.Count(k => k.StartsWith("kommonitor/", StringComparison.Ordinal)));
        Assert.Contains("abbildungen/abbildungen.csv", outputs.Keys);
        foreach (var (name, hash) in outputs)
        {
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(System.IO.File.ReadAllBytes(Path.Combine(Folder, name)))), hash);
        }

        var values = root.GetProperty("werte").EnumerateArray().ToList();
        Assert.Equal(CsvRows().Count - 1, values.Count);
        Assert.Contains(values, v => v.GetProperty("indikator").GetString() == "sgb2_quote" && v.GetProperty("gebiet").GetString() == "STADT"
            && v.GetProperty("jahr").GetInt32() == 2023 && v.GetProperty("status").GetString() == "Published");

        // The templates live in this Git repository: the commit comes from .git (HEAD may have moved on since, so it is
        // checked against the reflog of HEAD, which lists every commit HEAD pointed to).
        var commit = root.GetProperty("quellcommit").GetString();
        Assert.NotNull(commit);
        Assert.Matches("^[0-9a-f]{40}$", commit);
        var reflog = Path.Combine(RepositoryPaths.Root, ".git", "logs", "HEAD");
        if (System.IO.File.Exists(reflog))
        {
            Assert.Contains(commit, System.IO.File.ReadAllText(reflog), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Templates_outside_a_repository_have_no_source_commit()
    {
        using var temp = new TempFolder();
        var templates = temp.Combine("templates");
        RepositoryPaths.CopyDirectory(RepositoryPaths.Templates, templates);

        // Only the commit lookup is under test here, not a whole build.
        Assert.Null(Haan.Report.Composition.Publishing.SourceCommit.Find(templates));
        Assert.Matches("^[0-9a-f]{40}$", Haan.Report.Composition.Publishing.SourceCommit.Find(RepositoryPaths.Templates) ?? string.Empty);
    }
}
