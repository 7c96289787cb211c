using System.Globalization;
using System.IO.Compression;
using System.Text;
using Haan.Report.Data.Text;
using Haan.Report.Testing;

namespace Haan.Report.Data.Tests;

/// <summary>
/// KomMonitor downloads as input, with fixtures written from the KomMonitor web client's format (notes §1): `;`, CRLF,
/// UTF-8 without BOM, German display numbers with thousands points, `NoData`, one column per date, validity records.
/// The values they feed equal those of the CSV they replace.
/// </summary>
public sealed class KomMonitorInputTests
{
    private static readonly int[] Years = [2019, 2020, 2021, 2022, 2023];

    /// <summary>haushalte.csv values: (year, area) → households.</summary>
    private static Dictionary<(int Year, string Area), int> Households(string dir) =>
        TestData.Read(dir, "haushalte.csv").Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(';'))
            .ToDictionary(f => (int.Parse(f[0], CultureInfo.InvariantCulture), f[1]), f => int.Parse(f[2], CultureInfo.InvariantCulture));

    private static string Display(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture).Replace(',', ' ').Replace('.', ',').Replace(' ', '.');

    /// <summary>
    /// A KomMonitor CSV download of the households: a date column not mapped (2018-12-31, all NoData), and for SR01 an
    /// outdated record (boundary before 2019) with other values before the current one.
    /// </summary>
    private static string CsvDownload(Dictionary<(int Year, string Area), int> values, Func<int, string>? format = null)
    {
        format ??= v => Display(v);
        var areas = values.Keys.Select(k => k.Area).Distinct().Order(StringComparer.Ordinal).ToList();
        var sb = new StringBuilder("ID;NAME;arisenFrom;2018-12-31;" + string.Join(";", Years.Select(y => $"{y}-12-31")) + ";validFrom;validTo\r\n");
        sb.Append("SR01;Gruiten (alt);;NoData;" + string.Join(";", Years.Select(_ => "9.999")) + ";2010-01-01;2018-12-31\r\n");
        foreach (var area in areas)
        {
            sb.Append(area).Append(';').Append("Gebiet ").Append(area).Append(";;NoData;")
                .Append(string.Join(";", Years.Select(y => format(values[(y, area)])))).Append(";2019-01-01;\r\n");
        }

        sb.Append("STADT;Stadt insgesamt;;NoData;" + string.Join(";", Years.Select(_ => "12.345")) + ";2019-01-01;\r\n");
        return sb.ToString();
    }

    private static string GeoJsonDownload(Dictionary<(int Year, string Area), int> values)
    {
        var features = values.Keys.Select(k => k.Area).Distinct().Order(StringComparer.Ordinal).Select(area =>
            "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"ID\":\"" + area + "\",\"NAME\":\"Gebiet " + area + "\",\"arisenFrom\":null,"
            + "\"validStartDate\":\"2019-01-01\",\"validEndDate\":null,\"DATE_2018-12-31\":null,"
            + string.Join(",", Years.Select(y => $"\"DATE_{y}-12-31\":{values[(y, area)].ToString(CultureInfo.InvariantCulture)}.0")) + "}}");
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + string.Join(",\n", features) + "\n]}";
    }

    private static void WriteMapping(string dir, string download)
    {
        var lines = new List<string> { "art;kommonitor;ziel", $"indikator;{download};haushalte.csv:haushalte" };
        lines.AddRange(Years.Select(y => $"datum;{y}-12-31;{y}"));
        lines.AddRange(Enumerable.Range(1, 7).Select(i => $"gebiet;SR0{i};SR0{i}"));
        Directory.CreateDirectory(Path.Combine(dir, "kommonitor"));
        File.WriteAllText(Path.Combine(dir, "kommonitor", "zuordnung.csv"), string.Join("\n", lines) + "\n", new UTF8Encoding(false));
    }

    /// <summary>The households column of haushalte.csv set to 0 (then haushalte_mit_kindern ≤ haushalte fails unless KomMonitor supplies it).</summary>
    private static void BlankHouseholds(string dir)
    {
        var lines = TestData.Read(dir, "haushalte.csv").Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length > 0)
            {
                var f = lines[i].Split(';');
                f[2] = "0";
                lines[i] = string.Join(';', f);
            }
        }

        TestData.Write(dir, "haushalte.csv", string.Join('\n', lines));
    }

    private static void AssertSameHouseholds(DataLoadResult result)
    {
        Assert.True(result.Data is not null, TestData.Dump(result));
        Assert.Equal(TestData.Load(TestData.GeneratedDirectory).Data!.Households, result.Data.Households);
    }

    [Fact]
    public void A_zip_download_feeds_the_same_values_as_the_csv()
    {
        var dir = TestData.Copy();
        var values = Households(dir);
        Assert.Contains(values.Values, v => v >= 1000); // the fixture has thousands points
        BlankHouseholds(dir);
        const string name = "Haushalte_Sozialräume_2023-12-31";
        Directory.CreateDirectory(Path.Combine(dir, "kommonitor"));
        using (var zip = ZipFile.Open(Path.Combine(dir, "kommonitor", name + ".zip"), ZipArchiveMode.Create))
        {
            using (var writer = new StreamWriter(zip.CreateEntry(name + ".csv").Open(), new UTF8Encoding(false)))
            {
                writer.Write(CsvDownload(values));
            }

            using var pdf = zip.CreateEntry(name + "_Metadata.pdf").Open();
            pdf.Write("%PDF-1.4\n"u8);
        }

        WriteMapping(dir, name + ".zip");
        AssertSameHouseholds(TestData.Load(dir));
    }

    [Fact]
    public void A_csv_download_feeds_the_same_values_as_the_csv()
    {
        var dir = TestData.Copy();
        var values = Households(dir);
        BlankHouseholds(dir);
        Directory.CreateDirectory(Path.Combine(dir, "kommonitor"));
        File.WriteAllText(Path.Combine(dir, "kommonitor", "haushalte.csv"), CsvDownload(values), new UTF8Encoding(false));
        WriteMapping(dir, "haushalte.csv");
        AssertSameHouseholds(TestData.Load(dir));
    }

    [Fact]
    public void A_geojson_download_feeds_the_same_values_as_the_csv()
    {
        var dir = TestData.Copy();
        var values = Households(dir);
        BlankHouseholds(dir);
        Directory.CreateDirectory(Path.Combine(dir, "kommonitor"));
        File.WriteAllText(Path.Combine(dir, "kommonitor", "haushalte.geojson"), GeoJsonDownload(values), new UTF8Encoding(false));
        WriteMapping(dir, "haushalte.geojson");
        AssertSameHouseholds(TestData.Load(dir));
    }

    [Fact]
    public void Without_the_download_the_blanked_column_fails()
    {
        var dir = TestData.Copy();
        BlankHouseholds(dir);
        ProblemAssert.Has(TestData.Load(dir).Problems, nameof(DataMessages.PartGreaterThanWhole), "haushalte_mit_kindern");
    }

    [Fact]
    public void A_rounded_or_percent_value_for_a_count_is_an_error_with_file_line_and_column()
    {
        var dir = TestData.Copy();
        var values = Households(dir);
        Directory.CreateDirectory(Path.Combine(dir, "kommonitor"));
        var text = CsvDownload(values, v => Display(v + 0.5m));
        File.WriteAllText(Path.Combine(dir, "kommonitor", "haushalte.csv"), text, new UTF8Encoding(false));
        WriteMapping(dir, "haushalte.csv");

        var result = TestData.Load(dir);

        Assert.Null(result.Data);
        var sr01 = values[(2019, "SR01")];
        var p = ProblemAssert.HasAt(result.Problems, nameof(DataMessages.KomMonitorRounded), "data/kommonitor/haushalte.csv", 3);
        Assert.Equal([Display(sr01 + 0.5m), "haushalte.csv", "haushalte"], p.Arguments);
        Assert.Equal("2019-12-31", p.Location?.ColumnName);
    }

    [Fact]
    public void NoData_on_a_mapped_date_is_an_error()
    {
        var dir = TestData.Copy();
        var values = Households(dir);
        Directory.CreateDirectory(Path.Combine(dir, "kommonitor"));
        var text = CsvDownload(values).Replace("SR04;Gebiet SR04;;NoData;" + Display(values[(2019, "SR04")]), "SR04;Gebiet SR04;;NoData;NoData", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir, "kommonitor", "haushalte.csv"), text, new UTF8Encoding(false));
        WriteMapping(dir, "haushalte.csv");

        var p = ProblemAssert.Has(TestData.Load(dir).Problems, nameof(DataMessages.KomMonitorNoData), "SR04", "2019-12-31");
        Assert.Equal(("data/kommonitor/haushalte.csv", 6), (p.Location?.File, p.Location?.Line));
    }
}
