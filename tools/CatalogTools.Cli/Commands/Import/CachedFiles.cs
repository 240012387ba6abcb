using CatalogTools.Caching;
using CatalogTools.Core.Loading;
using CatalogTools.Excel.Import;

namespace CatalogTools.Cli.Commands.Import;

/// <summary>
/// Import's check through the session's parse cache (<c>.catalog-cache/</c>, as <c>check</c> uses it).
/// The session is opened only when an import has something to check: an unedited workbook never
/// reads the cache.
/// </summary>
public sealed class CachedFiles(CatalogLocation location, bool noCache) : IParsedFiles, IDisposable
{
    private readonly Lazy<SourceSession> _session = new(() => SourceSessions.Open(location, noCache), LazyThreadSafetyMode.ExecutionAndPublication);

    public Func<string, FileLoadResult> WorkTree(FileLoader loader, bool wholeCatalog) => _session.Value.WorkTree.Reader(loader, wholeCatalog);

    public FileLoadResult FromBytes(string relative, byte[] bytes, FileLoader loader) => _session.Value.Parse(relative, bytes, loader);

    /// <summary>What the cache did so far (for tests).</summary>
    public CacheStatistics Statistics => _session.IsValueCreated ? _session.Value.Statistics : default;

    /// <summary>Writes the cache back when this run opened it (and met new content).</summary>
    public void Dispose()
    {
        if (_session.IsValueCreated) _session.Value.Dispose();
    }
}
