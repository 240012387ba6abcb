using CatalogTools.Cli;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Cli;

/// <summary>--catalog left at its default finds the catalog from any folder inside the repository.</summary>
public sealed class CatalogDiscoveryTests
{
    [Fact]
    public void FromAnySubfolderTheNearestCatalogIsFound()
    {
        using var catalog = TempCatalog.CopyOfSample();
        var deep = Path.Combine(catalog.CatalogDir, "implementations", "230125");
        Assert.Equal(catalog.CatalogDir, CatalogDiscovery.Resolve("catalog", deep));
        Assert.Equal(catalog.CatalogDir, CatalogDiscovery.Resolve("catalog", catalog.CatalogDir));
        var docs = Directory.CreateDirectory(Path.Combine(catalog.Root, "docs", "notes")).FullName;
        Assert.Equal(catalog.CatalogDir, CatalogDiscovery.Resolve("catalog", docs));

        // With catalog.lock beside it the folder named catalog/ is the catalog even before it has registries.
        File.WriteAllText(Path.Combine(catalog.Root, "catalog.lock"), "");
        Directory.Delete(Path.Combine(catalog.CatalogDir, "registries"), recursive: true);
        Assert.Equal(catalog.CatalogDir, CatalogDiscovery.Resolve("catalog", docs));
    }

    [Fact]
    public void AGivenFolderIsKeptAndNothingFoundKeepsTheDefault()
    {
        using var catalog = TempCatalog.CopyOfSample();
        Assert.Equal("elsewhere", CatalogDiscovery.Resolve("elsewhere", catalog.CatalogDir));
        var empty = Directory.CreateTempSubdirectory("no-catalog-").FullName;
        try
        {
            Assert.Equal("catalog", CatalogDiscovery.Resolve("catalog", empty));
        }
        finally
        {
            Directory.Delete(empty, true);
        }
    }
}
