using LibGit2Sharp;

namespace CatalogTools.Git.Repositories;

/// <summary>
/// Which files under some folders differ between HEAD and the work tree: staged and unstaged edits,
/// deletions and untracked files, not ignored ones. Repository-relative paths with '/'.
/// <para>
/// Asked of the git program when it is on PATH, else of libgit2. Both compare every indexed file's stat
/// data with the index, but git does it on several threads and trusts the index's cache tree, where
/// libgit2 maps every index entry, diffs HEAD's whole tree against the index and walks every folder
/// beside: at 10^5 files git answers in about 0.4 s and libgit2 in 1.0–1.2 s (docs/performance.md,
/// "the work tree's status from the git program").
/// </para>
/// </summary>
public static class WorkTreeStatus
{
    /// <param name="folders">Work-tree-relative folders to look in; null or empty for the whole work tree.</param>
    public static IReadOnlyList<string> Changed(Repository repo, IReadOnlyList<string>? folders) => Begin(repo, folders)();

    /// <summary>
    /// Starts the git program now and returns what waits for its answer (or asks libgit2 when git could
    /// not answer), so that the caller can diff trees while git stats the work tree.
    /// </summary>
    public static Func<IReadOnlyList<string>> Begin(Repository repo, IReadOnlyList<string>? folders)
    {
        var git = StartGit(repo, folders, "git");
        return () => git?.Output() is { } output ? ParsePorcelain(output) : FromLibgit2(repo, folders);
    }

    /// <summary>The git program's answer, or null when it is missing or refuses the repository.</summary>
    public static IReadOnlyList<string>? FromGitProgram(Repository repo, IReadOnlyList<string>? folders, string program = "git") =>
        StartGit(repo, folders, program)?.Output() is { } output ? ParsePorcelain(output) : null;

    private static GitProgram? StartGit(Repository repo, IReadOnlyList<string>? folders, string program) =>
        GitProgram.Start(repo, ["status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames", "--ignore-submodules=all", "--", .. GitProgram.Folders(folders)], program);

    /// <summary>libgit2's status walk: the same answer, without the git program.</summary>
    public static IReadOnlyList<string> FromLibgit2(Repository repo, IReadOnlyList<string>? folders)
    {
        var options = new StatusOptions
        {
            IncludeUntracked = true,
            RecurseUntrackedDirs = true,
            IncludeIgnored = false,
            ExcludeSubmodules = true,
            DetectRenamesInIndex = false,
            DetectRenamesInWorkDir = false,
            PathSpec = GitProgram.Folders(folders) is { Count: > 0 } named ? named.Select(f => f + "/").ToArray() : null,
        };
        return repo.RetrieveStatus(options)
            .Where(e => e.State is not FileStatus.Unaltered and not FileStatus.Ignored)
            .Select(e => e.FilePath)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Entries "XY path\0" (no rename pairs: --no-renames); XY is the staged and the unstaged state.</summary>
    internal static List<string> ParsePorcelain(ReadOnlySpan<byte> output) => GitProgram.Paths(output, skip: 3);
}
