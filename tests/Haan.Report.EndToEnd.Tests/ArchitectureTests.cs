using Haan.Report.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// Issue 16, item 10: the architecture rules of docs/ARCHITECTURE.md, checked on the source text like ScottPlot's
/// ForbiddenCodeTests — every offence is reported with file and line.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly string Source = Path.Combine(RepositoryPaths.Root, "src");

    /// <summary>The comment that allows more than one top-level type in a file, followed by the reason.</summary>
    public const string SeveralTypesMarker = "// Several types in one file:";

    private static readonly string[] DomainProjects = ["Data", "Indicators", "Templates", "Composition", "Cli", "DataGenerator"];

    /// <summary>
    /// Files with several top-level types and no reason yet, in projects other engineers own today (issue 16 left them
    /// untouched to avoid conflicts). Each entry must still need its place: a file that was split or got the marker
    /// fails here until it is removed from the list.
    /// </summary>
    private static readonly string[] PendingSplit =
    [
        "Haan.Report.Charts/Charts/BarChart.cs", "Haan.Report.Charts/Charts/BarSmallMultiples.cs", "Haan.Report.Charts/Charts/PointLabels.cs",
        "Haan.Report.Charts/Charts/Pyramid.cs", "Haan.Report.Charts/Charts/Scatter.cs", "Haan.Report.Charts/Charts/SmallMultiples.cs",
        "Haan.Report.Charts/Charts/StackedBars.cs", "Haan.Report.Charts/Charts/TimeSeries.cs",
        "Haan.Report.Charts/Core/ChartFonts.cs", "Haan.Report.Charts/Core/ClassBreaks.cs", "Haan.Report.Charts/Core/KeyStrip.cs",
        "Haan.Report.Charts/Maps/LocatorAndReachability.cs", "Haan.Report.Charts/Maps/MapFigures.cs", "Haan.Report.Charts/Maps/MapInputs.cs",
        "Haan.Report.Charts/Maps/MapPlottables.cs", "Haan.Report.Charts/Maps/MapRenderer.cs", "Haan.Report.Charts/Maps/MapScene.cs",
        "Haan.Report.Charts/Maps/OverviewMap.cs",
        "Haan.Report.Composition/Publishing/ReportComparison.cs", "Haan.Report.Composition/Publishing/ReportManifest.cs",
        "Haan.Report.Data/Model.cs",
        "Haan.Report.DataGenerator/PopulationSimulation.cs",
        "Haan.Report.Indicators/Catalogue/CatalogueError.cs", "Haan.Report.Indicators/Catalogue/CountExpression.cs",
        "Haan.Report.Indicators/Catalogue/CountKey.cs", "Haan.Report.Indicators/Catalogue/IndicatorDefinition.cs",
        "Haan.Report.Indicators/CellStatus.cs", "Haan.Report.Indicators/Confidentiality/CellSuppressor.cs",
        "Haan.Report.Indicators/Confidentiality/SuppressionAudit.cs", "Haan.Report.Indicators/Counts/ICountSource.cs",
        "Haan.Report.Indicators/Regional/RegionalComparison.cs", "Haan.Report.Indicators/SocialIndex/SocialIndexCalculator.cs",
        "Haan.Report.Indicators/Spatial/GridAccessibility.cs",
        "Haan.Report.Layout/Drawing/StructureInfo.cs", "Haan.Report.Layout/Elements/Table.cs", "Haan.Report.Layout/Elements/TableOfContents.cs",
        "Haan.Report.Layout/Elements/Wrappers.cs", "Haan.Report.Layout/Infrastructure/Document.cs", "Haan.Report.Layout/Infrastructure/LayoutContext.cs",
        "Haan.Report.Layout/Infrastructure/SpacePlan.cs", "Haan.Report.Layout/Pdf/PdfValues.cs", "Haan.Report.Layout/Text/FontFace.cs",
        "Haan.Report.Layout/Text/Span.cs", "Haan.Report.Layout/Text/TextLayout.cs",
        "Haan.Report.Templates/Markdown/DocumentModel.cs",
    ];

    /// <summary>
    /// The public surface of Composition: what the CLI, the benchmarks and the tests use. Everything else is internal;
    /// a new public type must be added here on purpose.
    /// </summary>
    private static readonly string[] CompositionPublicTypes =
    [
        "AreaEntry", "BuildRequest", "BuildResult", "ChangeLogChapter", "ConfidentialityRecord", "DeterministicZip", "DisplayPath", "DisplayValues", "FigureExport",
        "FileHash", "FilledReport", "IBuildProgress", "IndicatorEntry", "IndicatorTables", "InputFingerprint", "PublishedValue", "RecordedCell",
        "RecordedSuppression", "RenderedReport",
        "ReportBuilder", "ReportComparison", "ReportConfiguration", "ReportManifest", "ReportMessages", "SentenceChange",
        "Sentences", "SourceCommit", "TemplateReference", "ValueChange", "VersionConflictException", "VersionFolder", "VersionNumber",
        "VersionSnapshot",
    ];

    [Fact]
    public void Layout_and_Charts_do_not_reference_the_domain()
    {
        var domain = new Regex($@"Haan\.Report\.({string.Join("|", DomainProjects)})\b", RegexOptions.CultureInvariant);
        var offences = new StringBuilder();
        foreach (var project in new[] { "Haan.Report.Layout", "Haan.Report.Charts" })
        {
            foreach (var file in SourceFiles(project, "*.cs").Concat(SourceFiles(project, "*.csproj")))
            {
                Scan(file, line => domain.IsMatch(line), offences);
            }
        }

        Assert.True(offences.Length == 0, "Layout und Charts dürfen kein Domänenprojekt kennen:\n" + offences);
    }

    [Fact]
    public void Domain_projects_do_not_reference_Skia_or_ScottPlot()
    {
        var drawing = new Regex(@"\b(SkiaSharp|ScottPlot|HarfBuzzSharp)\b", RegexOptions.CultureInvariant);
        var offences = new StringBuilder();
        foreach (var project in new[] { "Haan.Report.Data", "Haan.Report.Indicators", "Haan.Report.Templates" })
        {
            foreach (var file in SourceFiles(project, "*.cs").Concat(SourceFiles(project, "*.csproj")))
            {
                Scan(file, line => drawing.IsMatch(line), offences);
            }
        }

        Assert.True(offences.Length == 0, "Data, Indicators und Templates zeichnen nicht:\n" + offences);
    }

    [Fact]
    public void A_source_file_holds_one_top_level_type_unless_a_comment_says_why()
    {
        var offences = new StringBuilder();
        var stillPending = new List<string>();
        foreach (var file in SourceFiles(string.Empty, "*.cs"))
        {
            var relative = Relative(file);
            var lines = File.ReadAllLines(file);
            var types = lines.Select((line, i) => (Line: i + 1, Match: TopLevelType().Match(line))).Where(t => t.Match.Success).ToList();
            var justified = lines.Any(l => l.TrimStart().StartsWith(SeveralTypesMarker, StringComparison.Ordinal) && l.Trim().Length > SeveralTypesMarker.Length + 3);
            if (types.Count <= 1 || justified)
            {
                continue;
            }

            if (PendingSplit.Contains(relative, StringComparer.Ordinal))
            {
                stillPending.Add(relative);
                continue;
            }

            foreach (var (line, match) in types.Skip(1))
            {
                offences.AppendLine($"src/{relative}:{line}: zweiter Typ „{match.Groups[1].Value}“ (erster: „{types[0].Match.Groups[1].Value}“, Zeile {types[0].Line})");
            }
        }

        Assert.True(offences.Length == 0,
            $"Ein Typ pro Datei: eigene Datei anlegen oder mit „{SeveralTypesMarker} <Grund>“ begründen.\n{offences}");
        var stale = PendingSplit.Except(stillPending, StringComparer.Ordinal).ToList();
        Assert.True(stale.Count == 0, $"Aus {nameof(PendingSplit)} entfernen (aufgeteilt oder begründet): {string.Join(", ", stale)}");
    }

    [Fact]
    public void Public_types_of_Composition_are_on_the_allow_list()
    {
        var offences = new StringBuilder();
        var found = new List<string>();
        foreach (var file in SourceFiles("Haan.Report.Composition", "*.cs"))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var match = PublicTopLevelType().Match(lines[i]);
                if (!match.Success)
                {
                    continue;
                }

                found.Add(match.Groups[1].Value);
                if (!CompositionPublicTypes.Contains(match.Groups[1].Value, StringComparer.Ordinal))
                {
                    offences.AppendLine($"src/{Relative(file)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(offences.Length == 0, $"Öffentlicher Typ in Composition, der nicht auf der Liste steht (internal machen oder bewusst aufnehmen):\n{offences}");
        var stale = CompositionPublicTypes.Except(found, StringComparer.Ordinal).ToList();
        Assert.True(stale.Count == 0, $"Nicht mehr öffentlich, aus {nameof(CompositionPublicTypes)} entfernen: {string.Join(", ", stale)}");
    }

    [Fact]
    public void The_rules_find_offences()
    {
        // The scanners themselves: a second type, a nested type, a public type and a justified file.
        Assert.Matches(TopLevelType(), "internal sealed record Chapter(string File);");
        Assert.Matches(TopLevelType(), "public static partial class MarkdownReader");
        Assert.Matches(TopLevelType(), "public enum Polarity");
        Assert.DoesNotMatch(TopLevelType(), "    private sealed class BoundedOutput(int limit) : IScriptOutput");
        Assert.DoesNotMatch(TopLevelType(), "// internal sealed class Commented");
        Assert.Matches(PublicTopLevelType(), "public sealed record Problem(string Message)");
        Assert.DoesNotMatch(PublicTopLevelType(), "internal sealed class DocumentComposer");
    }

    private static void Scan(string file, Func<string, bool> offends, StringBuilder offences)
    {
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            if (offends(lines[i]) && !lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal) && !lines[i].TrimStart().StartsWith("///", StringComparison.Ordinal))
            {
                offences.AppendLine($"src/{Relative(file)}:{i + 1}: {lines[i].Trim()}");
            }
        }
    }

    private static IEnumerable<string> SourceFiles(string project, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(Source, project), pattern, SearchOption.AllDirectories)
            .Where(f => !Relative(f).Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    private static string Relative(string file) => Path.GetRelativePath(Source, file).Replace('\\', '/');

    /// <summary>A type declared at the start of a line (file-scoped namespaces: top level; nested types are indented).</summary>
    [GeneratedRegex(@"^(?:(?:public|internal|file|sealed|static|abstract|partial|readonly|ref)\s+)*(?:class|record(?:\s+struct|\s+class)?|struct|interface|enum)\s+(\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex TopLevelType();

    [GeneratedRegex(@"^public\s+(?:(?:sealed|static|abstract|partial|readonly|ref)\s+)*(?:class|record(?:\s+struct|\s+class)?|struct|interface|enum)\s+(\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex PublicTopLevelType();
}
