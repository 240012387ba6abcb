using LibGit2Sharp;

namespace CatalogTools.Git.Repositories;

/// <summary>
/// Catalog files changed since a revision: committed changes between it and HEAD, staged and
/// unstaged edits in the work tree, and untracked files. Deleted and renamed-away paths are included.
/// </summary>
public sealed record ChangedFiles(IReadOnlySet<string> Paths, bool WorkTreeDirty)
{
    public static ChangedFiles Since(CatalogRepository repository, Commit baseCommit, bool includeWorkTree = true)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var head = repository.Repo.Head.Tip;
        string[]? spec = repository.Prefix.Length == 0 ? null : [repository.Prefix + "/"];
        if (head is not null && head.Tree.Sha != baseCommit.Tree.Sha)
        {
            using var changes = repository.Repo.Diff.Compare<TreeChanges>(baseCommit.Tree, head.Tree, spec);
            foreach (var change in changes)
            {
                Add(repository, paths, change.Path);
                Add(repository, paths, change.OldPath);
            }
        }
        var dirty = false;
        if (includeWorkTree)
        {
            foreach (var path in WorkTreeChanges(repository))
            {
                dirty = true;
                Add(repository, paths, path);
            }
        }
        return new ChangedFiles(paths, dirty);
    }

    /// <summary>Changed files between two commits.</summary>
    public static ChangedFiles Between(CatalogRepository repository, Commit from, Commit to)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        string[]? spec = repository.Prefix.Length == 0 ? null : [repository.Prefix + "/"];
        using var changes = repository.Repo.Diff.Compare<TreeChanges>(from.Tree, to.Tree, spec);
        foreach (var change in changes)
        {
            Add(repository, paths, change.Path);
            Add(repository, paths, change.OldPath);
        }
        return new ChangedFiles(paths, false);
    }

    /// <summary>Repository paths (under the catalog) that differ between HEAD and the work tree, untracked included.</summary>
    public static IEnumerable<string> WorkTreeChanges(CatalogRepository repository)
    {
        var options = new StatusOptions
        {
            IncludeUntracked = true,
            RecurseUntrackedDirs = true,
            IncludeIgnored = false,
            DetectRenamesInIndex = false,
            DetectRenamesInWorkDir = false,
            PathSpec = repository.Prefix.Length == 0 ? null : [repository.Prefix + "/"],
        };
        foreach (var entry in repository.Repo.RetrieveStatus(options))
        {
            if (entry.State is FileStatus.Unaltered or FileStatus.Ignored) continue;
            yield return entry.FilePath;
        }
    }

    private static void Add(CatalogRepository repository, HashSet<string> paths, string? repoPath)
    {
        if (repoPath is null) return;
        var relative = repository.ToCatalogPath(repoPath);
        if (relative is null || relative.Split('/').Any(p => p.StartsWith('.'))) return;
        if (!(relative.EndsWith(".yaml", StringComparison.Ordinal) || relative.EndsWith(".yml", StringComparison.Ordinal))) return;
        paths.Add(relative);
    }
}
