using CatalogTools.Caching;
using CatalogTools.Core.Loading;
using CatalogTools.Core.Progress;
using CatalogTools.Core.Sources;
using CatalogTools.Git.Repositories;
using CatalogTools.Publishing.Incremental;

namespace CatalogTools.Cli.Commands.Publish;

/// <summary>The work tree as publish reads it: through the session (its parse cache and stat index, or with --no-cache straight from disk with no state).</summary>
internal sealed class WorkTreeSource(SourceSession session, IProgress<WorkProgress>? progress = null) : IPublishSource
{
    // Reading the JSON Schemas takes a few tenths of a second (mostly compiling NJsonSchema's code);
    // started at once, it overlaps with finding the changed files and reading the publish state.
    private readonly Task<CatalogLoader> _loader = Task.Run(() => new CatalogLoader(session.Location) { Progress = progress });

    public PublishStateStore? States { get; } = session.StateStore is { } store ? new PublishStateStore(store.Folder, store.Key) : null;

    private readonly bool _tracking = session.TrackLoadedDigests();

    public bool Drifted => session.Drifted;

    public CatalogChanges? ChangesSince(ChangeBase since) => session.ChangesSince(since);

    public IReadOnlyCollection<string>? CommittedChanges(string from, string to) => AncestorChanges.Between(session.Location, from, to);

    public ContentDigest? DigestOf(string relative) => session.DigestOf(relative);

    public IReadOnlyList<SourceDigest>? LoadedDigests() => _tracking ? session.LoadedDigests() : null;

    public LoadedCatalog Load(IReadOnlyList<string>? files)
    {
        var loader = _loader.GetAwaiter().GetResult();
        return files is null ? session.WorkTree.Load(loader) : session.WorkTree.LoadFiles(loader, files);
    }
}
