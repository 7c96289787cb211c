using System.Text.RegularExpressions;

namespace Haan.Report.Composition.Publishing;

/// <summary>
/// Reads the current commit of the Git repository a folder lives in straight from <c>.git</c> (HEAD, loose refs,
/// packed-refs, worktrees). Never starts git: it may not be installed where reports are built.
/// </summary>
public static partial class SourceCommit
{
    /// <summary>The 40-digit commit id, or null when the folder is not in a repository or the refs cannot be read.</summary>
    public static string? Find(string folder)
    {
        try
        {
            var gitDirectory = FindGitDirectory(Path.GetFullPath(folder));
            return gitDirectory is null ? null : ResolveHead(gitDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? FindGitDirectory(string folder)
    {
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            var git = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(git))
            {
                return git;
            }

            if (File.Exists(git))
            {
                // Worktree or submodule: "gitdir: <path>".
                var line = File.ReadAllText(git).Trim();
                if (line.StartsWith("gitdir:", StringComparison.Ordinal))
                {
                    var target = line["gitdir:".Length..].Trim();
                    return Path.GetFullPath(Path.Combine(directory.FullName, target));
                }

                return null;
            }
        }

        return null;
    }

    private static string? ResolveHead(string gitDirectory)
    {
        var headPath = Path.Combine(gitDirectory, "HEAD");
        if (!File.Exists(headPath))
        {
            return null;
        }

        var head = File.ReadAllText(headPath).Trim();
        if (!head.StartsWith("ref:", StringComparison.Ordinal))
        {
            return IsCommitId(head) ? head : null;
        }

        var reference = head["ref:".Length..].Trim();
        var commonDirectory = gitDirectory;
        var commonFile = Path.Combine(gitDirectory, "commondir");
        if (File.Exists(commonFile))
        {
            commonDirectory = Path.GetFullPath(Path.Combine(gitDirectory, File.ReadAllText(commonFile).Trim()));
        }

        foreach (var directory in new[] { gitDirectory, commonDirectory }.Distinct(StringComparer.Ordinal))
        {
            var loose = Path.Combine(directory, reference.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(loose))
            {
                var id = File.ReadAllText(loose).Trim();
                return IsCommitId(id) ? id : null;
            }
        }

        var packed = Path.Combine(commonDirectory, "packed-refs");
        if (File.Exists(packed))
        {
            foreach (var line in File.ReadLines(packed))
            {
                var parts = line.Split(' ', 2);
                if (parts.Length == 2 && string.Equals(parts[1].Trim(), reference, StringComparison.Ordinal) && IsCommitId(parts[0]))
                {
                    return parts[0];
                }
            }
        }

        return null; // e.g. a fresh repository without commits
    }

    private static bool IsCommitId(string text) => CommitId().IsMatch(text);

    [GeneratedRegex("^[0-9a-f]{40}([0-9a-f]{24})?$")]
    private static partial Regex CommitId();
}
