using Haan.Report.Composition.Publishing;

namespace Haan.Report.EndToEnd.Tests;

/// <summary>The source commit is read from .git files (loose ref, packed-refs, detached HEAD, worktree), never from a git process.</summary>
public sealed class SourceCommitTests
{
    private const string CommitA = "0123456789abcdef0123456789abcdef01234567";
    private const string CommitB = "89abcdef0123456789abcdef0123456789abcdef";

    [Fact]
    public void Loose_ref_of_the_current_branch()
    {
        using var repo = new TempFolder();
        Directory.CreateDirectory(repo.Combine(".git", "refs", "heads"));
        File.WriteAllText(repo.Combine(".git", "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(repo.Combine(".git", "refs", "heads", "main"), CommitA + "\n");
        Directory.CreateDirectory(repo.Combine("templates", "kapitel"));

        Assert.Equal(CommitA, SourceCommit.Find(repo.Combine("templates", "kapitel")));
    }

    [Fact]
    public void Packed_ref_and_detached_head()
    {
        using var repo = new TempFolder();
        Directory.CreateDirectory(repo.Combine(".git"));
        File.WriteAllText(repo.Combine(".git", "HEAD"), "ref: refs/heads/release\n");
        File.WriteAllText(repo.Combine(".git", "packed-refs"), $"# pack-refs with: peeled fully-peeled sorted\n{CommitA} refs/heads/main\n{CommitB} refs/heads/release\n");

        Assert.Equal(CommitB, SourceCommit.Find(repo.Path));

        File.WriteAllText(repo.Combine(".git", "HEAD"), CommitA + "\n");
        Assert.Equal(CommitA, SourceCommit.Find(repo.Path));
    }

    [Fact]
    public void Worktree_with_gitdir_file_and_common_dir()
    {
        using var temp = new TempFolder();
        var common = temp.Combine("main", ".git");
        var worktreeGit = Path.Combine(common, "worktrees", "wt");
        Directory.CreateDirectory(Path.Combine(common, "refs", "heads"));
        Directory.CreateDirectory(worktreeGit);
        File.WriteAllText(Path.Combine(common, "refs", "heads", "feature"), CommitB + "\n");
        File.WriteAllText(Path.Combine(worktreeGit, "HEAD"), "ref: refs/heads/feature\n");
        File.WriteAllText(Path.Combine(worktreeGit, "commondir"), "../..\n");
        Directory.CreateDirectory(temp.Combine("wt"));
        File.WriteAllText(temp.Combine("wt", ".git"), $"gitdir: {worktreeGit}\n");

        Assert.Equal(CommitB, SourceCommit.Find(temp.Combine("wt")));
    }

    [Fact]
    public void Repository_without_commits_has_no_source_commit()
    {
        using var repo = new TempFolder();
        Directory.CreateDirectory(repo.Combine(".git", "refs", "heads"));
        File.WriteAllText(repo.Combine(".git", "HEAD"), "ref: refs/heads/main\n");

        Assert.Null(SourceCommit.Find(repo.Path));
    }
}
