using Xunit.Sdk;

namespace Haan.Report.Layout.Tests;

public sealed class SnapshotHelperTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("haan-snapshot-").FullName;

    private string Verified => Path.Combine(directory, "X.Test.verified.txt");

    private string Received => Path.Combine(directory, "X.Test.received.txt");

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Mismatch_writes_received_and_fails_with_unified_diff()
    {
        File.WriteAllText(Verified, "a\nb\nc\n");
        var error = Assert.Throws<FailException>(() => Snapshot.VerifyFile("a\nB\nc\n", Verified, _ => null));
        Assert.Contains("-b", error.Message, StringComparison.Ordinal);
        Assert.Contains("+B", error.Message, StringComparison.Ordinal);
        Assert.Equal("a\nB\nc\n", File.ReadAllText(Received));
    }

    [Fact]
    public void Accept_overwrites_verified()
    {
        File.WriteAllText(Verified, "old\n");
        Snapshot.VerifyFile("new\n", Verified, name => name == "HAAN_ACCEPT" ? "1" : null);
        Assert.Equal("new\n", File.ReadAllText(Verified));
        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void Missing_verified_file_fails_on_ci_and_is_created_locally()
    {
        Assert.Throws<FailException>(() => Snapshot.VerifyFile("x\n", Verified, name => name == "CI" ? "true" : null));
        Assert.False(File.Exists(Verified));
        Snapshot.VerifyFile("x\n", Verified, _ => null);
        Assert.Equal("x\n", File.ReadAllText(Verified));
    }
}
