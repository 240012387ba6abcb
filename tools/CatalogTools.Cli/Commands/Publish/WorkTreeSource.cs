using CatalogTools.Core.Loading;
using CatalogTools.Git.Cache;
using CatalogTools.Git.Repositories;
using CatalogTools.Publishing.Incremental;

namespace CatalogTools.Cli.Commands.Publish;

/// <summary>The work tree as publish reads it: through the parse cache and its stat index, or (--no-cache) straight from disk with no state.</summary>
internal sealed class WorkTreeSource(CatalogLocation location, FileCache? cache) : IPublishSource
{
    public PublishStateStore? States { get; } = cache is null ? null : new PublishStateStore(cache.Folder, cache.Key);

    public bool Drifted => cache?.Drifted ?? false;

    public IReadOnlyList<SourceDigest>? Digests() => cache?.Digests(location);

    public IReadOnlyList<SourceDigest>? LoadedDigests() => cache?.LoadedDigests();

    public LoadedCatalog Load(IReadOnlyList<string>? files)
    {
        if (files is null) return RevisionCatalog.LoadWorkTree(location, cache);
        var loader = new CatalogLoader(location);
        var fileLoader = new FileLoader(loader.Schemas);
        Func<string, FileLoadResult> read = cache is null
            ? path => fileLoader.Load(path, File.ReadAllBytes(Path.Combine(location.CatalogRoot, path)))
            : cache.WorkTreeLoader(location, fileLoader, wholeCatalog: false);
        return loader.Load(files, read);
    }
}
