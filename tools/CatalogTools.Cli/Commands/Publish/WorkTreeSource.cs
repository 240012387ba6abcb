using CatalogTools.Core.Loading;
using CatalogTools.Core.Progress;
using CatalogTools.Git.Cache;
using CatalogTools.Git.Repositories;
using CatalogTools.Publishing.Incremental;

namespace CatalogTools.Cli.Commands.Publish;

/// <summary>The work tree as publish reads it: through the parse cache and its stat index, or (--no-cache) straight from disk with no state.</summary>
internal sealed class WorkTreeSource(CatalogLocation location, FileCache? cache, IProgress<WorkProgress>? progress = null) : IPublishSource
{
    // Reading the JSON Schemas takes a few tenths of a second (mostly compiling NJsonSchema's code);
    // started at once, it overlaps with finding the changed files and reading the publish state.
    private readonly Task<CatalogLoader> _loader = Task.Run(() => new CatalogLoader(location) { Progress = progress });

    public PublishStateStore? States { get; } = cache is null ? null : new PublishStateStore(cache.Folder, cache.Key);

    private readonly bool _tracking = cache?.TrackLoadedDigests() ?? false;

    public bool Drifted => cache?.Drifted ?? false;

    public IReadOnlyList<SourceDigest>? Digests() => cache?.Digests(location);

    public IReadOnlyList<SourceDigest>? LoadedDigests() => _tracking ? cache!.LoadedDigests() : null;

    public LoadedCatalog Load(IReadOnlyList<string>? files)
    {
        var loader = _loader.GetAwaiter().GetResult();
        var read = RevisionCatalog.WorkTreeReader(location, new FileLoader(loader.Schemas), cache, wholeCatalog: files is null);
        return files is null ? loader.Load(read) : loader.Load(files, read);
    }
}
