using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;
using CatalogTools.Query.Output;
using CatalogTools.Tests.Shared;

using Xunit;

namespace CatalogTools.Query.Tests;

/// <summary>The sample catalog loaded once with every table filled, shared by a test class.</summary>
public sealed class SampleDatabase : IDisposable
{
    public SampleDatabase()
    {
        Location = CatalogLocation.Find(RepoPaths.SampleCatalog)!;
        Loaded = new CatalogLoader(Location).Load();
        Opened = CatalogQuery.Open(Location, _ => true, FixedClock.Default, Lang.Zh);
    }

    public CatalogLocation Location { get; }
    public LoadedCatalog Loaded { get; }
    public OpenedCatalog Opened { get; }
    public CatalogDatabase Database => Opened.Database;

    /// <summary>Runs SQL that must succeed; every value as the query's text output writes it.</summary>
    public List<string[]> Rows(string sql) => Rows(Database, sql);

    public static List<string[]> Rows(CatalogDatabase database, string sql)
    {
        var result = database.Run(sql);
        Assert.Null(result.Error);
        return result.Rows.Select(r => r.Select(ValueText.Of).ToArray()).ToList();
    }

    public void Dispose() => Opened.Dispose();
}
