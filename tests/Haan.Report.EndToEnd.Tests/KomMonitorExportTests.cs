using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// The KomMonitor export of the demo version: importer-ready CSV per indicator with exactly the published values (an
/// empty cell wherever the report shows none, so no suppressed value), the dry-run request body, metadata and the
/// Sozialräume as spatial units.
/// </summary>
public sealed class KomMonitorExportTests(ReportBuildFixture report) : IClassFixture<ReportBuildFixture>
{
    private string Version => Path.GetDirectoryName(Assert.Single(report.PdfFiles))!;

    private string Export => Path.Combine(Version, "kommonitor");

    [Fact]
    public void Every_csv_cell_is_the_published_value_or_empty_and_never_a_suppressed_one()
    {
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Version, "manifest.json"))).RootElement;
        var published = manifest.GetProperty("werte").EnumerateArray().ToDictionary(
            v => (v.GetProperty("indikator").GetString()!, v.GetProperty("gebiet").GetString()!, v.GetProperty("jahr").GetInt32()),
            v => (Display: v.GetProperty("wert").GetString()!, Status: v.GetProperty("status").GetString()!));
        var csvFiles = Directory.GetFiles(Export, "*_sozialraeume.csv").Order(StringComparer.Ordinal).ToList();
        Assert.True(csvFiles.Count > 20, $"{csvFiles.Count.ToString(CultureInfo.InvariantCulture)} Indikatoren");

        var filled = 0;
        var empty = 0;
        
        foreach (var file in csvFiles)
        {
            var bytes = File.ReadAllBytes(file);
            Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()), file + ": UTF-8 mit BOM");
            var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            var header = lines[0].Split(';');
            Assert.Equal(["ID", "NAME", "2019-12-31", "2020-12-31", "2021-12-31", "2022-12-31", "2023-12-31"], header);
            Assert.Equal(8, lines.Length);
            var indicator = Path.GetFileName(file)[..^"_sozialraeume.csv".Length];
            foreach (var line in lines.Skip(1))
            {
                var fields = line.Split(';');
                for (var c = 2; c < header.Length; c++)
                {
                    var (display, status) = published[(indicator, fields[0], int.Parse(header[c][..4], CultureInfo.InvariantCulture))];
                    if (status is "Published" or "LowReliability")
                    {
                        var expected = display == "–" ? 0 : double.Parse(display.Trim('(', ')').Replace(".", "", StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture);
                        Assert.Equal(expected, double.Parse(fields[c], NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
                        Assert.DoesNotContain(",", fields[c], StringComparison.Ordinal);
                        filled++;
                    }
                    else
                    {
                        Assert.Equal(string.Empty, fields[c]);
                        empty++;
                    }
                }
            }
        }

        Assert.True(filled > 500 && empty > 0, $"{filled.ToString(CultureInfo.InvariantCulture)} Werte, {empty.ToString(CultureInfo.InvariantCulture)} leer");
    }

    [Fact]
    public void The_request_body_is_a_dry_run_that_keeps_missing_values_and_maps_every_date_column()
    {
        var body = JsonDocument.Parse(File.ReadAllText(Path.Combine(Export, "sgb2_quote_import.json"))).RootElement;
        Assert.True(body.GetProperty("dryRun").GetBoolean());
        Assert.Equal("sgb2_quote_sozialraeume.csv", body.GetProperty("dataSource").GetProperty("parameters")[0].GetProperty("value").GetString());
        var converter = body.GetProperty("converter");
        Assert.Equal(("Tabelle_Zeitreihe_zu_Indikator", "manual", "UTF-8"),
            (converter.GetProperty("name").GetString(), converter.GetProperty("encodingMethod").GetString(), converter.GetProperty("encoding").GetString()));
        Assert.Equal(";", converter.GetProperty("parameters")[0].GetProperty("value").GetString());
        var mapping = body.GetProperty("propertyMapping");
        Assert.True(mapping.GetProperty("keepMissingOrNullValueIndicator").GetBoolean());
        Assert.Equal("ID", mapping.GetProperty("spatialReferenceKeyProperty").GetString());
        Assert.Equal(["2019-12-31", "2020-12-31", "2021-12-31", "2022-12-31", "2023-12-31"],
            mapping.GetProperty("timeseriesMappings").EnumerateArray().Select(m => m.GetProperty("timestamp").GetString()));

        var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(Export, "sgb2_quote_metadaten.json"))).RootElement;
        Assert.Equal(("STATUS_RELATIVE", 1, "%"), (metadata.GetProperty("indicatorType").GetString(), metadata.GetProperty("precision").GetInt32(), metadata.GetProperty("unit").GetString()));
        Assert.Contains("Demonstrationsdaten", metadata.GetProperty("metadata").GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_spatial_units_are_the_seven_areas_in_wgs84_and_every_file_is_in_the_manifest()
    {
        var units = JsonDocument.Parse(File.ReadAllText(Path.Combine(Export, "sozialraeume.geojson"))).RootElement;
        var features = units.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 7).Select(i => "SR0" + i.ToString(CultureInfo.InvariantCulture)), features.Select(f => f.GetProperty("properties").GetProperty("ID").GetString()));
        var points = features.SelectMany(f => f.GetProperty("geometry").GetProperty("coordinates").EnumerateArray())
            .SelectMany(p => p.EnumerateArray()).SelectMany(r => r.EnumerateArray()).ToList();
        Assert.All(points, p => Assert.True(p[0].GetDouble() is > 6.9 and < 7.1 && p[1].GetDouble() is > 51.1 and < 51.25, p.ToString()));

        var outputs = JsonDocument.Parse(File.ReadAllText(Path.Combine(Version, "manifest.json"))).RootElement.GetProperty("ausgaben")
            .EnumerateArray().Select(o => o.GetProperty("datei").GetString()).ToHashSet();
        Assert.All(Directory.GetFiles(Export), f => Assert.Contains("kommonitor/" + Path.GetFileName(f), outputs));
    }
}
