using System.Globalization;
using Haan.Report.Data;
using Haan.Report.Indicators;
using Haan.Report.Indicators.Adapter;
using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Counts;
using Haan.Report.Indicators.Engine;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// The attacker's view of a vector figure: bar lengths and reference lines read from the PDF with PdfPig (the bars are
/// filled rectangles with ~6 significant digits). They must give back the published, rounded display values and
/// nothing more precise — with the published denominators, lengths from unrounded values gave exact numerators.
/// </summary>
public sealed class FigureGeometryTests(ReportBuildFixture report) : IClassFixture<ReportBuildFixture>
{
    // The bar charts of the demo report, all for the report year.
    private static readonly string[] BarIndicators = ["nef_quote_u15", "gsi_alter_quote", "al_dichte_sgb2", "anteil_65plus", "auslaenderanteil"];
    private const int Year = 2023;

    private static readonly Lazy<IndicatorResults> Results = new(() =>
    {
        var data = DataSetLoader.Load(RepositoryPaths.Data).Data!;
        var catalogue = IndicatorCatalogue.Load(Path.Combine(RepositoryPaths.Data, "indikatoren.csv"));
        return IndicatorReport.Build(data, catalogue).Results;
    });

    private sealed record Bar(double Left, double Bottom, double Width, double Height);

    [Fact]
    public void Bar_lengths_in_the_pdf_give_back_exactly_the_rounded_display_values()
    {
        var charts = BarCharts();
        var results = Results.Value;
        var discriminating = 0;
        foreach (var id in BarIndicators)
        {
            var cells = results.AreasWithTown.Where(a => a.Id != Area.TownId)
                .Select(a => results.Get(id, a.Id, Year)).Where(c => c.Status.HasValue() && c.RoundedValue > 0).ToList();
            var shown = cells.Select(c => c.RoundedValue!.Value).OrderDescending().ToList();
            var raw = cells.Select(c => c.Value!.Value).OrderDescending().ToList();

            // One bar per shown Sozialraum (none for a suppressed one), lengths proportional to the rounded values.
            var chart = charts.SingleOrDefault(bars => bars.Count == shown.Count && Deviation(bars, shown) < 1e-5);
            Assert.True(chart is not null,
                $"{id}: kein Balkendiagramm im PDF, dessen Balkenlängen den veröffentlichten Werten {string.Join(" / ", shown.Select(v => v.ToString(CultureInfo.InvariantCulture)))} entsprechen " +
                $"(gefundene Diagramme: {string.Join("; ", charts.Select(c => string.Join(" / ", c.Select(b => b.Width.ToString("0.###", CultureInfo.InvariantCulture)))))})");

            // Where rounding changed the ratios, the geometry must not match the unrounded values.
            if (Deviation(chart!, raw) > 1e-4)
            {
                discriminating++;
            }
        }

        Assert.True(discriminating >= 3, $"nur {discriminating.ToString(CultureInfo.InvariantCulture)} Diagramme unterscheiden gerundete und ungerundete Werte");
    }

    [Fact]
    public void The_town_reference_line_lies_at_the_rounded_town_value()
    {
        var results = Results.Value;
        var cells = results.AreasWithTown.Where(a => a.Id != Area.TownId)
            .Select(a => results.Get("nef_quote_u15", a.Id, Year)).Where(c => c.Status.HasValue()).ToList();
        var shown = cells.Select(c => c.RoundedValue!.Value).OrderDescending().ToList();
        var (chart, page) = BarChartsWithPages().Single(x => x.Bars.Count == shown.Count && Deviation(x.Bars, shown) < 1e-5);
        var scale = chart[0].Width / shown[0];
        var top = chart.Max(b => b.Bottom + b.Height);
        var bottom = chart.Min(b => b.Bottom);

        // The reference line: a thin filled rectangle (dashed: several sub-paths) across the bars.
        var line = page.Where(b => b.Width <= 1.5 && b.Height > (top - bottom) * 0.5 && b.Bottom <= bottom + 10 && b.Bottom + b.Height >= top - 10).ToList();
        var reference = Assert.Single(line);
        var town = results.Get("nef_quote_u15", Area.TownId, Year);
        var drawn = (reference.Left + (reference.Width / 2) - chart[0].Left) / scale;
        Assert.Equal(town.RoundedValue!.Value, drawn, 4);
        Assert.NotEqual(Math.Round(town.Value!.Value, 4), Math.Round(drawn, 4));
    }

    /// <summary>Largest relative difference between bar lengths (longest first) and values (largest first), scaled on the longest.</summary>
    private static double Deviation(IReadOnlyList<Bar> bars, IReadOnlyList<double> values)
    {
        var widths = bars.Select(b => b.Width).OrderDescending().ToList();
        var scale = widths[0] / values[0];
        return widths.Zip(values).Max(p => Math.Abs((p.First / scale) - p.Second) / values[0]);
    }

    private List<List<Bar>> BarCharts() => [.. BarChartsWithPages().Select(x => x.Bars)];

    /// <summary>
    /// Every horizontal bar chart: filled, coloured, single rectangles of bar height that start at one x, split where
    /// the vertical gap is larger than a few bars; with all filled shapes of the page (for reference lines).
    /// </summary>
    private List<(List<Bar> Bars, List<Bar> Page)> BarChartsWithPages()
    {
        using var document = PdfDocument.Open(report.PdfBytes);
        var charts = new List<(List<Bar>, List<Bar>)>();
        foreach (var page in document.GetPages())
        {
            var filled = page.Paths.Where(p => p.IsFilled && p.GetBoundingRectangle() is not null)
                .Select(p => (Path: p, Box: p.GetBoundingRectangle()!.Value)).ToList();
            var shapes = filled.Select(f => new Bar(f.Box.Left, f.Box.Bottom, f.Box.Width, f.Box.Height)).ToList();
            var bars = filled
                .Where(f => f.Path.Count == 1 && f.Box.Height is > 8 and < 30 && f.Box.Width > 0 && !IsWhite(f.Path.FillColor?.ToRGBValues()))
                .Select(f => new Bar(f.Box.Left, f.Box.Bottom, f.Box.Width, f.Box.Height));
            foreach (var group in bars.GroupBy(b => (Math.Round(b.Left, 2), Math.Round(b.Height, 1))))
            {
                var sorted = group.OrderByDescending(b => b.Bottom).ToList();
                var current = new List<Bar> { sorted[0] };
                foreach (var bar in sorted.Skip(1))
                {
                    if (current[^1].Bottom - bar.Bottom > 3 * bar.Height)
                    {
                        charts.Add((current, shapes));
                        current = [];
                    }

                    current.Add(bar);
                }

                charts.Add((current, shapes));
            }
        }

        return [.. charts.Where(c => c.Item1.Count >= 3)];
    }

    private static bool IsWhite((double R, double G, double B)? rgb) => rgb is { R: > 0.99, G: > 0.99, B: > 0.99 };
}
