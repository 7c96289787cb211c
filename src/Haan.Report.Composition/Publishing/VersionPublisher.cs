using Haan.Report.Diagnostics;
using Haan.Report.Composition.Text;
using System.Globalization;
using System.Reflection;
using Haan.Report.Composition.Documents;
using Haan.Report.Templates.Markdown;

namespace Haan.Report.Composition.Publishing;

/// <summary>
/// The writing part of a build: refuses to change a published version, compares with the previous version (the
/// Änderungsprotokoll), renders, and publishes PDF, filled Markdown, indicator tables (CSV, XLSX) and manifest as
/// one version folder.
/// </summary>
internal static class VersionPublisher
{
    public static BuildResult Publish(BuildRequest request, Prepared prepared, IBuildProgress progress, Func<Prepared, RenderedReport> render)
    {
        var configuration = prepared.Configuration;
        var version = configuration.Version;
        var versions = new VersionFolder(request.OutputDirectory, configuration.ReportYear);
        var target = versions.PathOf(version);
        var inputs = InputFingerprint.Compute(request.DataDirectory, request.TemplatesDirectory);

        ReportManifest? existing = null;
        if (request.Draft)
        {
            target = versions.DraftPath;
        }
        else if (versions.Exists(version))
        {
            existing = ReportManifest.Read(Path.Combine(target, ReportManifest.FileName));
            var tampered = PublishedFolder.Tampering(target, existing);
            if (tampered.Count > 0)
            {
                throw Tampered(version, target, tampered);
            }

            var changed = ChangedInputs(existing.Inputs, inputs);
            if (changed.Count > 0)
            {
                throw new VersionConflictException(
                    $"Version {version} ist bereits veröffentlicht ({DisplayPath.Of(target)}) und wurde aus anderen Eingaben erstellt. " +
                    $"Geändert: {string.Join(", ", changed.Take(10))}{(changed.Count > 10 ? " …" : string.Empty)}. " +
                    $"Eine veröffentlichte Version wird nie überschrieben. Für eine Korrektur erhöhen Sie „version“ in {ReportConfiguration.FileName} (z. B. auf {NextPatch(version)}) und erstellen den Bericht erneut; " +
                    "einen Arbeitsstand ohne neue Version erzeugt „build --entwurf“.");
            }
        }

        var baseName = BaseName(configuration);
        var markdownName = baseName + ".md";
        var indicators = Indicators(prepared);
        var areas = prepared.Results.AreasWithTown.Select(a => new AreaEntry(a.Id, a.Name)).ToList();
        var values = IndicatorTables.PublishedValues(prepared.Results);

        // The previous version: the highest published version below this one (the same one on every rebuild).
        var previousVersion = existing is not null ? existing.PreviousVersion : versions.FindPrevious(version);
        ReportComparison? comparison = null;
        if (previousVersion is not null && versions.Exists(previousVersion))
        {
            var draft = new ReportManifest
            {
                ReportYear = configuration.ReportYear, Version = version, PublicationDate = configuration.PublicationDate,
                ToolVersion = string.Empty, Inputs = inputs, Outputs = [], Indicators = indicators, Areas = areas, Values = values,
            };
            comparison = ReportComparison.Compare(versions.Read(previousVersion), new VersionSnapshot(draft, prepared.FilledMarkdown));
            progress.Report($"Vergleich mit Version {previousVersion}: {comparison.Values.Count.ToString(CultureInfo.InvariantCulture)} geänderte Werte, {comparison.Sentences.Count.ToString(CultureInfo.InvariantCulture)} geänderte Textstellen – Änderungsprotokoll wird angehängt");
            var markdown = ChangeLogChapter.Markdown(comparison);
            prepared = prepared with
            {
                Chapters = [.. prepared.Chapters, new Chapter(ChangeLogChapter.File, markdown, MarkdownReader.Read(ChangeLogChapter.File, markdown))],
            };
        }

        if (request.Draft && prepared.Warnings.Count > 0)
        {
            var markdown = DataCheckChapter.Markdown(prepared.Warnings);
            prepared = prepared with
            {
                Chapters = [.. prepared.Chapters, new Chapter(DataCheckChapter.File, markdown, MarkdownReader.Read(DataCheckChapter.File, markdown))],
            };
        }

        ReportChapters(prepared, progress);
        // The tables do not depend on the layout: they are written on the other core while the PDF is laid out.
        var results = prepared.Results;
        var data = prepared.Data;
        var tables = Task.Run(() => (
            Csv: IndicatorTables.Csv(results, data),
            Xlsx: IndicatorTables.Xlsx(results, data, configuration.PublicationDay)));
        progress.Report("Layout und PDF werden erzeugt …");
        var rendered = render(prepared);
        var (pdf, pages, figures) = rendered;
        progress.Report($"PDF: {pages.ToString(CultureInfo.InvariantCulture)} Seiten");
        var (csv, xlsx) = tables.GetAwaiter().GetResult();

        var files = new List<(string Name, byte[] Bytes)>
        {
            (baseName + ".pdf", pdf),
            (markdownName, System.Text.Encoding.UTF8.GetBytes(prepared.FilledMarkdown)),
            (baseName + "-indikatoren.csv", csv),
            (baseName + "-indikatoren.xlsx", xlsx),
        };
        files.AddRange(FigureFiles.Create(figures));
        files.AddRange(rendered.WebEdition);
        files.AddRange(KomMonitorExport.Create(results, data, "Sozialräume"));
        var pdfPath = Path.Combine(target, baseName + ".pdf");
        var markdownPath = Path.Combine(target, markdownName);

        var manifest = new ReportManifest
        {
            ReportYear = configuration.ReportYear,
            Version = version,
            PublicationDate = configuration.PublicationDate,
            ToolVersion = ToolVersion(),
            SourceCommit = SourceCommit.Find(request.TemplatesDirectory),
            PreviousVersion = comparison is null ? null : previousVersion,
            Inputs = inputs,
            Outputs = [.. files.Select(f => new FileHash(f.Name, InputFingerprint.Sha256(f.Bytes)))],
            Indicators = indicators,
            Areas = areas,
            Values = values,
        };

        if (existing is not null)
        {
            // The folder matches its own manifest (checked above), so a different file is a different result.
            var different = files.Where(f => !SameFile(Path.Combine(target, f.Name), f.Bytes)).Select(f => f.Name).ToList();
            if (different.Count > 0)
            {
                throw new VersionConflictException(
                    $"Version {version} ist bereits veröffentlicht ({DisplayPath.Of(target)}). Die Eingaben sind gleich und der Ordner ist unverändert, das Ergebnis wäre aber anders " +
                    $"({string.Join(", ", different)}) – vermutlich wegen einer neuen Programmversion (veröffentlicht mit {existing.ToolVersion}, jetzt {manifest.ToolVersion}) oder einer gelöschten Vorgängerversion. " +
                    $"Eine veröffentlichte Version wird nie überschrieben. Erhöhen Sie „version“ in {ReportConfiguration.FileName} (z. B. auf {NextPatch(version)}).");
            }

            if (PublishedFolder.ManifestTampered(target, existing, manifest with { ToolVersion = existing.ToolVersion, SourceCommit = existing.SourceCommit }, ToolVersion()))
            {
                throw Tampered(version, target, [$"{ReportManifest.FileName} wurde verändert (der Inhalt passt nicht mehr zu den Eingaben, z. B. ein geänderter veröffentlichter Wert)"]);
            }

            progress.Report($"Version {version} ist bereits veröffentlicht und unverändert – nichts geschrieben.");
            return new BuildResult(pdfPath, pages, markdownPath, prepared.Warnings, target, Unchanged: true, comparison);
        }

        files.Add((ReportManifest.FileName, manifest.ToBytes()));

        progress.Report($"Dateien werden geschrieben: {DisplayPath.Of(target)}");
        try
        {
            if (request.Draft)
            {
                versions.PublishDraft(files);
            }
            else
            {
                versions.Publish(version, files);
            }
        }
        catch (Exception e) when (!request.Draft && e is IOException && versions.Exists(version)
            && files.Where(f => f.Name != ReportManifest.FileName).All(f => SameFile(Path.Combine(target, f.Name), f.Bytes)))
        {
            // Another build of the same version from the same inputs published it first: the same result as a rebuild.
            progress.Report($"Version {version} wurde gleichzeitig von einem anderen Lauf mit demselben Ergebnis veröffentlicht – nichts geschrieben.");
            return new BuildResult(pdfPath, pages, markdownPath, prepared.Warnings, target, Unchanged: true, comparison);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProblemException(ReportMessages.WriteFailed(new ProblemLocation(DisplayPath.Of(target)), Data.FileSystemErrors.Describe(e)));
        }

        var warnings = prepared.Warnings;
        if (!request.Draft)
        {
            // After the version exists, so that a failed publish leaves nothing. Without the record a later correction
            // still protects every suppressed count, only more cautiously (it may then refuse to publish).
            try
            {
                versions.WriteRecord(version, ConfidentialityRecord.Create(prepared.Results, configuration.ReportYear, version).ToBytes());
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                warnings = [.. warnings, $"{DisplayPath.Of(versions.RecordPath(version))}: Das interne Geheimhaltungsprotokoll konnte nicht geschrieben werden ({Data.FileSystemErrors.Describe(e)}). Die Version ist veröffentlicht; eine spätere Korrektur prüft ohne das Protokoll vorsichtiger."];
            }
        }

        return new BuildResult(pdfPath, pages, markdownPath, warnings, target, Unchanged: false, comparison);
    }

    /// <summary>File name stem of a version's outputs: „dateiname“ of bericht.json, year and version (<c>sozialbericht-hilden-2023-v1.0.0</c>).</summary>
    public static string BaseName(ReportConfiguration configuration) =>
        $"{configuration.FilePrefix}-{configuration.ReportYear.ToString(CultureInfo.InvariantCulture)}-v{configuration.Version}";

    private static VersionConflictException Tampered(string version, string target, IReadOnlyList<string> findings) => new(
        $"Version {version} ({DisplayPath.Of(target)}) wurde nach der Veröffentlichung verändert: {string.Join("; ", findings.Take(10))}{(findings.Count > 10 ? " …" : string.Empty)}. " +
        $"Eine veröffentlichte Version wird nie überschrieben oder repariert. Stellen Sie den Ordner aus der Sicherung wieder her; für eine Korrektur erhöhen Sie „version“ in {ReportConfiguration.FileName} (z. B. auf {NextPatch(version)}).");

    private static void ReportChapters(Prepared prepared, IBuildProgress progress)
    {
        for (var i = 0; i < prepared.Chapters.Count; i++)
        {
            var chapter = prepared.Chapters[i];
            var blocks = Flatten(chapter.Blocks).ToList();
            var figures = blocks.OfType<DocDirective>().Count(d => d.Name == Directives.Figure);
            var tables = blocks.OfType<DocDirective>().Count(d => d.Name == Directives.Table) + blocks.OfType<DocTable>().Count();
            progress.Report($"Kapitel {(i + 1).ToString(CultureInfo.InvariantCulture)}/{prepared.Chapters.Count.ToString(CultureInfo.InvariantCulture)}: {chapter.File} – " +
                $"{figures.ToString(CultureInfo.InvariantCulture)} Abbildung(en), {tables.ToString(CultureInfo.InvariantCulture)} Tabelle(n)");
        }
    }

    private static IEnumerable<DocBlock> Flatten(IEnumerable<DocBlock> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            var children = block switch
            {
                DocDirective d => d.Content,
                DocQuote q => q.Content,
                DocList l => l.Items.SelectMany(item => item),
                _ => [],
            };
            foreach (var child in Flatten(children))
            {
                yield return child;
            }
        }
    }

    private static List<IndicatorEntry> Indicators(Prepared prepared) =>
        [.. prepared.Results.Catalogue.Indicators.Select(d => new IndicatorEntry(d.Id, d.Name, d.Unit, d.Topic))];

    private static List<string> ChangedInputs(IReadOnlyList<FileHash> before, IReadOnlyList<FileHash> after)
    {
        var old = before.ToDictionary(f => f.Path, f => f.Sha256, StringComparer.Ordinal);
        var now = after.ToDictionary(f => f.Path, f => f.Sha256, StringComparer.Ordinal);
        return [.. old.Keys.Union(now.Keys, StringComparer.Ordinal)
            .Where(p => !string.Equals(old.GetValueOrDefault(p), now.GetValueOrDefault(p), StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
    }

    private static bool SameFile(string path, byte[] bytes) =>
        File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);

    private static string NextPatch(string version)
    {
        var parts = version.Split('.');
        return parts.Length == 3 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var patch)
            ? $"{parts[0]}.{parts[1]}.{(patch + 1).ToString(CultureInfo.InvariantCulture)}"
            : version + ".1";
    }

    /// <summary>Informational version of the program (with the commit it was built from, when the SDK knew it).</summary>
    public static string ToolVersion() =>
        typeof(VersionPublisher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionPublisher).Assembly.GetName().Version?.ToString()
        ?? "unbekannt";
}
