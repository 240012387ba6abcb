using CatalogTools.Core.Loading;
using CatalogTools.Core.Sources;

namespace CatalogTools.Publishing.Incremental;

/// <summary>
/// How a publish reads the catalog: the whole of it or a selection of its files, and (when a
/// cache keeps them) every file's content digest and the states of earlier publishes.
/// </summary>
public interface IPublishSource
{
    /// <summary>
    /// What changed since <paramref name="since"/> (the digests the last publish recorded), with the
    /// digests compared; null when not known (no cache, an unreadable file).
    /// </summary>
    CatalogChanges? ChangesSince(ChangeBase since);

    /// <summary>The whole catalog (<paramref name="files"/> null) or just the given files (relative paths in path order).</summary>
    LoadedCatalog Load(IReadOnlyList<string>? files);

    /// <summary>After a whole load: every file's digest as it was loaded; null when not known (no cache).</summary>
    IReadOnlyList<SourceDigest>? LoadedDigests();

    /// <summary>True when a file loaded had other content than <see cref="ChangesSince"/> saw (it changed during the run).</summary>
    bool Drifted { get; }

    /// <summary>Where publish states are kept; null: no incremental updates and no state.</summary>
    PublishStateStore? States { get; }
}
