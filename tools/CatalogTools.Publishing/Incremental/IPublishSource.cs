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

    /// <summary>
    /// The catalog files (catalog-relative, '/') that differ between commits <paramref name="from"/> and
    /// <paramref name="to"/> by git's tree diff; null when that answer is not sound here: no repository, a
    /// commit it does not hold (a shallow clone), or <paramref name="from"/> not an ancestor of <paramref name="to"/>.
    /// </summary>
    IReadOnlyCollection<string>? CommittedChanges(string from, string to) => null;

    /// <summary>One work-tree file's content digest as <see cref="ChangesSince"/> records it; null when the file is not there.</summary>
    ContentDigest? DigestOf(string relative) => null;

    /// <summary>Where publish states are kept; null: no incremental updates and no state.</summary>
    PublishStateStore? States { get; }
}
