using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Pull;
using CatalogTools.Publishing.Serving;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// Every attack the TUF specification names that applies to a channel, played over HTTP from the
/// server `catalog serve` runs, each on a tampered copy of a published bundle: `catalog pull` refuses
/// it with its own rule and the channel keeps serving the version it had.
/// </summary>
public sealed class PullAttackTests(PullBundles bundles) : IClassFixture<PullBundles>
{
    private const string Changed = $"items/{PullBundles.ChangedItem}.json";

    private string V1Mobile => Path.Combine(bundles.V1, "mobile");
    private string V2Mobile => Path.Combine(bundles.V2, "mobile");

    [Fact]
    public async Task Rollback_to_an_older_version_is_refused()
    {
        var channel = await ChannelAtAsync(V2Mobile);
        var outcome = await PullFromAsync(V1Mobile, channel);
        AssertRefused(outcome, "CAT0250", $"版本 {PullBundles.Version1} 早于本渠道已接受的版本 {PullBundles.Version2}", channel, V2Mobile);
    }

    [Fact]
    public async Task Expired_metadata_is_refused_as_a_freeze()
    {
        var channel = await ChannelAtAsync(V1Mobile);
        var later = new FixedClock(new DateTimeOffset(2026, 12, 10, 0, 0, 0, TimeSpan.Zero));
        var outcome = await PullFromAsync(V2Mobile, channel, later, "--lang", "en");
        AssertRefused(outcome, "CAT0251", "expired: valid until 2026-12-04T08:00:00Z", channel, V1Mobile);
    }

    [Fact]
    public async Task A_file_of_the_previous_version_under_the_new_manifest_is_mix_and_match()
    {
        var channel = await ChannelAtAsync(V1Mobile);
        // The region list of the changed item's county: the same length in both versions, only the item's hash differs.
        const string region = "regions/230125.json";
        Assert.Equal(new FileInfo(Path.Combine(V1Mobile, region)).Length, new FileInfo(Path.Combine(V2Mobile, region)).Length);
        var forge = Forge(V2Mobile);
        forge.Write(region, File.ReadAllBytes(Path.Combine(V1Mobile, region)));
        AssertRefused(await PullFromAsync(forge.Folder, channel), "CAT0252", "该文件是上一版本的内容", channel, V1Mobile);

        // Another channel's manifest, validly signed, offered as this channel's.
        var other = Forge(V2Mobile);
        foreach (var name in new[] { BundleManifest.FileName, BundleManifest.SignatureFileName })
            File.Copy(Path.Combine(bundles.V2, "kiosk", name), other.PathOf(name), overwrite: true);
        AssertRefused(await PullFromAsync(other.Folder, channel), "CAT0252", "清单属于渠道『kiosk』", channel, V1Mobile);
    }

    [Fact]
    public async Task A_version_pushed_into_the_future_is_refused_as_a_fast_forward()
    {
        var channel = await ChannelAtAsync(V1Mobile);
        var forge = Forge(V2Mobile);
        forge.Resign(m => m with { BundleVersion = 29991231000000 });
        AssertRefused(await PullFromAsync(forge.Folder, channel), "CAT0253", "版本 29991231000000 超前", channel, V1Mobile);
    }

    [Fact]
    public async Task Endless_data_stops_at_the_size_the_manifest_states()
    {
        var channel = await ChannelAtAsync(V1Mobile);
        var forge = Forge(V2Mobile);
        var listed = File.ReadAllBytes(forge.PathOf(Changed));
        forge.Write(Changed, [.. listed, .. new byte[4 << 20]]);
        var outcome = await PullFromAsync(forge.Folder, channel);
        AssertRefused(outcome, "CAT0254", $"超过大小上限 {listed.Length} 字节", channel, V1Mobile);

        var manifestLimit = await PullFromAsync(V2Mobile, channel, null, "--max-manifest-bytes", "1000");
        AssertRefused(manifestLimit, "CAT0254", "manifest.json 超过大小上限 1000 字节", channel, V1Mobile);
    }

    [Fact]
    public async Task Paths_outside_the_bundle_and_symbolic_links_are_refused_as_arbitrary_files()
    {
        var channel = await ChannelAtAsync(V1Mobile);
        var forge = Forge(V2Mobile);
        var evil = "owned"u8.ToArray();
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(evil));
        forge.Resign(m => m with { Files = [new ManifestFile("../escaped.txt", hash, evil.Length), new ManifestFile("/tmp/absolute.txt", hash, evil.Length), .. m.Files] });
        var outcome = await PullFromAsync(forge.Folder, channel, null, "--lang", "en");
        AssertRefused(outcome, "CAT0255", "names an unsafe path '../escaped.txt'", channel, V1Mobile);
        Assert.Contains("'/tmp/absolute.txt'", outcome.Out);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(channel)!, "escaped.txt")));

        // A symbolic link in a folder source is not followed.
        var linked = Forge(V2Mobile);
        File.Delete(linked.PathOf(Changed));
        File.CreateSymbolicLink(linked.PathOf(Changed), Path.Combine(V2Mobile, Changed));
        var fromFolder = await Task.Run(() => CliRun.Run("pull", linked.Folder, "--root", bundles.Repo.PublicKey, "-o", channel));
        AssertRefused(fromFolder, "CAT0255", "源中的符号链接，不跟随", channel, V1Mobile);
    }

    [Fact]
    public async Task A_changed_manifest_or_another_key_leaves_too_few_signatures()
    {
        var channel = await ChannelAtAsync(V1Mobile);
        var forge = Forge(V2Mobile);
        var bytes = File.ReadAllBytes(forge.PathOf(BundleManifest.FileName));
        var text = PullHelper.Text(bytes).Replace("2026-12-04T08:00:00Z", "2027-12-04T08:00:00Z", StringComparison.Ordinal);
        File.WriteAllText(forge.PathOf(BundleManifest.FileName), text);
        AssertRefused(await PullFromAsync(forge.Folder, channel), "CAT0256", "只有 0 个有效签名，门限为 1 个", channel, V1Mobile);

        var stranger = Forge(V2Mobile);
        var (otherPrivate, _) = ManifestSigner.GenerateKeyPair();
        using var otherKey = ManifestSigner.LoadPrivate(otherPrivate, out _)!;
        File.WriteAllText(stranger.PathOf(BundleManifest.SignatureFileName), ManifestSigner.Sign(otherKey, File.ReadAllBytes(stranger.PathOf(BundleManifest.FileName))));
        AssertRefused(await PullFromAsync(stranger.Folder, channel), "CAT0256", "门限为 1 个", channel, V1Mobile);
    }

    [Fact]
    public async Task A_file_changed_on_the_source_is_refused()
    {
        var channel = await ChannelAtAsync(V1Mobile);
        var forge = Forge(V2Mobile);
        var bytes = File.ReadAllBytes(forge.PathOf(Changed));
        bytes[^2] ^= 0x01;
        forge.Write(Changed, bytes);
        var outcome = await PullFromAsync(forge.Folder, channel);
        AssertRefused(outcome, "CAT0258", $"{Changed} 与签名清单不符：SHA-256 为", channel, V1Mobile);
        Assert.Contains($"[{PullBundles.ChangedItem}]", outcome.Out);
    }

    private BundleForge Forge(string bundle) => new(bundle, bundles.Repo.Out("forge-" + Guid.NewGuid().ToString("N")[..8]), bundles.Repo.PrivateKey);

    private async Task<string> ChannelAtAsync(string bundle)
    {
        var channel = bundles.NewChannelFolder();
        var outcome = await Task.Run(() => CliRun.Run("pull", bundle, "--root", bundles.Repo.PublicKey, "-o", channel));
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        return channel;
    }

    /// <summary>Serves <paramref name="bundle"/> as `catalog serve` does, on 127.0.0.1, and runs `catalog pull` against it.</summary>
    private async Task<CliOutcome> PullFromAsync(string bundle, string channel, TimeProvider? clock = null, params string[] extra)
    {
        await using var server = await BundleServer.StartAsync(bundle, 0);
        Assert.Equal("127.0.0.1", server.Address.Host);
        return await Task.Run(() => CliRun.RunAt(clock ?? FixedClock.Default, ["pull", server.Address.ToString(), "--root", bundles.Repo.PublicKey, "-o", channel, .. extra]));
    }

    private void AssertRefused(CliOutcome outcome, string rule, string message, string channel, string stillServed)
    {
        Assert.True(outcome.ExitCode == 1, outcome.Out + outcome.Error);
        Assert.Contains(rule, outcome.Out);
        Assert.Contains(message, outcome.Out);
        PullHelper.AssertServes(bundles, channel, stillServed);
    }
}
