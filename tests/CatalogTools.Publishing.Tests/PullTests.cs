using System.Text;
using System.Text.Json;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Pull;
using CatalogTools.Publishing.Serving;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// `catalog pull` over HTTP from the server `catalog serve` runs, on 127.0.0.1: a first pull fetches
/// the whole bundle, the next only the delta; the version served is switched whole.
/// </summary>
public sealed class PullTests(PullBundles bundles) : IClassFixture<PullBundles>
{
    [Fact]
    public async Task A_first_pull_fetches_the_bundle_and_the_next_only_the_changed_files()
    {
        var channel = bundles.NewChannelFolder();
        await using (var v1 = await BundleServer.StartAsync(bundles.V1, 0))
        {
            var first = await PullHelper.PullAsync(bundles, new Uri(v1.Address, "mobile/").ToString(), channel);
            Assert.Equal(PullStatus.Updated, first.Status);
            Assert.Equal(PullBundles.Version1, first.Version);
            var listed = PullHelper.ManifestOf(Path.Combine(bundles.V1, "mobile")).Files;
            Assert.Equal(listed.Select(f => f.Sha256).Distinct().Count(), first.Transfer.FilesFetched);
            Assert.Equal(0, first.Transfer.FilesReused);
            Assert.True(first.Transfer.BytesReceived > 0);
        }
        PullHelper.AssertServes(bundles, channel, Path.Combine(bundles.V1, "mobile"));

        await using var v2 = await BundleServer.StartAsync(bundles.V2, 0);
        var url = new Uri(v2.Address, "mobile/").ToString();
        var outcome = await Task.Run(() => CliRun.Run("pull", url, "--root", bundles.Repo.PublicKey, "-o", channel));
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Contains($"已从 {url} 更新到版本 {PullBundles.Version2}（之前 {PullBundles.Version1}）", outcome.Out);
        PullHelper.AssertServes(bundles, channel, Path.Combine(bundles.V2, "mobile"));

        // Only files whose SHA-256 the channel did not hold were fetched: the delta's changed files.
        var old = PullHelper.ManifestOf(Path.Combine(bundles.V1, "mobile")).Files.Select(f => f.Sha256).ToHashSet();
        var changed = PullHelper.ManifestOf(Path.Combine(bundles.V2, "mobile")).Files.Where(f => !old.Contains(f.Sha256)).Select(f => f.Path).ToList();
        var delta = BundleDelta.Parse(File.ReadAllBytes(Path.Combine(bundles.V2, "mobile", BundleManifest.DeltaFileName)))!;
        Assert.Contains($"items/{PullBundles.ChangedItem}.json", changed);
        Assert.All(changed.Where(p => p != BundleManifest.DeltaFileName), p => Assert.Contains(p, delta.ChangedFiles));
        Assert.Contains($"取得 {changed.Count} 个文件", outcome.Out);

        using var status = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(channel, CatalogTools.Publishing.Fleet.ChannelStatus.FileName)));
        Assert.Equal(PullBundles.Version2, status.RootElement.GetProperty("bundleVersion").GetInt64());
        Assert.Equal("mobile", status.RootElement.GetProperty("channel").GetString());

        var again = await Task.Run(() => CliRun.Run("pull", url, "--root", bundles.Repo.PublicKey, "-o", channel, "--lang", "en"));
        Assert.Equal(0, again.ExitCode);
        Assert.Contains($"Already at the newest version {PullBundles.Version2}", again.Out);
    }

    [Fact]
    public async Task A_publish_folder_and_a_local_folder_are_sources_too()
    {
        var channel = bundles.NewChannelFolder();
        var outcome = await Task.Run(() => CliRun.Run("pull", bundles.V1, "--channel", "kiosk", "--root", bundles.Repo.PublicKey, "-o", channel));
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        PullHelper.AssertServes(bundles, channel, Path.Combine(bundles.V1, "kiosk"));

        await using var v2 = await BundleServer.StartAsync(bundles.V2, 0);
        var overHttp = await Task.Run(() => CliRun.Run("pull", v2.Address.ToString(), "--channel", "kiosk", "--root", bundles.Repo.PublicKey, "-o", channel));
        Assert.True(overHttp.ExitCode == 0, overHttp.Out + overHttp.Error);
        PullHelper.AssertServes(bundles, channel, Path.Combine(bundles.V2, "kiosk"));
        // The previous version is kept for readers still inside it; older ones go.
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(channel, ChannelFolder.VersionsName)).Length);
    }
}

/// <summary>What the pull tests share: a pull through the library, and what a served channel must look like.</summary>
internal static class PullHelper
{
    public static async Task<PullResult> PullAsync(PullBundles bundles, string url, string channel, TimeProvider? clock = null, PullOptions? options = null, PullTransfer? transfer = null, CancellationToken cancellation = default)
    {
        using var key = ManifestSigner.LoadPublic(File.ReadAllText(bundles.Repo.PublicKey), out _)!;
        using var source = new HttpBundleSource(new Uri(url));
        return await new ChannelPuller(source, new SignedManifestTrust(key), clock ?? FixedClock.Default).PullAsync(channel, options ?? new PullOptions(), transfer, cancellation);
    }

    public static BundleManifest ManifestOf(string bundle) => BundleManifest.Parse(File.ReadAllBytes(Path.Combine(bundle, BundleManifest.FileName)), out _)!;

    /// <summary>The channel's current version is exactly <paramref name="bundle"/>: same manifest bytes, and verify-bundle accepts it whole.</summary>
    public static void AssertServes(PullBundles bundles, string channel, string bundle)
    {
        var current = Path.Combine(channel, ChannelFolder.CurrentName);
        Assert.Equal(File.ReadAllBytes(Path.Combine(bundle, BundleManifest.FileName)), File.ReadAllBytes(Path.Combine(current, BundleManifest.FileName)));
        var verified = CliRun.Run("verify-bundle", current, "--key", bundles.Repo.PublicKey, "--channel", ManifestOf(bundle).Channel);
        Assert.True(verified.ExitCode == 0, verified.Out + verified.Error);
    }

    /// <summary>The channel serves exactly the bundle's manifest and files (under trust metadata no manifest.sig is kept).</summary>
    public static void AssertSameFiles(string bundle, string served)
    {
        var manifest = ManifestOf(bundle);
        Assert.Equal(File.ReadAllBytes(Path.Combine(bundle, BundleManifest.FileName)), File.ReadAllBytes(Path.Combine(served, BundleManifest.FileName)));
        var present = Directory.EnumerateFiles(served, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(served, f).Replace('\\', '/')).Where(p => p != BundleManifest.FileName).Order(StringComparer.Ordinal);
        Assert.Equal(manifest.Files.Select(f => f.Path).Order(StringComparer.Ordinal), present);
        foreach (var f in manifest.Files) Assert.Equal(File.ReadAllBytes(Path.Combine(bundle, f.Path)), File.ReadAllBytes(Path.Combine(served, f.Path)));
    }

    /// <summary>A copy of a publish folder as it is now (an older version to serve or check again later).</summary>
    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
