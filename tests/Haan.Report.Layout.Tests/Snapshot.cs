using System.Runtime.CompilerServices;
using DiffPlex.Renderer;

namespace Haan.Report.Layout.Tests;

/// <summary>
/// Minimal verified-file snapshots: <c>Class.Member[.name].verified.txt</c> next to the test source file.
/// On mismatch a <c>.received.txt</c> is written and the test fails with a unified diff. <c>HAAN_ACCEPT=1</c> accepts
/// the received text; a missing verified file is created locally but fails under <c>CI=true</c>.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string actual, string? name = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string member = "")
    {
        var directory = Path.GetDirectoryName(sourceFile)!;
        var baseName = $"{Path.GetFileNameWithoutExtension(sourceFile)}.{member}{(name is null ? string.Empty : "." + name)}";
        VerifyFile(actual, Path.Combine(directory, baseName + ".verified.txt"), Environment.GetEnvironmentVariable);
    }

    /// <summary>The comparison itself; <paramref name="environment"/> is injectable for the helper's own tests.</summary>
    public static void VerifyFile(string actual, string verifiedPath, Func<string, string?> environment)
    {
        var normalised = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var receivedPath = verifiedPath.Replace(".verified.txt", ".received.txt", StringComparison.Ordinal);
        var accept = string.Equals(environment("HAAN_ACCEPT"), "1", StringComparison.Ordinal);
        var ci = string.Equals(environment("CI"), "true", StringComparison.OrdinalIgnoreCase);

        if (!File.Exists(verifiedPath))
        {
            if (ci && !accept)
            {
                File.WriteAllText(receivedPath, normalised);
                Assert.Fail($"Verified file missing: {verifiedPath} (CI=true). Received text written to {receivedPath}.");
            }

            File.WriteAllText(verifiedPath, normalised);
            File.Delete(receivedPath);
            return;
        }

        var expected = File.ReadAllText(verifiedPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (string.Equals(expected, normalised, StringComparison.Ordinal))
        {
            File.Delete(receivedPath);
            return;
        }

        if (accept)
        {
            File.WriteAllText(verifiedPath, normalised);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalised);
        var diff = UnidiffRenderer.GenerateUnidiff(expected, normalised, Path.GetFileName(verifiedPath), Path.GetFileName(receivedPath), ignoreWhitespace: false, ignoreCase: false, contextLines: 3);
        Assert.Fail($"Snapshot mismatch: {verifiedPath}\nSet HAAN_ACCEPT=1 to accept.\n{diff}");
    }
}
