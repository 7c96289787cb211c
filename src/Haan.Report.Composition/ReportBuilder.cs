using Haan.Report.Diagnostics;
using Haan.Report.Composition.Text;
using System.Globalization;
using Haan.Report.Composition.Documents;
using Haan.Report.Composition.Publishing;
using Haan.Report.Data;
using Haan.Report.Indicators.Adapter;
using Haan.Report.Indicators.Catalogue;
using Haan.Report.Indicators.Engine;
using Haan.Report.Layout;
using Haan.Report.Templates.Markdown;
using Haan.Report.Templates.Model;
using Haan.Report.Templates.Scripting;

namespace Haan.Report.Composition;

/// <summary>
/// Runs a build: configuration → data → indicators → template model → chapters (Scriban → Markdown → document tree)
/// → layout document → PDF. Every input problem is collected and reported at once; nothing is written unless the
/// whole report was produced.
/// </summary>
public static class ReportBuilder
{
    public const string CatalogueFile = "indikatoren.csv";

    /// <summary>
    /// Builds the report and publishes it as a versioned folder below the output directory (see
    /// <see cref="VersionPublisher"/>): a published version is never changed; a new version gets an Änderungsprotokoll.
    /// </summary>
    public static BuildResult Build(BuildRequest request, IBuildProgress? progress = null)
    {
        progress ??= IBuildProgress.None;
        CheckOutputFolder(request);
        progress.Report("Daten, Indikatoren und Vorlagen werden gelesen …");

        // The fonts and the hyphenation patterns do not depend on the data: they are read on the other core while the
        // data is loaded. A failure there is left to the regular load, which reports it where it always did.
        Task<FontFamily?>? fonts = null;
        Task? hyphenation = null;
        try
        {
            var prepared = Prepare(request.DataDirectory, request.TemplatesDirectory, request.OutputDirectory, configuration =>
            {
                hyphenation = Task.Run(() => Quietly(() => Documents.GermanHyphenation.Load(request.TemplatesDirectory)));
                fonts = Task.Run(() => Quietly(() => LoadFonts(configuration, Path.GetFullPath(request.TemplatesDirectory))));
            });
            return VersionPublisher.Publish(request, prepared, progress, p => Render(p, request.FigurePngs, fonts?.GetAwaiter().GetResult()));
        }
        finally
        {
            hyphenation?.GetAwaiter().GetResult();
            fonts?.GetAwaiter().GetResult()?.Dispose();
        }
    }

    /// <summary>Runs a load ahead of time; null when it fails (the regular load then reports the problem).</summary>
    private static T? Quietly<T>(Func<T?> load)
        where T : class
    {
        try
        {
            return load();
        }
        catch (Exception e) when (e is ProblemException or LayoutException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The output folder must not lie inside an input folder: every version written there would become an input of
    /// the next build, so the rebuild of the same version could never match.
    /// </summary>
    private static void CheckOutputFolder(BuildRequest request)
    {
        var problems = new[] { (Folder: request.DataDirectory, Option: "--data"), (Folder: request.TemplatesDirectory, Option: "--templates") }
            .Where(input => InputFileCheck.IsInside(input.Folder, request.OutputDirectory))
            .Select(input => ReportMessages.OutputInsideInput(new ProblemLocation(DisplayPath.Of(request.OutputDirectory)), DisplayPath.Of(input.Folder), input.Option))
            .ToList();
        if (problems.Count > 0)
        {
            throw new ProblemException(problems);
        }
    }

    /// <summary>
    /// Composes and renders the PDF of prepared inputs; with <paramref name="pngs"/> also every figure as a PNG for
    /// press and web (about 80 ms per figure, so only on request).
    /// </summary>
    /// <param name="preloaded">The fonts read ahead (owned by the caller), or null to read them here.</param>
    private static RenderedReport Render(Prepared prepared, bool pngs, FontFamily? preloaded)
    {
        using var own = preloaded is null ? LoadFonts(prepared) : null;
        var fonts = preloaded ?? own!;
        var (document, builder) = Compose(prepared, fonts, webEdition: true);
        using var drawings = builder.Drawings();

        // the web edition's figures are drawn as SVG in the background while the PDF is built (see FigureDrawing)
        using var quiet = Web.NativeErrorOutput.Silence();
        // The web edition reads the figures the layout has drawn: it is built on the other core while the PDF file
        // is assembled (it only reads the composition and the recorded drawings, so the result does not depend on timing).
        Task<IReadOnlyList<(string Name, byte[] Bytes)>>? webEdition = null;
        byte[] pdf;
        try
        {
            pdf = RenderPdf(document, builder, () => webEdition = Task.Run(() =>
                Web.WebEditionFiles.Create(prepared, builder, fonts, VersionPublisher.BaseName(prepared.Configuration))));
        }
        catch
        {
            // The web edition reads the drawings disposed below: it must have finished before the error goes on.
            try
            {
                webEdition?.Wait();
            }
            catch (AggregateException)
            {
                // the build fails with the PDF's error; the web edition's result is not needed
            }

            throw;
        }

        var web = webEdition!.GetAwaiter().GetResult();
        var figures = builder.Figures
            .Select(f => new FigureExport(f.Number, f.Caption, f.Figure.AltText, f.Source,
                pngs ? f.Figure.RenderPng(FigureExport.WidthMm, f.Height / 72.0 * 25.4, FigureExport.Dpi) : null))
            .ToList();
        return new RenderedReport(pdf, builder.TotalPages, figures) { WebEdition = web };
    }

    /// <summary>The layout dump (<see cref="LayoutDump"/>) of the report as built from the inputs, without writing anything.</summary>
    public static string RenderLayoutDump(string dataDirectory, string templatesDirectory)
    {
        var prepared = Prepare(dataDirectory, templatesDirectory);
        using var fonts = LoadFonts(prepared);
        var (document, _) = Compose(prepared, fonts);
        return LayoutDump.Render(document);
    }

    /// <summary>
    /// The filled Markdown of the report with the claims the template functions made while filling it and the published
    /// value set they were made from, without layout or writing anything (for the fact check of the generated text).
    /// </summary>
    public static FilledReport Fill(string dataDirectory, string templatesDirectory)
    {
        var prepared = Prepare(dataDirectory, templatesDirectory);
        return new FilledReport(prepared.FilledMarkdown, prepared.Claims, prepared.Results, prepared.Data);
    }

    /// <summary>
    /// Checks data, templates and configuration without writing anything; lays the report out like a build, so that
    /// everything a build would reject (e.g. a figure taller than a page) is found here too.
    /// </summary>
    /// <returns>The warnings about the inputs (plausibility, encodings), the same a build reports.</returns>
    public static IReadOnlyList<string> Validate(string dataDirectory, string templatesDirectory)
    {
        var prepared = Prepare(dataDirectory, templatesDirectory);
        using var fonts = LoadFonts(prepared);
        var (document, builder) = Compose(prepared, fonts);
        RenderPdf(document, builder);
        return prepared.Warnings;
    }

    /// <summary>A warning as one console line: „Hinweis:“ once, after the place it names (data warnings carry it already).</summary>
    public static string WarningLine(string warning) =>
        warning.Contains(": Hinweis: ", StringComparison.Ordinal) ? warning : "Hinweis: " + warning;

    /// <summary>
    /// Lays out and renders the PDF. The layout engine reports content it cannot place (a figure taller than a page,
    /// a character the font lacks) as <see cref="LayoutException"/> with the path of the element; that is an input
    /// error with the chapter file, never a program error.
    /// </summary>
    private static byte[] RenderPdf(Document document, ReportDocumentBuilder builder, Action? laidOut = null)
    {
        try
        {
            return PdfRenderer.Render(document, laidOut);
        }
        catch (LayoutException e)
        {
            // Content the layout cannot place (a figure or table row taller than a page): an input mistake, reported
            // at the template line of its block and the nearest heading.
            throw new ProblemException(ReportMessages.Layout(builder.Locate(e.Elements), e.Message));
        }
    }

    /// <param name="outputDirectory">
    /// Output folder of a build: the versions of the report year published there before this one count as known to
    /// everyone when this version is suppressed (statistical confidentiality across versions); null for validation.
    /// </param>
    /// <param name="configurationLoaded">Called as soon as the configuration is read (before the data), e.g. to read fonts ahead.</param>
    private static Prepared Prepare(string dataDirectory, string templatesDirectory, string? outputDirectory = null, Action<ReportConfiguration>? configurationLoaded = null)
    {
        // Before any input file is opened: only regular files inside the folders (a FIFO would block forever).
        var problems = InputFileCheck.Scan(dataDirectory).Concat(InputFileCheck.Scan(templatesDirectory))
            .Select(p => ReportMessages.NotARegularFile(new ProblemLocation(DisplayPath.Of(p.Path)), p.Message))
            .ToList();
        if (problems.Count > 0)
        {
            throw new ProblemException(problems);
        }

        ReportConfiguration? configuration = null;
        try
        {
            configuration = ReportConfiguration.Load(templatesDirectory);
            configurationLoaded?.Invoke(configuration);
        }
        catch (ProblemException e)
        {
            problems.AddRange(e.Problems);
        }

        var loaded = DataSetLoader.Load(dataDirectory);
        problems.AddRange(loaded.Errors);
        var warnings = loaded.Problems.Except(loaded.Errors).Select(p => p.ToString()).ToList();

        IndicatorCatalogue? catalogue = null;
        var cataloguePath = Path.Combine(dataDirectory, CatalogueFile);
        if (!File.Exists(cataloguePath))
        {
            problems.Add(ReportMessages.CatalogueMissing(new ProblemLocation(DisplayPath.Of(cataloguePath))));
        }
        else
        {
            try
            {
                catalogue = IndicatorCatalogue.Load(cataloguePath);
            }
            catch (CatalogueValidationException e)
            {
                problems.AddRange(e.Errors.Select(error => error.ToProblem()));
            }
        }

        if (problems.Count > 0 || configuration is null || loaded.Data is null || catalogue is null)
        {
            throw new ProblemException(problems);
        }

        var data = loaded.Data;
        if (!string.Equals(configuration.Town.Ags, data.TownAgs, StringComparison.Ordinal))
        {
            var town = data.Municipalities.FirstOrDefault(m => m.Ags == configuration.Town.Ags);
            throw new ProblemException(ReportMessages.TownNotTheDataTown(new ProblemLocation(DisplayPath.Of(Path.Combine(templatesDirectory, ReportConfiguration.FileName))),
                configuration.Town.Ags, town?.Name, DataFiles.Municipalities, DisplayPath.Of(Path.Combine(dataDirectory, DataFiles.Areas)), data.TownName, data.TownAgs));
        }

        var counts = new DataSetCounts(data, configuration.Town.Designation);
        var unresolvable = counts.Unresolvable(catalogue);
        if (unresolvable.Count > 0)
        {
            throw new ProblemException(unresolvable
                .Select(message => ReportMessages.UnresolvableCount(new ProblemLocation(DisplayPath.Of(cataloguePath)), message))
                .ToList());
        }

        var prior = outputDirectory is null
            ? null
            : new VersionFolder(outputDirectory, configuration.ReportYear).PriorPublication(configuration.Version);
        IndicatorReport indicators;
        try
        {
            indicators = IndicatorReport.Build(data, catalogue, prior, configuration.Town.Designation);
        }
        catch (Indicators.Confidentiality.ProtectionImpossibleException e)
        {
            throw new ProblemException(ProtectionImpossible(e, data, catalogue, outputDirectory, configuration));
        }

        if (data.ContainsSyntheticData && configuration.SignatureLine is { Name.Length: > 0 } signature)
        {
            throw new ProblemException(ReportMessages.RealNameUnderSyntheticData(new ProblemLocation(DisplayPath.Of(Path.Combine(templatesDirectory, ReportConfiguration.FileName))), signature.Name));
        }

        var info = new ReportInfo(configuration.Title, configuration.Subtitle, configuration.Publisher,
            configuration.ReportYear, configuration.Version, configuration.PublicationDay)
        {
            PreparedBy = configuration.PreparedBy,
            SignatureOffice = configuration.SignatureLine?.Office ?? configuration.Publisher,
            SignatureName = configuration.SignatureLine?.Name ?? string.Empty,
            TownName = configuration.Town.Name,
            TownDesignation = configuration.Town.Designation,
            TownAdjective = configuration.Town.Adjective,
            Address = configuration.Town.Address,
            KreisName = configuration.Kreis.Name,
        };
        var claims = new ClaimLog();
        var model = ReportModel.Create(info, data, indicators, claims);

        var engine = new TemplateEngine();
        var chapters = new List<Chapter>();
        foreach (var chapter in configuration.Chapters)
        {
            var path = Path.Combine(templatesDirectory, chapter);
            var shown = chapter.Replace('\\', '/');
            try
            {
                var template = TemplateEngine.Parse(shown, File.ReadAllText(path));
                var rendered = engine.RenderMapped(shown, template, model);
                chapters.Add(new Chapter(shown, rendered.Text, ReadMarkdown(shown, rendered)) { Map = rendered.Map });
            }
            catch (ProblemException e)
            {
                problems.AddRange(e.Problems);
            }
        }

        if (problems.Count > 0)
        {
            throw new ProblemException(problems);
        }

        return new Prepared(configuration, Path.GetFullPath(templatesDirectory), data, indicators, chapters, warnings, claims.Claims);
    }

    /// <summary>Reads the filled Markdown; its problems name the template line (and the loop pass), not the filled line.</summary>
    private static IReadOnlyList<DocBlock> ReadMarkdown(string shown, RenderedTemplate rendered)
    {
        try
        {
            return MarkdownReader.Read(shown, rendered.Text);
        }
        catch (ProblemException e)
        {
            throw new ProblemException([.. e.Problems.Select(rendered.Map.Locate)]);
        }
    }

    private static FontFamily LoadFonts(Prepared prepared) => LoadFonts(prepared.Configuration, prepared.TemplatesDirectory);

    private static FontFamily LoadFonts(ReportConfiguration configuration, string templatesDirectory)
    {
        var fonts = configuration.Fonts;
        string Resolve(string file) => Path.Combine(templatesDirectory, file);
        try
        {
            return FontFamily.FromFiles(Resolve(fonts.Regular), Resolve(fonts.Bold), Resolve(fonts.Italic), Resolve(fonts.BoldItalic));
        }
        catch (LayoutException e)
        {
            throw new ProblemException(ReportMessages.Layout(null, e.Message));
        }
    }

    private static (Document Document, ReportDocumentBuilder Builder) Compose(Prepared prepared, FontFamily fonts, bool webEdition = false)
    {
        var problems = new List<Problem>();
        var builder = new ReportDocumentBuilder(prepared, fonts, problems, webEdition);
        var document = builder.Build();
        if (problems.Count > 0)
        {
            throw new ProblemException(problems);
        }

        return (document, builder);
    }

    /// <summary>
    /// A correction that cannot be published without revealing a suppressed count: only possible when earlier versions
    /// already showed every neighbouring value (and, without their internal records, when the suppressor must assume
    /// that same-looking values did not change). Names the cell, never its value.
    /// </summary>
    private static Problem ProtectionImpossible(Indicators.Confidentiality.ProtectionImpossibleException e, DataSet data,
        IndicatorCatalogue catalogue, string? outputDirectory, ReportConfiguration configuration)
    {
        var versions = outputDirectory is null ? null : new VersionFolder(outputDirectory, configuration.ReportYear);
        var missing = versions?.VersionsBelow(configuration.Version).Where(v => !File.Exists(versions.RecordPath(v))).ToList() ?? [];
        var area = data.Areas.FirstOrDefault(a => a.Key == e.AreaId)?.Name ?? (e.AreaId == Indicators.Counts.Area.TownId ? configuration.Town.Designation : e.AreaId);
        return ReportMessages.ProtectionImpossible(configuration.Version, Indicators.Adapter.CountLabels.Label(e.Expression, catalogue), area, e.Year,
            missing, versions is null ? string.Empty : DisplayPath.Of(versions.InternalPath));
    }
}
