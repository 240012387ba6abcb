using CatalogTools.Caching;
using CatalogTools.Core.Loading;

namespace CatalogTools.Cli;

/// <summary>Opens the source session every catalog-reading verb loads through (cache on unless --no-cache).</summary>
public static class SourceSessions
{
    /// <summary>
    /// The stat index's racy window is compared with the file system's timestamps, so it takes the
    /// system clock even when CATALOG_NOW pins the verb's clock to another day.
    /// </summary>
    public static SourceSession Open(CatalogLocation location, bool noCache) => SourceSession.Open(location, useCache: !noCache, TimeProvider.System);
}
