using System.Text.Json.Nodes;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Pull;
using CatalogTools.Publishing.Serving;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Publishing.Trust;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// `catalog pull --root N.root.json` over HTTP from `catalog serve`: timestamp → snapshot → targets →
/// manifest → content-addressed files; a root rotation followed; a timestamp signed with the
/// rotated-out key, a rolled-back publish folder and an expired timestamp refused.
/// </summary>
public sealed class PullTrustTests : IDisposable
{
    private readonly GitCatalog _repo = GitCatalog.CreateSample();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public async Task A_channel_follows_a_root_rotation_and_refuses_the_rotated_out_key_rollback_and_freeze()
    {
        var oldKey = _repo.Keygen("old", "p256");
        var newKey = _repo.Keygen("new", "sm2");
        var output = _repo.Out("out");
        Assert.Equal(0, _repo.PublishWithOwnKeys(output, "--key", oldKey).ExitCode);
        var installed = _repo.Out("installed-1.root.json");
        File.Copy(Path.Combine(output, "metadata", "1.root.json"), installed);
        var firstVersion = _repo.Out("out-first");
        PullHelper.CopyFolder(output, firstVersion);

        await using var server = await BundleServer.StartAsync(output, 0);
        var url = server.Address.ToString();
        var channel = _repo.Out("channel");
        var first = Pull(url, installed, channel);
        Assert.True(first.ExitCode == 0, first.Out + first.Error);
        PullHelper.AssertSameFiles(Path.Combine(output, "mobile"), Path.Combine(channel, "current"));

        // A new commit published with the same keys: only the delta is fetched.
        var impl = $"implementations/230125/{PullBundles.ChangedItem}.yaml";
        var hours = _repo.Temp.Read(impl).Split('\n').First(l => l.StartsWith("hours: ", StringComparison.Ordinal));
        _repo.Temp.Replace(impl, hours + "\n", "hours: 工作日 9:00-17:00\n");
        _repo.Commit("hours", GitCatalog.FirstCommit.AddDays(3));
        Assert.Equal(0, _repo.PublishWithOwnKeys(output, "--key", oldKey).ExitCode);
        var second = Pull(url, installed, channel);
        Assert.True(second.ExitCode == 0, second.Out + second.Error);
        Assert.Contains($"更新到版本 {PullBundles.Version2}", second.Out);
        Assert.Contains("复用本地", second.Out);
        PullHelper.AssertSameFiles(Path.Combine(output, "mobile"), Path.Combine(channel, "current"));

        // The first publish folder served again: its metadata is older than what the channel accepted.
        await using (var old = await BundleServer.StartAsync(firstVersion, 0))
        {
            var rollback = Pull(old.Address.ToString(), installed, channel);
            Assert.Equal(1, rollback.ExitCode);
            Assert.Contains("CAT0242", rollback.Out);
            PullHelper.AssertSameFiles(Path.Combine(output, "mobile"), Path.Combine(channel, "current"));
        }

        // Root 2 hands every role to the new SM2 key, signed by the old root key and the new one.
        var trust = _repo.Out("trust");
        Directory.CreateDirectory(trust);
        File.Copy(installed, Path.Combine(trust, "1.root.json"));
        Assert.Equal(0, CliRun.Run("root", trust, "--key", "root=" + GitCatalog.PublicOf(newKey), "--key", "targets=" + GitCatalog.PublicOf(newKey), "--key", "snapshot=" + GitCatalog.PublicOf(newKey), "--key", "timestamp=" + GitCatalog.PublicOf(newKey)).ExitCode);
        Assert.Equal(0, CliRun.Run("sign", Path.Combine(trust, "2.root.json"), "--key", newKey).ExitCode);
        Assert.Equal(0, CliRun.Run("sign", Path.Combine(trust, "2.root.json"), "--key", oldKey).ExitCode);
        // The next commit is published under root 2, signed with the new key only; the channel follows the rotation.
        _repo.Temp.Replace(impl, "hours: 工作日 9:00-17:00\n", "hours: 工作日 8:30-17:30\n");
        _repo.Commit("hours again", GitCatalog.FirstCommit.AddDays(5));
        var rotated = _repo.PublishWithOwnKeys(output, "--trust", trust, "--key", newKey);
        Assert.True(rotated.ExitCode == 0, rotated.Out + rotated.Error);
        var followed = Pull(url, installed, channel);
        Assert.True(followed.ExitCode == 0, followed.Out + followed.Error);
        Assert.Contains("更新到版本 20261106080000", followed.Out);
        PullHelper.AssertSameFiles(Path.Combine(output, "mobile"), Path.Combine(channel, "current"));
        Assert.Equal(2, TrustedRoot.Load(File.ReadAllBytes(Path.Combine(channel, ".pull", "trust", "root.json")), "root.json", out _)!.Root.Version);

        // The thief of the old key signs a timestamp: the channel, following root 2, refuses it.
        var timestampPath = Path.Combine(output, "metadata", "timestamp.json");
        var genuine = File.ReadAllBytes(timestampPath);
        var timestamp = SignedMetadata.Parse(genuine, out _)!;
        var forged = new SignedMetadata((JsonObject)JsonNode.Parse(timestamp.Signed.ToJsonString())!);
        forged.Signed["version"] = 99;
        forged.Sign(SigningKey.FromPem(File.ReadAllText(oldKey), out _)!);
        File.WriteAllBytes(timestampPath, forged.ToBytes());
        var thief = Pull(url, installed, channel, "--lang", "en");
        Assert.Equal(1, thief.ExitCode);
        Assert.Contains("CAT0240", thief.Out);
        Assert.Contains("CAT0257", thief.Out);
        Assert.Contains("rotated out", thief.Out);
        File.WriteAllBytes(timestampPath, genuine);
        PullHelper.AssertSameFiles(Path.Combine(output, "mobile"), Path.Combine(channel, "current"));

        // Freshness: two days on, the timestamp (24 hours) has expired.
        var later = new FixedClock(FixedClock.Default.GetUtcNow().AddDays(2));
        var frozen = CliRun.RunAt(later, "pull", url, "--root", installed, "--channel", "mobile", "-o", channel);
        Assert.Equal(1, frozen.ExitCode);
        Assert.Contains("CAT0241", frozen.Out);
        PullHelper.AssertSameFiles(Path.Combine(output, "mobile"), Path.Combine(channel, "current"));
    }

    private CliOutcome Pull(string url, string root, string channel, params string[] extra) =>
        Task.Run(() => CliRun.Run(["pull", url, "--root", root, "--channel", "mobile", "-o", channel, .. extra])).GetAwaiter().GetResult();
}
