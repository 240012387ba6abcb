using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;
using CatalogTools.Caching;
using CatalogTools.Core.Sources;
using CatalogTools.Git.Repositories;
using CatalogTools.Rules;
using CatalogTools.Tests.Shared;

namespace CatalogTools.Git.Tests;

public sealed class CacheTests
{
    private static IReadOnlyList<string> Rendered(LoadedCatalog loaded) =>
        new CatalogChecker(RuleSet.All, FixedClock.Default).Check(loaded).Diagnostics
            .Select(d => $"{d.Rule.Id} {d.File}:{d.Line}:{d.Column} [{d.Item}] {d.FullMessage(Lang.Zh)}").ToList();

    [Fact]
    public void A_warm_cache_gives_the_same_catalog_and_diagnostics_as_parsing()
    {
        using var files = TempCatalog.CopyOfSample();
        files.Replace("implementations/230123/QR00101001-230123-1123012309123934XA.yaml", "visits: 1\n", "visits: 一次\n# catalog-disable CAT0004\n");
        var location = CatalogLocation.Find(files.CatalogDir)!;
        var parsed = new WorkTreeSource(location).Load();

        var cold = FileCache.Open(location, TimeProvider.System);
        new CachedSource(new WorkTreeSource(location), cold).Load();
        Assert.Equal(275, cold.Misses);
        // The new entries wait in a scratch file unlinked as it was made: nothing to leave behind if the run is killed.
        Assert.DoesNotContain(Directory.GetFiles(cold.Folder), f => Path.GetFileName(f).StartsWith("scratch-", StringComparison.Ordinal));
        cold.Save();

        var warm = FileCache.Open(location, TimeProvider.System);
        var cached = new CachedSource(new WorkTreeSource(location), warm).Load();
        Assert.Equal(0, warm.Misses);
        Assert.Equal(275, warm.Hits);
        Assert.Equal(Rendered(parsed), Rendered(cached));
        Assert.Contains(Rendered(cached), d => d.StartsWith(RuleIds.SchemaViolation));
        Assert.Equal(parsed.Index.ImplementationList.Select(i => (i.Code, i.Agency, i.PromisedLimit, i.Own.Materials?.Count, i.Fields.Of("visits", i.Source))),
            cached.Index.ImplementationList.Select(i => (i.Code, i.Agency, i.PromisedLimit, i.Own.Materials?.Count, i.Fields.Of("visits", i.Source))));
        Assert.Equal(parsed.Index.StandardList.SelectMany(s => s.Elements.Materials!).Select(m => m with { }),
            cached.Index.StandardList.SelectMany(s => s.Elements.Materials!));
    }

    [Fact]
    public void An_edit_misses_once_and_a_schema_change_discards_the_cache()
    {
        using var files = TempCatalog.CopyOfSample();
        var location = CatalogLocation.Find(files.CatalogDir)!;
        var first = FileCache.Open(location, TimeProvider.System);
        new CachedSource(new WorkTreeSource(location), first).Load();
        first.Save();

        files.Replace("standards/QR00101001.yaml", "  - name: 居民户口簿\n", "  - name: 居民户口簿（首页及本人页）\n");
        var second = FileCache.Open(location, TimeProvider.System);
        var loaded = new CachedSource(new WorkTreeSource(location), second).Load();
        Assert.Equal(1, second.Misses);
        Assert.Contains(loaded.Index.Standards["QR00101001"].Elements.Materials!, m => m.Name == "居民户口簿（首页及本人页）");
        second.Save();

        // A changed-only run that reads a few files leaves the pack as it is (rewriting a pack of the
        // whole catalog for a few entries costs more than parsing them again); the next whole run stores them.
        files.Replace("standards/QR00101001.yaml", "居民户口簿（首页及本人页）", "居民户口簿（首页）");
        var packBefore = File.ReadAllBytes(Path.Combine(first.Folder, "files.bin"));
        var partial = FileCache.Open(location, TimeProvider.System);
        var fileLoader = new FileLoader(new CatalogLoader(location).Schemas);
        partial.Load("standards/QR00101001.yaml", File.ReadAllBytes(files.PathOf("standards/QR00101001.yaml")), fileLoader);
        Assert.Equal(1, partial.Misses);
        partial.Save();
        Assert.Equal(packBefore, File.ReadAllBytes(Path.Combine(first.Folder, "files.bin")));
        var whole = FileCache.Open(location, TimeProvider.System);
        new CachedSource(new WorkTreeSource(location), whole).Load();
        Assert.Equal(1, whole.Misses);
        whole.Save();
        var again = FileCache.Open(location, TimeProvider.System);
        new CachedSource(new WorkTreeSource(location), again).Load();
        Assert.Equal(0, again.Misses);

        File.AppendAllText(Path.Combine(location.SchemasDirectory, "implementation.schema.json"), "\n");
        var third = FileCache.Open(location, TimeProvider.System);
        new CachedSource(new WorkTreeSource(location), third).Load();
        Assert.Equal(0, third.Hits);
    }

    [Theory]
    [InlineData(0.5)] // the table whole, the second half of the entries gone
    [InlineData(0.001)] // the table itself cut short
    public void A_pack_cut_short_is_parsed_again_where_it_lacks_and_never_misread(double kept)
    {
        using var files = TempCatalog.CopyOfSample();
        var location = CatalogLocation.Find(files.CatalogDir)!;
        var parsed = new WorkTreeSource(location).Load();
        var cold = FileCache.Open(location, TimeProvider.System);
        new CachedSource(new WorkTreeSource(location), cold).Load();
        cold.Save();
        var pack = Path.Combine(cold.Folder, "files.bin");
        var bytes = File.ReadAllBytes(pack);
        File.WriteAllBytes(pack, bytes[..(int)(bytes.Length * kept)]);

        var damaged = FileCache.Open(location, TimeProvider.System);
        var loaded = new CachedSource(new WorkTreeSource(location), damaged).Load();
        Assert.Equal(275, damaged.Hits + damaged.Misses);
        Assert.InRange(damaged.Misses, kept < 0.01 ? 275 : 100, 275);
        Assert.Equal(Rendered(parsed), Rendered(loaded));
    }
}
