using CatalogTools.Core.Loading;
using CatalogTools.Excel.Import;
using CatalogTools.Git.Cache;

namespace CatalogTools.Cli.Commands.Import;

/// <summary>
/// Import's check through the parse cache that <c>check</c> uses (<c>.catalog-cache/</c>). The
/// cache is opened only when an import has something to check: an unedited workbook never reads it.
/// </summary>
public sealed class CachedFiles(CatalogLocation location) : IParsedFiles
{
    private readonly Lazy<FileCache> _cache = new(() => FileCache.Open(location), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The cache (opened on first use).</summary>
    public FileCache Cache => _cache.Value;

    public Func<string, FileLoadResult> WorkTree(FileLoader loader, bool wholeCatalog) => Cache.WorkTreeLoader(location, loader, wholeCatalog);

    public FileLoadResult FromBytes(string relative, byte[] bytes, FileLoader loader) => Cache.Load(relative, bytes, loader);

    /// <summary>Writes the cache back when this run opened it (and met new content).</summary>
    public void Save()
    {
        if (_cache.IsValueCreated) _cache.Value.Save();
    }
}
