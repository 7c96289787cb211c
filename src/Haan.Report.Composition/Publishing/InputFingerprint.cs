using System.Security.Cryptography;

namespace Haan.Report.Composition.Publishing;

/// <summary>SHA-256 of every input file: <c>data/*</c> and <c>templates/**</c> (including fonts).</summary>
public static class InputFingerprint
{
    /// <summary>
    /// Hashes all files below the data and templates folders, named <c>data/…</c> and <c>templates/…</c>, sorted
    /// ordinally. Hidden files and folders (name starting with a dot, e.g. editor backups) are not inputs.
    /// </summary>
    public static IReadOnlyList<FileHash> Compute(string dataDirectory, string templatesDirectory) =>
        [.. Hash("data", dataDirectory).Concat(Hash("templates", templatesDirectory)).OrderBy(f => f.Path, StringComparer.Ordinal)];

    /// <summary>Lower-case hex SHA-256.</summary>
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static IEnumerable<FileHash> Hash(string prefix, string directory)
    {
        var root = Path.GetFullPath(directory);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.Split('/').Any(part => part.StartsWith('.')))
            {
                continue;
            }

            using var stream = File.OpenRead(file);
            yield return new FileHash($"{prefix}/{relative}", Convert.ToHexStringLower(SHA256.HashData(stream)));
        }
    }
}
