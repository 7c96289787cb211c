using System.Runtime.CompilerServices;
using Haan.Report.Testing;

namespace Haan.Report.Layout.Tests;

/// <summary>Layout-dump snapshots: <c>Class.Member[.name].verified.txt</c> next to the test source, compared by <see cref="VerifiedFile"/>.</summary>
internal static class Snapshot
{
    public static void Verify(string actual, string? name = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string member = "")
    {
        var directory = Path.GetDirectoryName(sourceFile)!;
        var baseName = $"{Path.GetFileNameWithoutExtension(sourceFile)}.{member}{(name is null ? string.Empty : "." + name)}";
        VerifiedFile.Verify(actual, Path.Combine(directory, baseName + ".verified.txt"));
    }
}
