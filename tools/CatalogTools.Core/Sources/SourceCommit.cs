namespace CatalogTools.Core.Sources;

/// <summary>
/// What git says of the catalog's source, read once by the Git project's reader
/// (<c>SourceCommits</c>) and handed to the projects that stamp their output with it (bundles,
/// workbooks) so that none of them opens a repository: the HEAD commit and its committer time,
/// and — when the watched folders differ from HEAD (modified, staged, deleted, or untracked and
/// not ignored) — <see cref="Dirty"/> with <see cref="TreeDigest"/>, a digest of how they differ.
/// Null where a catalog is not in a git repository.
/// </summary>
public sealed record SourceCommit(string Sha, DateTimeOffset Time, bool Dirty = false, string? TreeDigest = null);
