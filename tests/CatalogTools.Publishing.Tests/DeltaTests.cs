using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>`publish --since`: only changed items are rendered, delta.json lists what a channel must fetch, and the result equals a full publish.</summary>
public sealed class DeltaTests
{
    private const string Changed = "GG00101001-230125-11230125010320163G";

    [Fact]
    public void Republishing_after_one_change_renders_one_item_and_lists_the_delta()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);
        var before = File.ReadAllBytes(Path.Combine(output, "web", "manifest.json"));

        var impl = $"implementations/230125/{Changed}.yaml";
        var hours = repo.Temp.Read(impl).Split('\n').First(l => l.StartsWith("hours: ", StringComparison.Ordinal));
        repo.Temp.Replace(impl, hours + "\n", "hours: 工作日 9:00-17:00\n");
        repo.Commit("hours", GitCatalog.FirstCommit.AddDays(3));

        var outcome = repo.Publish(output, "--since", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Contains("web：247 项事项", outcome.Out);
        Assert.Contains("渲染事项 1 项", outcome.Out);

        var delta = BundleDelta.Parse(File.ReadAllBytes(Path.Combine(output, "web", "delta.json")))!;
        Assert.Equal(20261101080000, delta.Since);
        Assert.Equal(20261104080000, delta.BundleVersion);
        Assert.Equal([Changed], delta.ChangedItems);
        Assert.Empty(delta.AddedItems);
        Assert.Empty(delta.RemovedItems);
        Assert.Contains($"guides/{Changed}.html", delta.ChangedFiles);
        Assert.Contains($"notices/{Changed}.html", delta.ChangedFiles);
        Assert.DoesNotContain("guides/CJ00101001-230125-112301250745715780.html", delta.ChangedFiles);

        var manifest = BundleManifest.Parse(File.ReadAllBytes(Path.Combine(output, "web", "manifest.json")), out _)!;
        Assert.Equal(20261104080000, manifest.Items.Single(i => i.Code == Changed).Version);
        Assert.Equal(20261101080000, manifest.Items.Single(i => i.Code == "CJ00101001-230125-112301250745715780").Version);
        Assert.False(before.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, "web", "manifest.json"))));
        Assert.Equal(0, CliRun.Run("verify-bundle", output, "--key", repo.PublicKey).ExitCode);
        Assert.Contains("工作日 9:00-17:00", File.ReadAllText(Path.Combine(output, "web", "guides", Changed + ".html")));

        // Every page equals what a full publish of the same commit writes.
        var full = repo.Out("full");
        Assert.Equal(0, repo.Publish(full).ExitCode);
        foreach (var channel in new[] { "web", "mobile", "kiosk" }) AssertSamePages(full, output, channel);
    }

    [Fact]
    public void A_removed_item_is_listed_and_its_files_deleted()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);
        repo.Temp.Delete($"implementations/230125/{Changed}.yaml");
        repo.Commit("remove", GitCatalog.FirstCommit.AddDays(1));
        Assert.Equal(0, repo.Publish(output, "--since", output, "--channel", "mobile").ExitCode);
        var delta = BundleDelta.Parse(File.ReadAllBytes(Path.Combine(output, "mobile", "delta.json")))!;
        Assert.Equal([Changed], delta.RemovedItems);
        Assert.Contains($"items/{Changed}.json", delta.RemovedFiles);
        Assert.False(File.Exists(Path.Combine(output, "mobile", "items", Changed + ".json")));
        Assert.Equal(0, CliRun.Run("verify-bundle", Path.Combine(output, "mobile"), "--key", repo.PublicKey).ExitCode);
    }
    [Fact]
    public void Shared_pages_whose_inputs_did_not_change_are_kept_and_the_rest_equals_a_full_publish()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);

        // Rename one department (work tree only, same commit): its region's pages and its items change, nothing else.
        repo.Temp.Replace("registries/agencies.yaml", "name: 宾县人力资源和社会保障局\n", "name: 宾县人力资源和社会保障局（更名）\n");
        var outcome = repo.Publish(output, "--since", output);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Matches("web：.*沿用未变的共享页面 [1-9][0-9]* 个", outcome.Out);
        Assert.Matches("kiosk：.*沿用未变的共享页面 [1-9][0-9]* 个", outcome.Out);
        foreach (var channel in new[] { "web", "kiosk" })
        {
            var delta = BundleDelta.Parse(File.ReadAllBytes(Path.Combine(output, channel, "delta.json")))!;
            Assert.Contains("regions/230125.html", delta.ChangedFiles);
            // Only that region's pages (its first, and its page N where the department's items continue).
            Assert.DoesNotContain(delta.ChangedFiles, f => f.StartsWith("regions/", StringComparison.Ordinal) && f != "regions/230125.html" && !f.StartsWith("regions/230125/", StringComparison.Ordinal));
            // The work tree is dirty, so the bundle has a new version, which the index page shows.
            Assert.Contains("index.html", delta.ChangedFiles);
            Assert.Contains("宾县人力资源和社会保障局（更名）", File.ReadAllText(Path.Combine(output, channel, "regions", "230125.html")));
        }
        Assert.Equal(0, CliRun.Run("verify-bundle", output, "--key", repo.PublicKey).ExitCode);

        var full = repo.Out("full");
        Assert.Equal(0, repo.Publish(full).ExitCode);
        foreach (var channel in new[] { "web", "mobile", "kiosk" })
        {
            AssertSamePages(full, output, channel);
            var a = BundleManifest.Parse(File.ReadAllBytes(Path.Combine(full, channel, "manifest.json")), out _)!;
            var b = BundleManifest.Parse(File.ReadAllBytes(Path.Combine(output, channel, "manifest.json")), out _)!;
            Assert.Equal(a.Files, b.Files.Where(f => f.Path != BundleManifest.DeltaFileName));
            // A full publish stamps every item with this version; the update keeps unchanged items' versions.
            Assert.Equal(a.Items.Select(i => (i.Code, i.Hash)), b.Items.Select(i => (i.Code, i.Hash)));
        }
    }

    /// <summary>Every file of the full publish's channel, manifest and signature aside, equals the updated bundle's.</summary>
    private static void AssertSamePages(string full, string output, string channel)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(full, channel), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Path.Combine(full, channel), file);
            if (relative is "manifest.json" or "manifest.sig") continue;
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, channel, relative))), $"{channel}/{relative}");
        }
    }
}
