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
        // git stats the work tree while the two trees are compared.
        var workTree = includeWorkTree ? WorkTreeStatus.Begin(repository.Repo, CatalogFolder(repository)) : null;
        var head = repository.Repo.Head.Tip;
        if (head is not null && head.Tree.Sha != baseCommit.Tree.Sha)
        {
            foreach (var path in CommittedChanges.Between(repository.Repo, baseCommit, head, CatalogFolder(repository))) Add(repository, paths, path);
        }
        var dirty = false;
        if (workTree is not null)
        {
            foreach (var path in workTree())
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
        foreach (var path in CommittedChanges.Between(repository.Repo, from, to, CatalogFolder(repository))) Add(repository, paths, path);
        return new ChangedFiles(paths, false);
    }

    /// <summary>The catalog's folder in the work tree, or null (the whole work tree) when the catalog is its root.</summary>
    private static string[]? CatalogFolder(CatalogRepository repository) => repository.Prefix.Length == 0 ? null : [repository.Prefix];

    private static void Add(CatalogRepository repository, HashSet<string> paths, string? repoPath)
    {
        if (repoPath is null) return;
        var relative = repository.ToCatalogPath(repoPath);
        if (relative is null || relative.Split('/').Any(p => p.StartsWith('.'))) return;
        if (!(relative.EndsWith(".yaml", StringComparison.Ordinal) || relative.EndsWith(".yml", StringComparison.Ordinal))) return;
        paths.Add(relative);
    }
}
