using System.Globalization;
using System.Text;
using Haan.Report.Data.Text;
using Haan.Report.Testing;

namespace Haan.Report.Data.Tests;

/// <summary>A DUVA-style table export read by its mapping file (no code per layout): the values equal those of the CSV.</summary>
public sealed class DuvaTableInputTests
{
    private static readonly int[] Years = [2019, 2020, 2021, 2022, 2023];

    private static Dictionary<(int Year, string Area), int> Households(string dir) =>
        TestData.Read(dir, "haushalte.csv").Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';'))
            .ToDictionary(f => (int.Parse(f[0], CultureInfo.InvariantCulture), f[1]), f => int.Parse(f[2], CultureInfo.InvariantCulture));

    private static string German(int v) => v.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    private static void BlankHouseholds(string dir) =>
        TestData.Write(dir, "haushalte.csv", string.Join('\n', TestData.Read(dir, "haushalte.csv").Split('\n')
            .Select((l, i) => i == 0 || l.Length == 0 ? l : string.Join(';', l.Split(';').Select((f, c) => c == 2 ? "0" : f)))));

    /// <summary>Two title rows, wide layout (code;Gebiet;2019;…), Windows-1252, a town total row, an optional secret cell.</summary>
    private static void WriteWideExport(string dir, Dictionary<(int Year, string Area), int> values, (int Year, string Area)? secret = null)
    {
        var sb = new StringBuilder("Statistikstelle Haan – Privathaushalte nach Stadtbezirken\r\nStand: Melderegister, Auswertung DUVA\r\n");
        sb.Append("Bezirk;Bezeichnung;" + string.Join(";", Years.Select(y => "J" + y.ToString(CultureInfo.InvariantCulture))) + "\r\n");
        for (var i = 1; i <= 7; i++)
        {
            var area = $"SR0{i}";
            sb.Append($"0{i}0;Bezirk {i} (Süd/Nord);").Append(string.Join(";", Years.Select(y => secret == (y, area) ? "." : German(values[(y, area)])))).Append("\r\n");
        }

        sb.Append("999;Stadt Haan;" + string.Join(";", Years.Select(_ => "15.000")) + "\r\n");
        Directory.CreateDirectory(Path.Combine(dir, "duva"));
        File.WriteAllBytes(Path.Combine(dir, "duva", "haushalte_bezirke.csv"), CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(sb.ToString()));
        var mapping = new List<string>
        {
            "einstellung;wert;ziel", "kopfzeilen;2;", "format;breit;", "trennzeichen;semikolon;", "zeichensatz;windows-1252;", "fehlt;.;", "fehlt;-;", "fehlt;x;",
            "gebietsspalte;Bezirk;", "ziel;haushalte.csv:haushalte;",
        };
        mapping.AddRange(Years.Select(y => $"jahr;J{y};{y}"));
        mapping.AddRange(Enumerable.Range(1, 7).Select(i => $"gebiet;0{i}0;SR0{i}"));
        File.WriteAllText(Path.Combine(dir, "duva", "haushalte_bezirke.zuordnung.csv"), string.Join("\n", mapping) + "\n", new UTF8Encoding(false));
    }

    [Fact]
    public void A_wide_windows_1252_export_with_title_rows_feeds_the_same_values_as_the_csv()
    {
        var dir = TestData.Copy();
        var values = Households(dir);
        BlankHouseholds(dir);
        WriteWideExport(dir, values);
        var result = TestData.Load(dir);
        Assert.True(result.Data is not null, TestData.Dump(result));
        Assert.Equal(TestData.Load(TestData.GeneratedDirectory).Data!.Households, result.Data.Households);
    }

    [Fact]
    public void A_secret_symbol_is_missing_and_leaves_the_table_cell()
    {
        var dir = TestData.Copy();
        var values = Households(dir);
        WriteWideExport(dir, values, secret: (2021, "SR03"));
        TestData.SetField(dir, "haushalte.csv", TestData.LineWhere(dir, "haushalte.csv", l => l.StartsWith("2022;SR05;", StringComparison.Ordinal)), "haushalte", "0");
        var result = TestData.Load(dir);
        Assert.True(result.Data is not null, TestData.Dump(result));
        Assert.Equal(TestData.Load(TestData.GeneratedDirectory).Data!.Households, result.Data.Households);
    }

    [Fact]
    public void A_long_export_and_a_bad_number_name_file_line_and_column()
    {
        var dir = TestData.Copy();
        var values = Households(dir);
        Directory.CreateDirectory(Path.Combine(dir, "duva"));
        var rows = values.OrderBy(v => v.Key.Year).ThenBy(v => v.Key.Area, StringComparer.Ordinal)
            .Select(v => $"{v.Key.Area},{v.Key.Year.ToString(CultureInfo.InvariantCulture)},\"{(v.Key == (2020, "SR02") ? "zwölf" : German(v.Value))}\"");
        File.WriteAllText(Path.Combine(dir, "duva", "hh.csv"), "Gebiet,Jahr,Anzahl\n" + string.Join("\n", rows) + "\n", new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(dir, "duva", "hh.zuordnung.csv"),
            "einstellung;wert;ziel\nformat;lang;\ntrennzeichen;komma;\ngebietsspalte;Gebiet;\njahrspalte;Jahr;\nwertspalte;Anzahl;\nziel;haushalte.csv:haushalte;\n", new UTF8Encoding(false));
        var result = TestData.Load(dir);
        var p = ProblemAssert.Has(result.Problems, nameof(DataMessages.KomMonitorNotANumber), "zwölf");
        Assert.Equal(("data/duva/hh.csv", "Anzahl"), (p.Location?.File, p.Location?.ColumnName));
        Assert.Equal(2 + values.Keys.OrderBy(k => k.Year).ThenBy(k => k.Area, StringComparer.Ordinal).ToList().IndexOf((2020, "SR02")), p.Location?.Line);
    }

    [Fact]
    public void An_unknown_setting_is_reported()
    {
        var dir = TestData.Copy();
        Directory.CreateDirectory(Path.Combine(dir, "duva"));
        File.WriteAllText(Path.Combine(dir, "duva", "x.zuordnung.csv"), "einstellung;wert;ziel\nkopfzeile;2;\n", new UTF8Encoding(false));
        ProblemAssert.HasAt(TestData.Load(dir).Problems, nameof(DataMessages.DuvaUnknownSetting), "data/duva/x.zuordnung.csv", 2);
    }
}
