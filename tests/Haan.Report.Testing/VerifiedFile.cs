using DiffPlex.Renderer;

namespace Haan.Report.Testing;

/// <summary>
/// The project's snapshot helper (Verify's core package is not on the package source): compares a text with a
/// committed <c>*.verified.*</c> file. On a mismatch the new state is written as <c>*.received.*</c> and the test fails
/// with a unified diff (DiffPlex). <c>HAAN_ACCEPT=1</c> accepts the new state; a missing verified file is created
/// locally but fails under <c>CI=true</c>. Test projects wrap it with their own file naming.
/// </summary>
public static class VerifiedFile
{
    public static void Verify(string actual, string verifiedPath) =>
        Verify(actual, verifiedPath, Environment.GetEnvironmentVariable);

    /// <summary>The comparison itself; <paramref name="environment"/> is injectable for the helper's own tests.</summary>
    public static void Verify(string actual, string verifiedPath, Func<string, string?> environment)
    {
        var normalised = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var receivedPath = ReceivedPath(verifiedPath);
        var accept = string.Equals(environment("HAAN_ACCEPT"), "1", StringComparison.Ordinal);
        var ci = string.Equals(environment("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Directory.CreateDirectory(Path.GetDirectoryName(verifiedPath)!);

        if (!File.Exists(verifiedPath))
        {
            if (ci && !accept)
            {
                File.WriteAllText(receivedPath, normalised);
                throw new SnapshotMismatchException(
                    $"Schnappschuss fehlt: {verifiedPath} (CI=true). Der neue Stand liegt in {receivedPath}; lokal mit HAAN_ACCEPT=1 annehmen und einchecken.");
            }

            File.WriteAllText(verifiedPath, normalised);
            File.Delete(receivedPath);
            return;
        }

        var expected = File.ReadAllText(verifiedPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (string.Equals(expected, normalised, StringComparison.Ordinal) || accept)
        {
            if (accept)
            {
                File.WriteAllText(verifiedPath, normalised);
            }

            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalised);
        var diff = UnidiffRenderer.GenerateUnidiff(expected, normalised, Path.GetFileName(verifiedPath), Path.GetFileName(receivedPath),
            ignoreWhitespace: false, ignoreCase: false, contextLines: 3);
        throw new SnapshotMismatchException(
            $"Schnappschuss geändert: {verifiedPath}\nNeuer Stand: {receivedPath}\nPrüfen Sie den Unterschied; wenn er gewollt ist: HAAN_ACCEPT=1 dotnet test …\n\n{diff}");
    }

    public static string ReceivedPath(string verifiedPath) =>
        verifiedPath.Replace(".verified.", ".received.", StringComparison.Ordinal);
}

/// <summary>A snapshot differs from its verified file (or is missing under CI).</summary>
public sealed class SnapshotMismatchException(string message) : Exception(message);
