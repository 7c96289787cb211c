using Haan.Report.Testing;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>The review snapshot helper itself: mismatch, acceptance, missing files under CI.</summary>
public sealed class SnapshotHelperTests
{
    private static Func<string, string?> Environment(string? accept = null, string? ci = null) =>
        name => name switch { "HAAN_ACCEPT" => accept, "CI" => ci, _ => null };

    [Fact]
    public void Mismatch_writes_received_file_and_fails_with_unified_diff()
    {
        using var temp = new TempFolder();
        var verified = temp.Combine("X.text.verified.md");
        File.WriteAllText(verified, "eins\nzwei\ndrei\n");

        var error = Assert.Throws<SnapshotMismatchException>(() => VerifiedFile.Verify("eins\nZWEI\ndrei\n", verified, Environment()));

        Assert.Contains("-zwei", error.Message, StringComparison.Ordinal);
        Assert.Contains("+ZWEI", error.Message, StringComparison.Ordinal);
        Assert.Equal("eins\nZWEI\ndrei\n", File.ReadAllText(temp.Combine("X.text.received.md")));
        Assert.Equal("eins\nzwei\ndrei\n", File.ReadAllText(verified));
    }

    [Fact]
    public void Accept_replaces_verified_file_and_removes_received_file()
    {
        using var temp = new TempFolder();
        var verified = temp.Combine("X.text.verified.txt");
        File.WriteAllText(verified, "alt\n");
        File.WriteAllText(temp.Combine("X.text.received.txt"), "neu\n");

        VerifiedFile.Verify("neu\n", verified, Environment(accept: "1"));

        Assert.Equal("neu\n", File.ReadAllText(verified));
        Assert.False(File.Exists(temp.Combine("X.text.received.txt")));
    }

    [Fact]
    public void Missing_snapshot_fails_under_CI_and_is_created_locally()
    {
        using var temp = new TempFolder();
        var verified = temp.Combine("X.text.verified.txt");

        Assert.Throws<SnapshotMismatchException>(() => VerifiedFile.Verify("inhalt\n", verified, Environment(ci: "true")));
        Assert.False(File.Exists(verified));
        Assert.True(File.Exists(temp.Combine("X.text.received.txt")));

        VerifiedFile.Verify("inhalt\n", verified, Environment());
        Assert.Equal("inhalt\n", File.ReadAllText(verified));
    }

    [Fact]
    public void Equal_text_passes_regardless_of_line_endings()
    {
        using var temp = new TempFolder();
        var verified = temp.Combine("X.text.verified.txt");
        File.WriteAllText(verified, "a\nb\n");

        VerifiedFile.Verify("a\r\nb\r\n", verified, Environment(ci: "true"));
    }
}
