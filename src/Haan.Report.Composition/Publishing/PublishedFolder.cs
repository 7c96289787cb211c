namespace Haan.Report.Composition.Publishing;

/// <summary>
/// Integrity of a published version folder: the file list and every hash must match its manifest, and the manifest
/// must be the one a rebuild writes. Anything else is tampering (or damage) and is named, never confirmed as unchanged.
/// </summary>
internal static class PublishedFolder
{
    /// <summary>German findings: files changed, missing or added after publication (empty when the folder is intact).</summary>
    public static IReadOnlyList<string> Tampering(string folder, ReportManifest manifest)
    {
        var findings = new List<string>();
        var listed = new HashSet<string>(StringComparer.Ordinal) { ReportManifest.FileName };
        foreach (var output in manifest.Outputs)
        {
            listed.Add(output.Path);
            var path = Path.Combine(folder, output.Path);
            if (!File.Exists(path))
            {
                findings.Add($"{output.Path} fehlt (gelöscht oder umbenannt)");
            }
            else if (!string.Equals(Sha256(path), output.Sha256, StringComparison.Ordinal))
            {
                findings.Add($"{output.Path} wurde verändert (Prüfsumme weicht vom Manifest ab)");
            }
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
                     .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
        {
            if (!listed.Contains(file))
            {
                findings.Add($"{file} gehört nicht zur Version (nachträglich hinzugefügt)");
            }
        }

        return findings;
    }

    /// <summary>
    /// True when the manifest on disk is not the one this build would write (with the published program version and
    /// commit). Byte for byte for the same program version; otherwise by content, so that a newer program's formatting
    /// does not count as tampering.
    /// </summary>
    public static bool ManifestTampered(string folder, ReportManifest published, ReportManifest expected, string toolVersion)
    {
        var bytes = File.ReadAllBytes(Path.Combine(folder, ReportManifest.FileName));
        var wanted = expected.ToBytes();
        if (bytes.AsSpan().SequenceEqual(wanted))
        {
            return false;
        }

        return string.Equals(published.ToolVersion, toolVersion, StringComparison.Ordinal)
            || !published.ToBytes().AsSpan().SequenceEqual(wanted);
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }
}
