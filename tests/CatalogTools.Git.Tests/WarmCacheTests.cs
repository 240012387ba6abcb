using CatalogTools.Core.Loading;
using CatalogTools.Caching;
using CatalogTools.Core.Sources;
using CatalogTools.Git.Lock;
using CatalogTools.Git.Repositories;
using CatalogTools.Tests.Shared;

namespace CatalogTools.Git.Tests;

/// <summary>
/// The warm path of the cache: the stat index (unchanged files are not read) and the stored
/// result of a whole check (an unchanged tree on the same day is not checked again). Neither may
/// ever answer with stale content.
/// </summary>
public sealed class WarmCacheTests
{
    private const string Material = "standards/QR00101001.yaml";

    [Fact]
    public void Unchanged_files_are_known_by_stat_and_a_same_size_edit_is_still_read()
    {
        using var files = TempCatalog.CopyOfSample();
        var location = CatalogLocation.Find(files.CatalogDir)!;
        var first = FileCache.Open(location, TimeSpan.Zero, TimeProvider.System);
        new CachedSource(new WorkTreeSource(location), first).Load();
        Assert.Equal(275, first.FilesRead);
        first.Save();

        var second = FileCache.Open(location, TimeSpan.Zero, TimeProvider.System);
        new CachedSource(new WorkTreeSource(location), second).Load();
        Assert.Equal(0, second.FilesRead);
        Assert.Equal(275, second.Hits);
        second.Save();

        // Same byte length (户口簿 → 户口本), so only the modification time tells.
        files.Replace(Material, "  - name: 居民户口簿\n", "  - name: 居民户口本\n");
        var third = FileCache.Open(location, TimeSpan.Zero, TimeProvider.System);
        var loaded = new CachedSource(new WorkTreeSource(location), third).Load();
        Assert.Equal(1, third.FilesRead);
        Assert.Contains(loaded.Index.Standards["QR00101001"].Elements.Materials!, m => m.Name == "居民户口本");
    }

    [Fact]
    public void Files_written_just_now_are_read_again_until_they_are_older_than_the_racy_window()
    {
        using var files = TempCatalog.CopyOfSample();
        var location = CatalogLocation.Find(files.CatalogDir)!;
        var first = FileCache.Open(location, TimeProvider.System);
        new CachedSource(new WorkTreeSource(location), first).Load();
        first.Save();
        var second = FileCache.Open(location, TimeProvider.System);
        new CachedSource(new WorkTreeSource(location), second).Load();
        Assert.Equal(275, second.FilesRead);
        Assert.Equal(275, second.Hits);
    }

    [Fact]
    public void The_racy_window_is_measured_on_the_clock_passed_in()
    {
        using var files = TempCatalog.CopyOfSample();
        var location = CatalogLocation.Find(files.CatalogDir)!;
        // A clock a day behind the files: every stamp is "just written", so nothing is trusted by stat.
        var behind = new FixedClock(DateTimeOffset.UtcNow.AddDays(-1));
        var first = FileCache.Open(location, behind);
        new CachedSource(new WorkTreeSource(location), first).Load();
        first.Save();
        var second = FileCache.Open(location, behind);
        new CachedSource(new WorkTreeSource(location), second).Load();
        Assert.Equal(275, second.FilesRead);
        second.Save();

        // A clock a day ahead: the same files are older than its 3-second window, so a warm run reads none.
        var ahead = new FixedClock(DateTimeOffset.UtcNow.AddDays(1));
        var third = FileCache.Open(location, ahead);
        new CachedSource(new WorkTreeSource(location), third).Load();
        third.Save();
        var fourth = FileCache.Open(location, ahead);
        new CachedSource(new WorkTreeSource(location), fourth).Load();
        Assert.Equal(0, fourth.FilesRead);
        Assert.Equal(275, fourth.Hits);
    }

    [Fact]
    public void A_repeated_check_answers_from_the_stored_result_but_never_with_stale_content()
    {
        using var files = TempCatalog.CopyOfSample();
        var first = CliRun.Run("check", "--catalog", files.CatalogDir, "--format", "json");
        Assert.True(File.Exists(Path.Combine(files.Root, ".catalog-cache", "check.bin")));
        var again = CliRun.Run("check", "--catalog", files.CatalogDir, "--format", "json");
        Assert.Equal(first, again);

        files.Replace(Material, "  - name: 居民户口簿\n", "  - name: 居民户口本\n  - name: 居民户口本\n");
        var edited = CliRun.Run("check", "--catalog", files.CatalogDir, "--format", "json");
        Assert.NotEqual(first.Out, edited.Out);
        Assert.Equal(edited, CliRun.Run("check", "--catalog", files.CatalogDir, "--format", "json"));
        Assert.Equal(edited, CliRun.Run("check", "--no-cache", "--catalog", files.CatalogDir, "--format", "json"));
    }

    [Fact]
    public void The_stored_result_is_per_day_because_suppressions_expire()
    {
        using var files = TempCatalog.CopyOfSample();
        files.Replace(Material, "code: QR00101001\n", "code: QR00101001\n# catalog-disable CAT0045 until 2026-11-30: 法定时限修订中\n");
        var before = new FixedClock(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.FromHours(8)));
        var after = new FixedClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)));
        Assert.DoesNotContain("CAT0018", CliRun.RunAt(before, "check", "--catalog", files.CatalogDir).Out);
        Assert.DoesNotContain("CAT0018", CliRun.RunAt(before, "check", "--catalog", files.CatalogDir).Out);
        Assert.Contains("CAT0018", CliRun.RunAt(after, "check", "--catalog", files.CatalogDir).Out);
    }

    [Fact]
    public void A_policy_change_alone_is_a_new_result()
    {
        using var files = TempCatalog.CopyOfSample();
        files.Replace(Material, "  - name: 居民户口簿\n", "  - name: 居民户口簿\n  - name: 居民户口簿\n");
        Assert.Contains("错误 CAT0030", CliRun.Run("check", "--catalog", files.CatalogDir).Out);
        files.Replace("policy.yaml", "severity: {}", "severity:\n  CAT0030: \"off\"");
        Assert.DoesNotContain("错误 CAT0030", CliRun.Run("check", "--catalog", files.CatalogDir).Out);
    }

    [Fact]
    public void Lock_states_come_from_the_cache_for_unchanged_files_and_are_recomputed_for_an_edit()
    {
        using var files = TempCatalog.CopyOfSample();
        var location = CatalogLocation.Find(files.CatalogDir)!;
        var parsed = ItemState.OfWorkTree(Uncached(location));
        var first = FileCache.Open(location, TimeSpan.Zero, TimeProvider.System);
        using (var session = SourceSession.Over(location, first)) Assert.Equal(parsed, ItemState.OfWorkTree(session));

        var second = FileCache.Open(location, TimeSpan.Zero, TimeProvider.System);
        using (var session = SourceSession.Over(location, second))
        {
            Assert.Equal(parsed, ItemState.OfWorkTree(session));
            Assert.Equal(0, second.FilesRead);
        }

        files.Replace(Material, "  - name: 居民户口簿\n", "  - name: 居民户口本\n");
        var third = FileCache.Open(location, TimeSpan.Zero, TimeProvider.System);
        using var last = SourceSession.Over(location, third);
        var states = ItemState.OfWorkTree(last);
        Assert.Equal(1, third.FilesRead);
        Assert.Equal(ItemState.OfWorkTree(Uncached(location)), states);
        Assert.NotEqual(parsed.Single(s => s.Code == "QR00101001").Hash, states.Single(s => s.Code == "QR00101001").Hash);
    }

    private static SourceSession Uncached(CatalogLocation location) => SourceSession.Open(location, useCache: false, FixedClock.Default);

    /// <summary>
    /// stat.bin and the derived tables are read as one buffer and indexed in place: one cut short
    /// or holding garbage is ignored (every file is read again), never trusted, and the next run
    /// writes a sound one that answers by stat again.
    /// </summary>
    [Theory]
    [InlineData("stat.bin")]
    [InlineData("lock-states.bin")]
    public void A_cache_file_cut_short_or_scrambled_is_read_again_never_trusted(string damaged)
    {
        using var files = TempCatalog.CopyOfSample();
        var location = CatalogLocation.Find(files.CatalogDir)!;
        var parsed = ItemState.OfWorkTree(Uncached(location));
        var first = FileCache.Open(location, TimeSpan.Zero, TimeProvider.System);
        using (var session = SourceSession.Over(location, first)) ItemState.OfWorkTree(session);
        var path = Path.Combine(FileCache.FolderFor(location), damaged);
        var bytes = File.ReadAllBytes(path);

        foreach (var broken in new[] { bytes[..(bytes.Length * 2 / 3)], Scrambled(bytes) })
        {
            File.WriteAllBytes(path, broken);
            var again = FileCache.Open(location, TimeSpan.Zero, TimeProvider.System);
            using (var session = SourceSession.Over(location, again))
            {
                Assert.Equal(parsed, ItemState.OfWorkTree(session));
                Assert.True(again.FilesRead > 0, "a damaged " + damaged + " must not stand in for reading the files");
            }
            var healed = FileCache.Open(location, TimeSpan.Zero, TimeProvider.System);
            using (var session = SourceSession.Over(location, healed))
            {
                Assert.Equal(parsed, ItemState.OfWorkTree(session));
                Assert.Equal(0, healed.FilesRead);
            }
            healed.Save();
        }
    }

    /// <summary>The header kept, every later byte flipped: lengths and counts point anywhere.</summary>
    private static byte[] Scrambled(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = 200; i < copy.Length; i++) copy[i] ^= 0x5a;
        return copy;
    }

    [Fact]
    public void An_edited_bundle_is_read_again_and_warm_and_cold_checks_agree()
    {
        using var files = TempCatalog.CopyOfSample();
        const string bundle = "service-bundles/YJS230123001.yaml";
        var first = CliRun.Run("check", "--catalog", files.CatalogDir, "--format", "json");
        Assert.Equal(first, CliRun.Run("check", "--catalog", files.CatalogDir, "--format", "json"));

        // Same byte length: a member code that no implementation has (…285X → …285Y).
        files.Replace(bundle, "GG00501001-230123-11230123004381285X\n", "GG00501001-230123-11230123004381285Y\n");
        var warm = CliRun.Run("check", "--catalog", files.CatalogDir, "--format", "json");
        Assert.NotEqual(first.Out, warm.Out);
        Assert.Contains("GG00501001-230123-11230123004381285Y", warm.Out);
        Assert.Equal(warm, CliRun.Run("check", "--no-cache", "--catalog", files.CatalogDir, "--format", "json"));

        var location = CatalogLocation.Find(files.CatalogDir)!;
        using var session = SourceSession.Over(location, FileCache.Open(location, TimeSpan.Zero, TimeProvider.System));
        Assert.Contains("GG00501001-230123-11230123004381285Y", session.Load().Index.Bundles["YJS230123001"].Members);
        Assert.Equal(ItemState.OfWorkTree(Uncached(location)).Single(s => s.Code == "YJS230123001"), ItemState.OfWorkTree(session).Single(s => s.Code == "YJS230123001"));
    }
}
