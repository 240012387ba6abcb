using CatalogTools.Core.Loading;

namespace CatalogTools.Core.Sources;

/// <summary>
/// "X" in "what changed since X": a version of the catalog that a source is compared with. The git
/// reader's <c>RevisionBase</c> (a commit: tree to tree, or tree to work tree) and
/// <see cref="RecordedDigests"/> (the content digests a publish recorded) answer it; callers ask the
/// source, <c>source.ChangesSince(base)</c>, and never compute a changed set themselves.
/// </summary>
public abstract class ChangeBase
{
    /// <summary>The changes from this base to <paramref name="current"/>; null when they cannot be known (a digest base over a source without digests).</summary>
    public abstract CatalogChanges? ChangesTo(ICatalogSource current);
}

/// <summary>The content digests of every file as an earlier run recorded them (publish state): a file whose digest differs changed.</summary>
public sealed class RecordedDigests(IReadOnlyList<SourceDigest> recorded) : ChangeBase
{
    public IReadOnlyList<SourceDigest> Recorded => recorded;

    public override CatalogChanges? ChangesTo(ICatalogSource current) =>
        current.Digests() is { } now ? CatalogChanges.BetweenDigests(this, recorded, now) : null;
}
