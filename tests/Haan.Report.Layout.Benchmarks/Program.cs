using System.Diagnostics;
using System.Globalization;
using Haan.Report.Layout;
using SkiaSharp;

// Layout benchmark: a ~100-page document with text, 20 tables and 40 canvas figures, rendered to PDF.
// Usage: dotnet run -c Release --project tests/Haan.Report.Layout.Benchmarks [-- iterations [output.pdf]]
var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var outputPath = args.Length > 1 ? args[1] : null;
var fontDirectory = FindFonts();
using var fonts = FontFamily.FromFiles(
    Path.Combine(fontDirectory, "NotoSans-Regular.ttf"),
    Path.Combine(fontDirectory, "NotoSans-Bold.ttf"),
    Path.Combine(fontDirectory, "NotoSans-Italic.ttf"),
    Path.Combine(fontDirectory, "NotoSans-BoldItalic.ttf"));

// Warm-up (JIT, font loading, shaping caches of the first document are not reused: each iteration builds a new tree).
var warmup = PdfRenderer.Render(BenchmarkDocument.Build(fonts));
if (outputPath is not null)
{
    File.WriteAllBytes(outputPath, warmup);
}
var pages = LayoutDump.Render(BenchmarkDocument.Build(fonts)).Split('\n').Count(l => l.Contains(" page ", StringComparison.Ordinal));

var times = new List<double>();
for (var i = 0; i < iterations; i++)
{
    var stopwatch = Stopwatch.StartNew();
    var document = BenchmarkDocument.Build(fonts);
    var bytes = PdfRenderer.Render(document);
    stopwatch.Stop();
    times.Add(stopwatch.Elapsed.TotalMilliseconds);
    if (bytes.Length != warmup.Length)
    {
        throw new InvalidOperationException("Output size changed between runs: rendering is not deterministic.");
    }
}

var layoutTimes = new List<double>();
for (var i = 0; i < iterations; i++)
{
    var stopwatch = Stopwatch.StartNew();
    LayoutDump.Render(BenchmarkDocument.Build(fonts));
    layoutTimes.Add(stopwatch.Elapsed.TotalMilliseconds);
}

layoutTimes.Sort();
var png = Stopwatch.StartNew();
var rasterPages = PngRenderer.Render(BenchmarkDocument.Build(fonts), 72).Count;
png.Stop();

using var process = Process.GetCurrentProcess();
process.Refresh();
var peakWorkingSet = process.PeakWorkingSet64 / (1024.0 * 1024.0);
var gcInfo = GC.GetGCMemoryInfo();

string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
times.Sort();
Console.WriteLine($"Document: {pages} pages, 20 tables, 40 canvas figures; PDF size {F(warmup.Length / 1024.0)} KiB");
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {iterations} iterations after warm-up");
Console.WriteLine();
Console.WriteLine("| Metric                         | Value      |");
Console.WriteLine("|--------------------------------|------------|");
Console.WriteLine($"| PDF render, min (ms)           | {F(times[0]),10} |");
Console.WriteLine($"| PDF render, median (ms)        | {F(times[times.Count / 2]),10} |");
Console.WriteLine($"| PDF render, max (ms)           | {F(times[^1]),10} |");
Console.WriteLine($"| Layout dump only, median (ms)  | {F(layoutTimes[layoutTimes.Count / 2]),10} |");
Console.WriteLine($"| PNG render 72 dpi, {rasterPages} pages (ms) | {F(png.Elapsed.TotalMilliseconds),10} |");
Console.WriteLine($"| Peak working set (MB)          | {F(peakWorkingSet),10} |");
Console.WriteLine($"| GC heap after runs (MB)        | {F(GC.GetTotalMemory(false) / (1024.0 * 1024.0)),10} |");
Console.WriteLine($"| GC peak committed (MB)         | {F(gcInfo.TotalCommittedBytes / (1024.0 * 1024.0)),10} |");

static string FindFonts()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        var candidate = Path.Combine(directory.FullName, "templates", "fonts");
        if (File.Exists(Path.Combine(candidate, "NotoSans-Regular.ttf")))
        {
            return candidate;
        }
    }

    throw new DirectoryNotFoundException("templates/fonts with NotoSans-*.ttf not found above " + AppContext.BaseDirectory);
}

/// <summary>Builds the benchmark document.</summary>
internal static class BenchmarkDocument
{
    // Paragraphs combine these sentences in varying order, so shaping caches do not see the same text twice.
    private static readonly string[] Sentences =
    [
        "Die Stadt legt mit diesem Bericht eine umfassende Übersicht über die soziale Lage vor.",
        "Die Kennzahlen beschreiben Bevölkerung, Einkommen, Beschäftigung und Wohnen in den Sozialräumen.",
        "Veränderungen gegenüber dem Vorjahr werden erläutert und eingeordnet.",
        "Besonders auffällig ist die Entwicklung bei den Hochbetagten über 80 Jahren.",
        "Die Zahl der Haushalte mit Kindern ist in drei Sozialräumen gestiegen.",
        "Der Anteil der Empfängerinnen und Empfänger von Grundsicherung bleibt nahezu stabil.",
        "Für die Planung der Kindertagesstätten sind diese Ergebnisse von großer Bedeutung.",
    ];

    private static string Text(int seed)
        => string.Join(" ", Enumerable.Range(0, 5).Select(i => Sentences[((seed * 3) + (i * (seed % 5 + 1))) % Sentences.Length])) + $" (Nr. {seed})";

    public static Document Build(FontFamily fonts)
    {
        var template = PageTemplate.A4Portrait(
            header: page => new Paragraph(page.CurrentChapter ?? "Bericht") { FontSize = 8, Alignment = TextAlignment.Right },
            footer: PageTemplate.PageNumberFooter);
        var document = new Document
        {
            Fonts = fonts,
            Metadata = new DocumentMetadata { Title = "Benchmark", Date = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) },
        };
        var column = new Column { Spacing = 6 };
        column.Add(new TableOfContents());
        column.Add(new PageBreak());
        var table = 0;
        var figure = 0;
        for (var chapter = 1; chapter <= 10; chapter++)
        {
            column.Add(new Heading(1, $"{chapter} Kapitel {chapter}", $"k{chapter}"));
            for (var section = 1; section <= 2; section++)
            {
                column.Add(new Heading(2, $"{chapter}.{section} Abschnitt"));
                for (var p = 0; p < 28; p++)
                {
                    column.Add(new Paragraph(Text((chapter * 100) + (section * 30) + p) + " ", Span.Strong("Hervorgehoben"), " und ", Span.Emphasis("kursiv"), $" – Absatz {p + 1}.")
                    {
                        Alignment = TextAlignment.Justify,
                    });
                }

                column.Add(Table(++table));
                for (var f = 0; f < 2; f++)
                {
                    figure++;
                    column.Add(new Anchor($"abb-{figure}", new KeepTogether(new Column
                    {
                        new CanvasElement(180, DrawChart) { Name = $"Abbildung {figure}" },
                        new Paragraph { Span.Strong($"Abbildung {figure}: "), "Entwicklung nach Sozialraum" },
                    })));
                }
            }
        }

        document.Add(template, column);
        return document;
    }

    private static Table Table(int number)
    {
        var table = new Table($"Tabelle {number}", TableColumn.Relative(3), TableColumn.Fixed(70, TextAlignment.Right), TableColumn.Fixed(70, TextAlignment.Right), TableColumn.Fixed(70, TextAlignment.Right));
        table.AddHeader("Sozialraum", "2022", "2023", "2024");
        for (var r = 1; r <= 25; r++)
        {
            table.AddRow($"Sozialraum {r}", (1000 + r * 7).ToString(CultureInfo.InvariantCulture), (1010 + r * 7).ToString(CultureInfo.InvariantCulture), (1020 + r * 7).ToString(CultureInfo.InvariantCulture));
        }

        table.AddRow(TableRowKind.Highlight, "Summe", "27.275", "27.525", "27.775");
        return table;
    }

    private static void DrawChart(SKCanvas canvas, SKSize size)
    {
        using var axis = new SKPaint { Color = SKColors.Black, StrokeWidth = 0.8f, Style = SKPaintStyle.Stroke, IsAntialias = true };
        using var line = new SKPaint { Color = new SKColor(0xC0, 0x39, 0x2B), StrokeWidth = 1.5f, Style = SKPaintStyle.Stroke, IsAntialias = true };
        using var fill = new SKPaint { Color = new SKColor(0x2E, 0x6D, 0xA4), Style = SKPaintStyle.Fill, IsAntialias = true };
        canvas.DrawLine(30, size.Height - 20, size.Width - 10, size.Height - 20, axis);
        canvas.DrawLine(30, 10, 30, size.Height - 20, axis);
        using var path = new SKPath();
        for (var i = 0; i < 12; i++)
        {
            var h = (size.Height - 40) * (0.2f + (0.06f * i));
            canvas.DrawRect(40 + (i * 35), size.Height - 20 - h, 22, h, fill);
            var point = new SKPoint(51 + (i * 35), size.Height - 30 - (h * 0.8f));
            if (i == 0)
            {
                path.MoveTo(point);
            }
            else
            {
                path.LineTo(point);
            }
        }

        canvas.DrawPath(path, line);
    }
}
