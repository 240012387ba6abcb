using LibGit2Sharp;

namespace CatalogTools.Git.Repositories;

/// <summary>
/// Which files under some folders differ between two commits, tree to tree (a rename is its old and its
/// new path). Repository-relative paths with '/'.
/// <para>
/// Asked of the git program when it is on PATH (<c>git diff-tree</c>, plumbing: no user configuration
/// changes its output), else of libgit2. git skips every subtree whose id is the same on both sides;
/// libgit2's tree diff walks both trees whole: 1.4 s of CPU at 10^6 files for a 20-file commit
/// (docs/performance.md, "the tree diff from the git program").
/// </para>
/// </summary>
public static class CommittedChanges
{
    /// <param name="folders">Work-tree-relative folders to look in; null or empty for the whole tree.</param>
    public static IReadOnlyList<string> Between(Repository repo, Commit from, Commit to, IReadOnlyList<string>? folders) =>
        FromGitProgram(repo, from, to, folders) ?? FromLibgit2(repo, from, to, folders);

    /// <summary>The git program's answer, or null when it is missing or refuses the repository.</summary>
    public static IReadOnlyList<string>? FromGitProgram(Repository repo, Commit from, Commit to, IReadOnlyList<string>? folders, string program = "git") =>
        GitProgram.Start(repo, ["diff-tree", "-r", "--no-renames", "--name-only", "-z", from.Sha, to.Sha, "--", .. GitProgram.Folders(folders)], program)?.Output() is { } output
            ? ParseNames(output)
            : null;

    /// <summary>libgit2's tree diff: the same answer, without the git program.</summary>
    public static IReadOnlyList<string> FromLibgit2(Repository repo, Commit from, Commit to, IReadOnlyList<string>? folders)
    {
        var spec = GitProgram.Folders(folders) is { Count: > 0 } named ? named.Select(f => f + "/").ToArray() : null;
        using var changes = repo.Diff.Compare<TreeChanges>(from.Tree, to.Tree, spec);
        var paths = new List<string>();
        foreach (var change in changes)
        {
            paths.Add(change.Path);
            if (change.OldPath is { } old && old != change.Path) paths.Add(old);
        }
        return paths.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>"path\0path\0...".</summary>
    internal static List<string> ParseNames(ReadOnlySpan<byte> output) => GitProgram.Paths(output, skip: 0);
}
