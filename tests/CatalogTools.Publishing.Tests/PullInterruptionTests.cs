using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Pull;
using CatalogTools.Publishing.Serving;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// A pull cut off in the middle: the channel keeps serving the old version whole, and the next pull
/// resumes the interrupted download with an HTTP range instead of fetching it again; a pull killed
/// with SIGKILL at any file operation leaves the old or the new version served, never a mix.
/// </summary>
public sealed class PullInterruptionTests(PullBundles bundles) : IClassFixture<PullBundles>
{
    private string V1Mobile => Path.Combine(bundles.V1, "mobile");

    [Fact]
    public async Task An_interrupted_pull_keeps_the_old_version_and_the_next_resumes_the_download()
    {
        var channel = bundles.NewChannelFolder();
        Assert.Equal(0, CliRun.Run("pull", V1Mobile, "--root", bundles.Repo.PublicKey, "-o", channel).ExitCode);

        // Version 2 with a large file (incompressible, listed first so it is fetched first).
        var forge = new BundleForge(Path.Combine(bundles.V2, "mobile"), bundles.Repo.Out("forge-big"), bundles.Repo.PrivateKey);
        var big = new byte[3 << 20];
        new Random(16).NextBytes(big);
        forge.AddListed("media/big.bin", big);
        await using var server = await BundleServer.StartAsync(forge.Folder, 0);
        var url = server.Address.ToString();

        using var cut = new CancellationTokenSource();
        var first = new PullTransfer { OnReceived = total => { if (total > 1 << 20) cut.Cancel(); } };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PullHelper.PullAsync(bundles, url, channel, options: new PullOptions { Parallel = 1 }, transfer: first, cancellation: cut.Token));
        PullHelper.AssertServes(bundles, channel, V1Mobile);
        var kept = new FileInfo(Path.Combine(channel, ".pull", "partial", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(big))));
        Assert.True(kept.Exists && kept.Length > 0 && kept.Length < big.Length, $"kept {kept.Length} bytes");
        var keptLength = kept.Length;

        var second = new PullTransfer();
        var resumed = await PullHelper.PullAsync(bundles, url, channel, transfer: second);
        Assert.Equal(PullStatus.Updated, resumed.Status);
        Assert.Equal(keptLength, second.BytesResumed);
        Assert.True(second.BytesReceived < big.Length, $"received {second.BytesReceived} bytes again");
        PullHelper.AssertServes(bundles, channel, forge.Folder);
        Assert.Equal(big, File.ReadAllBytes(Path.Combine(channel, "current", "media", "big.bin")));
    }

    [Fact]
    public async Task A_pull_killed_at_any_file_operation_leaves_the_old_or_the_new_version_served()
    {
        var v2 = Path.Combine(bundles.V2, "mobile");
        await using var server = await BundleServer.StartAsync(v2, 0);
        var url = server.Address.ToString();
        var counting = await ChannelAtV1Async();
        var operations = await Task.Run(() => ChildRun.CountOperations("pull", url, "--root", bundles.Repo.PublicKey, "-o", counting));
        Assert.InRange(operations, 5, 200);
        PullHelper.AssertServes(bundles, counting, v2);

        var sawOld = false;
        var sawNew = false;
        for (var n = 1; n <= operations; n++)
        {
            var channel = await ChannelAtV1Async();
            var killed = await Task.Run(() => ChildRun.Run(n.ToString(System.Globalization.CultureInfo.InvariantCulture), "pull", url, "--root", bundles.Repo.PublicKey, "-o", channel));
            Assert.True(killed.Killed, $"not killed at operation {n}: {killed.Out}{killed.Error}");
            var served = File.ReadAllBytes(Path.Combine(channel, "current", BundleManifest.FileName));
            var isNew = served.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(v2, BundleManifest.FileName)));
            PullHelper.AssertServes(bundles, channel, isNew ? v2 : V1Mobile);
            sawOld |= !isNew;
            sawNew |= isNew;

            // The next pull completes the update from whatever the killed one left.
            var next = await PullHelper.PullAsync(bundles, url, channel);
            Assert.True(next.Status is PullStatus.Updated or PullStatus.UpToDate, string.Join('\n', next.Diagnostics.Select(d => d.FullMessage(Core.Diagnostics.Lang.En))));
            PullHelper.AssertServes(bundles, channel, v2);
        }
        Assert.True(sawOld && sawNew);
    }

    private async Task<string> ChannelAtV1Async()
    {
        var channel = bundles.NewChannelFolder();
        var result = await Task.Run(() => CliRun.Run("pull", V1Mobile, "--root", bundles.Repo.PublicKey, "-o", channel));
        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        return channel;
    }
}
