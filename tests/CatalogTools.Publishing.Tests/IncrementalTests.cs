using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// `publish --since` over the folder it updates, with the recorded publish state in the cache: only
/// changed files are loaded and only what changed is rendered, and the bundle is byte for byte what
/// a whole update (the catalog loaded in full, --no-cache) writes. Anything the state cannot vouch
/// for falls back to the whole update.
/// </summary>
public sealed class IncrementalTests
{
    private const string Incremental = "增量更新";
    private const string Hours = "implementations/230125/GG00101001-230125-11230125010320163G.yaml";
    private const string Removed = "implementations/230125/CJ00101001-230125-112301250745715780.yaml";
    private const string Added = "implementations/230125/GG00101001-230125-11230125029522099X.yaml";
    private const string Standard = "standards/QR00101001.yaml";

    [Fact]
    public void An_incremental_update_writes_the_same_bundle_as_a_whole_update()
    {
        using var repo = GitCatalog.CreateSample();
        var fast = repo.Out("out-fast");
        Assert.Equal(0, repo.Publish(fast).ExitCode);
        var whole = repo.Out("out-whole");
        TempCatalog.CopyDirectory(fast, whole);

        // One edited implementation, one edited standard (all its implementations change), one removed, one added.
        repo.Temp.Replace(Hours, "hours: 工作日 8:30-11:30，13:00-16:30（法定节假日除外）", "hours: 工作日 9:00-17:00");
        repo.Temp.Replace(Standard, "  - 可选择邮政寄递方式领取新证\n", "  - 可选择邮政寄递或窗口方式领取新证\n");
        repo.Temp.Delete(Removed);
        repo.Temp.Write(Added, repo.Temp.Read(Hours)
            .Replace("GG00101001-230125-11230125010320163G", "GG00101001-230125-11230125029522099X", StringComparison.Ordinal)
            .Replace("agency: 11230125010320163G", "agency: 11230125029522099X", StringComparison.Ordinal));
        repo.Commit("edits", GitCatalog.FirstCommit.AddDays(2));

        var update = repo.Publish(fast, "--since", fast);
        Assert.True(update.ExitCode == 0, update.Error);
        Assert.Contains(Incremental, update.Out);
        var reference = repo.Publish(whole, "--since", whole, "--no-cache");
        Assert.True(reference.ExitCode == 0, reference.Error);
        Assert.DoesNotContain(Incremental, reference.Out);

        PublishedFiles.AssertSameChannels(whole, fast);
        foreach (var channel in new[] { "web", "mobile", "kiosk" })
        {
            Assert.Equal(0, CliRun.Run("verify-bundle", Path.Combine(fast, channel), "--key", repo.PublicKey).ExitCode);
        }
        var delta = BundleDelta.Parse(File.ReadAllBytes(Path.Combine(fast, "web", BundleManifest.DeltaFileName)))!;
        Assert.Equal(["GG00101001-230125-11230125029522099X"], delta.AddedItems);
        Assert.Equal(["CJ00101001-230125-112301250745715780"], delta.RemovedItems);
        Assert.Contains("GG00101001-230125-11230125010320163G", delta.ChangedItems);
        Assert.Contains(delta.ChangedItems, code => code.StartsWith("QR00101001-", StringComparison.Ordinal));
    }

    [Fact]
    public void The_next_update_is_incremental_again_and_renders_only_the_changed_item()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);
        foreach (var (day, hours) in new[] { (1, "工作日 9:00-17:00"), (2, "工作日 9:00-18:00") })
        {
            var current = repo.Temp.Read(Hours).Split('\n').First(l => l.StartsWith("hours: ", StringComparison.Ordinal));
            repo.Temp.Replace(Hours, current, "hours: " + hours);
            repo.Commit("hours", GitCatalog.FirstCommit.AddDays(day));
            var update = repo.Publish(output, "--since", output);
            Assert.True(update.ExitCode == 0, update.Error);
            Assert.Contains(Incremental, update.Out);
            Assert.Contains("web：247 项事项", update.Out);
            Assert.Contains("渲染事项 1 项", update.Out);
            Assert.Contains(hours, File.ReadAllText(Path.Combine(output, "web", "guides", "GG00101001-230125-11230125010320163G.html")));
        }
        Assert.Equal(0, CliRun.Run("verify-bundle", output, "--key", repo.PublicKey).ExitCode);
    }

    [Fact]
    public void A_changed_registry_loads_the_whole_catalog()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);
        repo.Temp.Replace("registries/agencies.yaml", "name: 黑龙江省民政厅", "name: 黑龙江省民政厅（省级）");
        repo.Commit("agency", GitCatalog.FirstCommit.AddDays(1));
        AssertWholeUpdate(repo, output, output);
    }

    [Fact]
    public void A_bundle_edited_after_it_was_published_is_not_trusted_by_the_state()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);
        var manifest = Path.Combine(output, "web", BundleManifest.FileName);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"bundleVersion\": ", "\"bundleVersion\":  ", StringComparison.Ordinal));
        EditHours(repo);
        AssertWholeUpdate(repo, output, output);
    }

    [Fact]
    public void Since_another_bundle_than_the_folder_holds_is_a_whole_update()
    {
        using var repo = GitCatalog.CreateSample();
        var first = repo.Out("out-first");
        Assert.Equal(0, repo.Publish(first).ExitCode);
        EditHours(repo);
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);

        AssertWholeUpdate(repo, output, first);
        var delta = BundleDelta.Parse(File.ReadAllBytes(Path.Combine(output, "web", BundleManifest.DeltaFileName)))!;
        Assert.Equal(["GG00101001-230125-11230125010320163G"], delta.ChangedItems);
    }

    private static void EditHours(GitCatalog repo)
    {
        repo.Temp.Replace(Hours, "hours: 工作日 8:30-11:30，13:00-16:30（法定节假日除外）", "hours: 工作日 9:00-17:00");
        repo.Commit("hours", GitCatalog.FirstCommit.AddDays(1));
    }

    /// <summary>Publishes with --since, checks that the whole catalog was loaded (no incremental update) and that the bundle verifies.</summary>
    private static void AssertWholeUpdate(GitCatalog repo, string output, string since)
    {
        var update = repo.Publish(output, "--since", since);
        Assert.True(update.ExitCode == 0, update.Error);
        Assert.DoesNotContain(Incremental, update.Out);
        Assert.Equal(0, CliRun.Run("verify-bundle", output, "--key", repo.PublicKey).ExitCode);
    }

}
