using CatalogTools.Core.Loading;
using CatalogTools.Core.Progress;
using CatalogTools.Git.Cache;
using LibGit2Sharp;

namespace CatalogTools.Git.Repositories;

/// <summary>Loads a whole catalog as it was at a commit: blob bytes through the same FileLoader (and cache) as the work tree.</summary>
public static class RevisionCatalog
{
    public static LoadedCatalog Load(CatalogRepository repository, Commit commit, FileCache? cache = null)
    {
        var loader = new CatalogLoader(repository.Location);
        var fileLoader = new FileLoader(loader.Schemas);
        var tree = TreeFiles.Of(repository, commit);
        var paths = tree.Paths;
        var bytes = paths.Select(p => tree.Read(p)!).ToArray();
        var results = new FileLoadResult[paths.Count];
        Parallel.For(0, paths.Count, i => results[i] = cache is null ? fileLoader.Load(paths[i], bytes[i]) : cache.Load(paths[i], bytes[i], fileLoader));
        return loader.Build(results);
    }

    /// <summary>The work tree, through the cache when one is given.</summary>
    public static LoadedCatalog LoadWorkTree(CatalogLocation location, FileCache? cache = null, IProgress<WorkProgress>? progress = null)
    {
        var loader = new CatalogLoader(location) { Progress = progress };
        return loader.Load(WorkTreeReader(location, new FileLoader(loader.Schemas), cache, wholeCatalog: true));
    }

    /// <summary>
    /// Reads and parses one work-tree file: through the cache when one is given (see
    /// <see cref="FileCache.WorkTreeLoader"/> for what <paramref name="wholeCatalog"/> changes), else from disk.
    /// </summary>
    public static Func<string, FileLoadResult> WorkTreeReader(CatalogLocation location, FileLoader fileLoader, FileCache? cache, bool wholeCatalog) =>
        cache is not null
            ? cache.WorkTreeLoader(location, fileLoader, wholeCatalog)
            : path => fileLoader.Load(path, File.ReadAllBytes(Path.Combine(location.CatalogRoot, path)));
}
