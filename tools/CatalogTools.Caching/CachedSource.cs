using CatalogTools.Core.Loading;
using CatalogTools.Core.Sources;

namespace CatalogTools.Caching;

/// <summary>
/// The caching wrapper of a source: the same files, parsed results answered from the content-keyed
/// <see cref="FileCache"/>. Work-tree files known by their stat stamp are not even read; a
/// revision's blobs are read and looked up by content.
/// </summary>
internal sealed class CachedSource(ICatalogSource inner, FileCache cache) : ICatalogSource
{
    public CatalogLocation Location => inner.Location;

    public bool IsWorkTree => inner.IsWorkTree;

    public IReadOnlyList<string> Files() => inner.Files();

    public byte[] Read(string relative) => inner.Read(relative);

    public string? Commit => inner.Commit;

    /// <summary>The work tree's digests by stat where the stat index allows (a revision's are not kept).</summary>
    public IReadOnlyList<SourceDigest>? Digests() => inner.IsWorkTree ? cache.Digests(inner.Location) : null;

    public Func<string, FileLoadResult> Reader(FileLoader loader, bool wholeCatalog) =>
        inner.IsWorkTree
            ? cache.WorkTreeLoader(inner.Location, loader, wholeCatalog)
            : relative => cache.Load(relative, inner.Read(relative), loader);
}
