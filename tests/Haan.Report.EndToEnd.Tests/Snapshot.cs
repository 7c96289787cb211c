using System.Runtime.CompilerServices;
using Haan.Report.Testing;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>
/// Review snapshots: <c>Snapshots/&lt;Class&gt;.&lt;name&gt;.verified.&lt;ext&gt;</c> next to the calling test source (found
/// through <see cref="CallerFilePathAttribute"/>), compared by <see cref="VerifiedFile"/>.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string actual, string name, string extension = "txt", [CallerFilePath] string sourceFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots");
        VerifiedFile.Verify(actual, Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(sourceFile)}.{name}.verified.{extension}"));
    }
}
