using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;
using CatalogTools.Query.Tables;
using CatalogTools.Rules;

namespace CatalogTools.Query;

/// <summary>A catalog opened as a database, and how many of its files could not be read (they are left out of every table).</summary>
public sealed record OpenedCatalog(CatalogDatabase Database, int LoadErrors) : IDisposable
{
    public void Dispose() => Database.Dispose();
}

/// <summary>Loads a catalog and fills the tables a run needs: the entry point of `catalog query` and `catalog export --format parquet`.</summary>
public static class CatalogQuery
{
    public static OpenedCatalog Open(CatalogLocation location, Func<TableDefinition, bool> fill, TimeProvider clock, Lang lang, Action<string>? mark = null)
    {
        var loader = new CatalogLoader(location);
        var loaded = loader.Load();
        mark?.Invoke("load");
        var errors = loaded.Diagnostics.Count(d => d.Severity == Severity.Error);
        var source = new QuerySource(loaded, loader, RuleSet.All, clock, lang);
        return new OpenedCatalog(CatalogDatabase.Open(source, fill, mark), errors);
    }
}
