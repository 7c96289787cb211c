using Haan.Report.Diagnostics;
using Haan.Report.Composition.Text;
using System.Diagnostics;
using System.Globalization;

namespace Haan.Report.Composition.Publishing;

/// <summary>
/// The published versions of one report year: <c>&lt;output&gt;/&lt;year&gt;/v&lt;version&gt;/</c>. A version folder
/// is written completely into a hidden temporary sibling and renamed into place, so readers see either no folder or
/// the whole version; an existing version is never modified.
/// </summary>
public sealed class VersionFolder
{
    private readonly string yearDirectory;

    public VersionFolder(string outputDirectory, int reportYear)
    {
        yearDirectory = Path.Combine(Path.GetFullPath(outputDirectory), reportYear.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Folder of a version (whether or not it exists).</summary>
    public string PathOf(string version) => Path.Combine(yearDirectory, "v" + version);

    /// <summary>True when the version was published (its manifest exists).</summary>
    public bool Exists(string version) => File.Exists(Path.Combine(PathOf(version), ReportManifest.FileName));

    /// <summary>The highest published version below <paramref name="version"/>, or null.</summary>
    public string? FindPrevious(string version)
    {
        if (!Directory.Exists(yearDirectory))
        {
            return null;
        }

        var current = Parse(version);
        return Directory.EnumerateDirectories(yearDirectory, "v*")
            .Select(Path.GetFileName)
            .Select(name => name![1..])
            .Where(v => TryParse(v) is { } parsed && parsed < current && Exists(v))
            .OrderByDescending(v => TryParse(v))
            .FirstOrDefault();
    }

    /// <summary>Every published version below <paramref name="version"/>, lowest first.</summary>
    public IReadOnlyList<string> VersionsBelow(string version)
    {
        if (!Directory.Exists(yearDirectory) || TryParse(version) is not { } current)
        {
            return [];
        }

        return Directory.EnumerateDirectories(yearDirectory, "v*")
            .Select(Path.GetFileName)
            .Select(name => name![1..])
            .Where(v => TryParse(v) is { } parsed && parsed < current && Exists(v))
            .OrderBy(v => TryParse(v))
            .ToList();
    }

    /// <summary>
    /// What the versions below <paramref name="version"/> published (from their manifests): every cell that showed a
    /// value is known to everyone; suppression of this version takes both into account. Where a version's internal
    /// confidentiality record is there, its exact counts come with each shown cell.
    /// </summary>
    public Indicators.Confidentiality.PriorPublication PriorPublication(string version)
    {
        var shown = new Dictionary<(string, string, int), List<Indicators.Confidentiality.PriorCell>>();
        var suppressed = new HashSet<(string, string, int)>();
        foreach (var earlier in VersionsBelow(version))
        {
            var record = ConfidentialityRecord.Read(RecordPath(earlier))?.Shown
                .ToDictionary(c => (c.Indicator, c.Area, c.Year));
            foreach (var value in ReportManifest.Read(Path.Combine(PathOf(earlier), ReportManifest.FileName)).Values)
            {
                var key = (value.Indicator, value.Area, value.Year);
                var status = IndicatorTables.PublicStatusName(value.Status);
                if (status is nameof(Indicators.CellStatus.Published) or nameof(Indicators.CellStatus.LowReliability))
                {
                    if (!shown.TryGetValue(key, out var cells))
                    {
                        shown[key] = cells = [];
                    }

                    cells.Add(record is not null && record.TryGetValue(key, out var exact)
                        ? new Indicators.Confidentiality.PriorCell(value.Display, true, exact.Numerator, exact.Denominator)
                        : new Indicators.Confidentiality.PriorCell(value.Display));
                }
                else if (status == nameof(Indicators.CellStatus.Suppressed))
                {
                    suppressed.Add(key);
                }
            }
        }

        suppressed.ExceptWith(shown.Keys);
        return new Indicators.Confidentiality.PriorPublication(
            shown.ToDictionary(p => p.Key, p => (IReadOnlyList<Indicators.Confidentiality.PriorCell>)p.Value), suppressed);
    }

    /// <summary>Folder of the internal confidentiality records (never published, not part of any version folder).</summary>
    public string InternalPath => Path.Combine(yearDirectory, InternalName);

    public const string InternalName = "intern";

    /// <summary>Path of a version's internal confidentiality record.</summary>
    public string RecordPath(string version) => Path.Combine(InternalPath, ConfidentialityRecord.FileName(version));

    /// <summary>
    /// Writes a version's internal record (before the version folder appears, so a published version always has one):
    /// to a temporary file first, then renamed; a leftover record of a version that was never published is replaced.
    /// A note beside the records says what they are.
    /// </summary>
    public void WriteRecord(string version, byte[] bytes)
    {
        CreateYearDirectory();
        Directory.CreateDirectory(InternalPath);
        var note = Path.Combine(InternalPath, "LIESMICH.txt");
        if (!File.Exists(note))
        {
            WriteReplacing(note, System.Text.Encoding.UTF8.GetBytes(
                "Dieser Ordner gehört nicht zum veröffentlichten Bericht.\r\n\r\n" +
                "Er enthält je Version das interne Prüfprotokoll der Geheimhaltung (vX.Y.Z-geheimhaltung.json): die genauen\r\n" +
                "Fallzahlen hinter den veröffentlichten Werten und jede gesperrte Zelle mit Art, Regel und dem Bereich, den ein\r\n" +
                "Angreifer aus allem Veröffentlichten berechnen könnte. Nicht veröffentlichen und nicht weitergeben.\r\n" +
                "Nicht löschen: Eine Korrekturversion desselben Berichtsjahres prüft damit genau, welche Zahlen sich geändert haben.\r\n"));
        }

        WriteReplacing(RecordPath(version), bytes);
    }

    private static void WriteReplacing(string path, byte[] bytes)
    {
        var temporary = path + $".{ProcessTag()}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Reads the manifest and filled Markdown of a published version.</summary>
    public VersionSnapshot Read(string version) => ReadFolder(PathOf(version));

    /// <summary>Reads the manifest and filled Markdown of a version folder (for the diff command).</summary>
    public static VersionSnapshot ReadFolder(string folder)
    {
        var manifestPath = Path.Combine(folder, ReportManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            throw new ProblemException(ReportMessages.NotAVersionFolder(new ProblemLocation(DisplayPath.Of(folder)), ReportManifest.FileName));
        }

        var manifest = ReportManifest.Read(manifestPath);
        var markdownFile = manifest.Outputs.Select(o => o.Path).FirstOrDefault(p => p.EndsWith(".md", StringComparison.Ordinal));
        var markdownPath = markdownFile is null ? null : Path.Combine(folder, markdownFile);
        var markdown = markdownPath is not null && File.Exists(markdownPath) ? File.ReadAllText(markdownPath) : string.Empty;
        return new VersionSnapshot(manifest, markdown);
    }

    /// <summary>
    /// Writes all files of a new version into a temporary sibling folder and renames it to the version folder.
    /// On any failure the temporary folder is removed and nothing else is touched.
    /// </summary>
    public string Publish(string version, IReadOnlyList<(string Name, byte[] Bytes)> files)
    {
        var target = PathOf(version);
        var created = CreateYearDirectory();
        RemoveAbandoned(version);
        var temporary = Path.Combine(yearDirectory, $".v{version}.{ProcessTag()}.{Guid.NewGuid():N}.tmp");
        var published = false;
        try
        {
            Directory.CreateDirectory(temporary);
            foreach (var (name, bytes) in files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(temporary, name))!);
                using var stream = new FileStream(Path.Combine(temporary, name), FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (Directory.Exists(target) || File.Exists(target))
            {
                throw new IOException($"{DisplayPath.Of(target)} existiert bereits.");
            }

            Directory.Move(temporary, target);
            published = true;
            return target;
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }

            if (!published)
            {
                RemoveIfEmpty(created);
            }
        }
    }

    /// <summary>Folder of the working copy written by <c>build --entwurf</c>.</summary>
    public string DraftPath => Path.Combine(yearDirectory, DraftName);

    public const string DraftName = "entwurf";

    /// <summary>
    /// Replaces the draft folder: the new draft is written completely into a temporary sibling, the old draft is moved
    /// aside, the new one renamed into place and the old one deleted. Versions are never touched.
    /// </summary>
    public string PublishDraft(IReadOnlyList<(string Name, byte[] Bytes)> files)
    {
        var created = CreateYearDirectory();
        RemoveAbandoned(DraftName);
        var unique = $"{ProcessTag()}.{Guid.NewGuid():N}";
        var temporary = Path.Combine(yearDirectory, $".v{DraftName}.{unique}.tmp");
        var previous = Path.Combine(yearDirectory, $".v{DraftName}.{unique}.old");
        var published = false;
        try
        {
            Directory.CreateDirectory(temporary);
            foreach (var (name, bytes) in files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(temporary, name))!);
                File.WriteAllBytes(Path.Combine(temporary, name), bytes);
            }

            if (Directory.Exists(DraftPath))
            {
                Directory.Move(DraftPath, previous);
            }

            Directory.Move(temporary, DraftPath);
            published = true;
            return DraftPath;
        }
        finally
        {
            foreach (var folder in new[] { temporary, previous })
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }

            if (!published)
            {
                RemoveIfEmpty(created);
            }
        }
    }

    /// <summary>
    /// Creates the year folder and returns the folders this created (outermost first), so that a failed write can
    /// remove them again: „Es wurden keine Dateien angelegt“ then also means no empty folder is left behind.
    /// </summary>
    private List<string> CreateYearDirectory()
    {
        var missing = new List<string>();
        for (var folder = yearDirectory; folder is not null && !Directory.Exists(folder) && !File.Exists(folder); folder = Path.GetDirectoryName(folder))
        {
            missing.Insert(0, folder);
        }

        try
        {
            Directory.CreateDirectory(yearDirectory);
        }
        catch
        {
            RemoveIfEmpty(missing);
            throw;
        }

        return missing;
    }

    private static void RemoveIfEmpty(List<string> created)
    {
        foreach (var folder in Enumerable.Reverse(created))
        {
            try
            {
                if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return;
            }
        }
    }

    /// <summary>Process id and start time: a temporary folder is abandoned when no process with both is running (ids are reused).</summary>
    private static string ProcessTag()
    {
        using var self = Process.GetCurrentProcess();
        return $"{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{StartTicks(self).ToString(CultureInfo.InvariantCulture)}";
    }

    private static long StartTicks(Process process)
    {
        try
        {
            return process.StartTime.ToUniversalTime().Ticks / TimeSpan.TicksPerSecond;
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or System.ComponentModel.Win32Exception)
        {
            return 0;
        }
    }

    /// <summary>
    /// Removes temporary (<c>.tmp</c>) and replaced-draft (<c>.old</c>) folders of this version left by builds that
    /// were killed: their process is gone, or its id now belongs to a process that started at another time.
    /// </summary>
    private void RemoveAbandoned(string version)
    {
        var prefix = $".v{version}.";
        foreach (var folder in Directory.EnumerateDirectories(yearDirectory, prefix + "*")
                     .Where(f => f.EndsWith(".tmp", StringComparison.Ordinal) || f.EndsWith(".old", StringComparison.Ordinal)))
        {
            var parts = Path.GetFileName(folder)[prefix.Length..].Split('.');
            var owner = parts.Length == 3 ? parts[0].Split('-') : [];
            if (owner.Length is 1 or 2 && int.TryParse(owner[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && !IsRunning(pid, owner.Length == 2 && long.TryParse(owner[1], NumberStyles.None, CultureInfo.InvariantCulture, out var started) ? started : null))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Left for the next build; it is hidden and never read as a version.
                }
            }
        }
    }

    private static bool IsRunning(int pid, long? startedSecond)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            if (process.HasExited)
            {
                return false;
            }

            // Same id, other start time: the id was reused by another process after the build died.
            return startedSecond is not { } started || StartTicks(process) is 0 || Math.Abs(StartTicks(process) - started) <= 1;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Parses a canonical version „1.0.1“ (see <see cref="VersionNumber"/>).</summary>
    public static Version Parse(string version) =>
        TryParse(version) ?? throw new ProblemException(ReportMessages.NotAVersionNumber(version));

    private static Version? TryParse(string text) => VersionNumber.TryParse(text);
}
