using CatalogTools.Core.Loading;

namespace CatalogTools.Core.Sources;

/// <summary>
/// Where a catalog's files come from: the work tree (<see cref="WorkTreeSource"/>), a git revision
/// (the Git project's <c>RevisionSource</c>) or a partial load over either (<see cref="PartialSource"/>).
/// A caching wrapper (the Caching project) answers <see cref="Reader"/> from its content-keyed cache;
/// verbs load through <see cref="CatalogSources"/> and never see how the bytes were found.
/// </summary>
public interface ICatalogSource
{
    /// <summary>The catalog this source belongs to (schemas, code scheme, the folder on disk).</summary>
    CatalogLocation Location { get; }

    /// <summary>True when <see cref="Read"/> reads files on disk under <see cref="CatalogLocation.CatalogRoot"/> (a cache may then trust their stat).</summary>
    bool IsWorkTree { get; }

    /// <summary>Catalog-relative paths ('/') of the YAML files, sorted as the loader sorts them.</summary>
    IReadOnlyList<string> Files();

    /// <summary>One file's bytes; throws <see cref="IOException"/> when it cannot be read (the loader reports why).</summary>
    byte[] Read(string relative);

    /// <summary>
    /// Reads and parses one file. <paramref name="wholeCatalog"/> says every file will be read (a
    /// cache may then drop what it did not meet); a partial run passes false.
    /// </summary>
    Func<string, FileLoadResult> Reader(FileLoader loader, bool wholeCatalog);

    /// <summary>The commit this source reads (a git revision), or null for the work tree.</summary>
    string? Commit => null;

    /// <summary>Every file with its content digest, in path order; null when not known (no content-keyed cache) or a file cannot be read.</summary>
    IReadOnlyList<SourceDigest>? Digests() => null;

    /// <summary>
    /// What changed in this source since <paramref name="since"/>: the one question changed-only
    /// checks, diff and incremental publish ask (see <see cref="CatalogChanges"/>). Null when it
    /// cannot be known (recorded digests over a source that keeps none).
    /// </summary>
    CatalogChanges? ChangesSince(ChangeBase since) => since.ChangesTo(this);
}
