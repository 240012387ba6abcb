using System.Text.Json.Nodes;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Publishing.Trust;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests.Trust;

/// <summary>
/// The trust metadata through the command line on a real git repository: keygen per algorithm, a
/// single-key publish with its default root, verify-bundle --root, tampering and expiry, the sign
/// round trip, thresholds of officials' signatures, and root rotation.
/// </summary>
public sealed class TrustCliTests : IDisposable
{
    private readonly GitCatalog _repo = GitCatalog.CreateSample();

    public void Dispose() => _repo.Dispose();

    private static CliOutcome Verify(string output, string root, TimeProvider? clock = null) =>
        CliRun.RunAt(clock ?? FixedClock.Default, "verify-bundle", output, "--root", root);

    private static string Targets(string output, string channel) =>
        Directory.GetFiles(Path.Combine(output, "metadata", channel), "*.targets.json").Single();

    [Theory]
    [InlineData("p256", KeyAlgorithm.P256)]
    [InlineData("sm2", KeyAlgorithm.Sm2)]
    public void Keygen_writes_a_key_pair_of_the_chosen_algorithm_and_prints_its_key_id(string name, KeyAlgorithm algorithm)
    {
        var outcome = CliRun.Run("keygen", "-o", _repo.KeysDir, "--algorithm", name, "--name", name);
        Assert.Equal(0, outcome.ExitCode);
        var key = SigningKey.FromPem(File.ReadAllText(Path.Combine(_repo.KeysDir, name + ".key.pem")), out _)!;
        Assert.Equal(algorithm, key.Algorithm);
        Assert.Equal(key.KeyId, TrustKey.FromPem(File.ReadAllText(Path.Combine(_repo.KeysDir, name + ".pub.pem")), out _)!.KeyId);
        Assert.Contains(key.KeyId, outcome.Out);
        Assert.Equal(2, CliRun.Run("keygen", "-o", _repo.KeysDir, "--algorithm", "rsa").ExitCode);
    }

    [Theory]
    [InlineData("p256")]
    [InlineData("sm2")]
    public void A_single_key_bundle_verifies_against_its_default_root_and_a_flipped_bit_fails(string algorithm)
    {
        var key = _repo.Keygen("publisher", algorithm);
        var output = _repo.Out("out-" + algorithm);
        var published = _repo.PublishWithOwnKeys(output, "--key", key);
        Assert.True(published.ExitCode == 0, published.Out + published.Error);
        var root = Path.Combine(output, "metadata", "1.root.json");
        Assert.True(File.Exists(root));
        Assert.True(File.Exists(Path.Combine(output, "metadata", "timestamp.json")));
        // manifest.sig is P-256 only (verify-bundle --key); an SM2 publisher is verified through the trust metadata.
        Assert.Equal(algorithm == "p256", File.Exists(Path.Combine(output, "web", "manifest.sig")));

        var accepted = Verify(output, root);
        Assert.True(accepted.ExitCode == 0, accepted.Out + accepted.Error);
        Assert.Contains("✓ web", accepted.Out);
        Assert.Contains("✓ mobile", accepted.Out);

        // Every file also has its content-addressed name under targets/.
        var manifest = Bundles.BundleManifest.Parse(File.ReadAllBytes(Path.Combine(output, "web", "manifest.json")), out _)!;
        var guide = manifest.Files.First(f => f.Path.StartsWith("guides/", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(output, RepositoryLayout.ContentFile("web/" + guide.Path, guide.Sha256))));

        // A flipped bit in the manifest: its SHA-256 is not the one the targets metadata signed.
        var manifestPath = Path.Combine(output, "web", "manifest.json");
        var original = File.ReadAllBytes(manifestPath);
        var flipped = (byte[])original.Clone();
        flipped[40] ^= 0x01;
        File.WriteAllBytes(manifestPath, flipped);
        var refused = Verify(output, root);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("CAT0243", refused.Out);
        File.WriteAllBytes(manifestPath, original);

        // A flipped bit in the timestamp's signature.
        var timestampPath = Path.Combine(output, "metadata", "timestamp.json");
        var timestamp = SignedMetadata.Parse(File.ReadAllBytes(timestampPath), out _)!;
        var sig = timestamp.Signatures[0];
        var bad = sig.Sig[..^2] + (sig.Sig[^2] == '0' ? '1' : '0') + sig.Sig[^1];
        File.WriteAllBytes(timestampPath, new SignedMetadata(timestamp.Signed, [sig with { Sig = bad }]).ToBytes());
        var badSignature = Verify(output, root);
        Assert.Equal(1, badSignature.ExitCode);
        Assert.Contains("[CAT0240]", badSignature.Out);
        Assert.Contains("metadata/timestamp.json", badSignature.Out);
    }

    [Fact]
    public void An_expired_timestamp_is_refused_and_release_renews_it()
    {
        var key = _repo.Keygen("publisher", "p256");
        var output = _repo.Out("out");
        Assert.Equal(0, _repo.PublishWithOwnKeys(output, "--key", key, "--timestamp-hours", "12").ExitCode);
        var root = Path.Combine(output, "metadata", "1.root.json");
        var later = new FixedClock(FixedClock.Default.GetUtcNow().AddHours(13));
        var refused = Verify(output, root, later);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("[CAT0241]", refused.Out);
        Assert.Contains("timestamp", refused.Out);

        var renewed = CliRun.RunAt(later, "release", output, "--key", key);
        Assert.True(renewed.ExitCode == 0, renewed.Out + renewed.Error);
        Assert.Contains("第 2 版", renewed.Out);
        Assert.Equal(0, Verify(output, root, later).ExitCode);
    }

    [Fact]
    public void Root_then_sign_round_trip_makes_a_root_a_channel_can_load()
    {
        var rootKey = _repo.Keygen("root", "sm2");
        var online = _repo.Keygen("online", "p256");
        var trust = _repo.Out("trust");
        var made = CliRun.Run("root", trust, "--key", "root=" + GitCatalog.PublicOf(rootKey), "--key", "targets=" + GitCatalog.PublicOf(online), "--key", "snapshot=" + GitCatalog.PublicOf(online), "--key", "timestamp=" + GitCatalog.PublicOf(online));
        Assert.True(made.ExitCode == 0, made.Out + made.Error);
        var file = Path.Combine(trust, "1.root.json");
        Assert.Null(TrustedRoot.Load(File.ReadAllBytes(file), file, out var unsigned));
        Assert.Equal("CAT0240", unsigned!.Rule.Id);

        var signed = CliRun.Run("sign", file, "--key", rootKey);
        Assert.True(signed.ExitCode == 0, signed.Out + signed.Error);
        Assert.Contains("1 个，需要 1 个", signed.Out);
        var root = TrustedRoot.Load(File.ReadAllBytes(file), file, out var problem);
        Assert.True(root is not null, problem?.FullMessage(Core.Diagnostics.Lang.En));
        Assert.Equal(KeyAlgorithm.Sm2, root!.Root.KeysOf(RoleNames.Root).Single().Algorithm);

        // Signing again with the same key replaces its signature, never adds a second count.
        Assert.Equal(0, CliRun.Run("sign", file, "--key", rootKey).ExitCode);
        Assert.Single(SignedMetadata.Parse(File.ReadAllBytes(file), out _)!.Signatures);
        Assert.Equal(2, CliRun.Run("sign", file, "--key", GitCatalog.PublicOf(rootKey)).ExitCode);
    }

    [Fact]
    public void Targets_need_two_of_two_officials_one_signature_is_refused_and_release_waits()
    {
        var rootKey = _repo.Keygen("root", "p256");
        var official1 = _repo.Keygen("official1", "sm2");
        var official2 = _repo.Keygen("official2", "p256");
        var online = _repo.Keygen("online", "sm2");
        var trust = _repo.Out("trust");
        Assert.Equal(0, CliRun.Run("root", trust, "--key", "root=" + GitCatalog.PublicOf(rootKey), "--key", "targets=" + GitCatalog.PublicOf(official1), "--key", "targets=" + GitCatalog.PublicOf(official2),
            "--threshold", "targets=2", "--key", "snapshot=" + GitCatalog.PublicOf(online), "--key", "timestamp=" + GitCatalog.PublicOf(online)).ExitCode);
        Assert.Equal(0, CliRun.Run("sign", Path.Combine(trust, "1.root.json"), "--key", rootKey).ExitCode);

        var output = _repo.Out("out");
        var published = _repo.PublishWithOwnKeys(output, "--trust", trust, "--key", online);
        Assert.True(published.ExitCode == 0, published.Out + published.Error);
        Assert.Contains("待签名", published.Out);
        Assert.False(File.Exists(Path.Combine(output, "metadata", "timestamp.json")));

        foreach (var channel in new[] { "web", "mobile", "kiosk" }) Assert.Equal(0, CliRun.Run("sign", Targets(output, channel), "--key", official1).ExitCode);
        // One of two: refused by the verifier's count, and release does not release.
        var web = Targets(output, "web");
        var rootMetadata = TrustedRoot.Load(File.ReadAllBytes(Path.Combine(trust, "1.root.json")), "1.root.json", out _)!.Root;
        var oneOfTwo = SignatureCheck.Threshold(SignedMetadata.Parse(File.ReadAllBytes(web), out _)!, rootMetadata, RoleNames.Targets, "metadata/web/x.targets.json");
        Assert.Equal("CAT0240", oneOfTwo!.Rule.Id);
        var waiting = CliRun.Run("release", output, "--key", online);
        Assert.Equal(0, waiting.ExitCode);
        Assert.Contains("1/2", waiting.Out);
        Assert.False(File.Exists(Path.Combine(output, "metadata", "timestamp.json")));

        // Two of two: released, and a channel installed with root 1 accepts every channel.
        foreach (var channel in new[] { "web", "mobile", "kiosk" }) Assert.Equal(0, CliRun.Run("sign", Targets(output, channel), "--key", official2).ExitCode);
        Assert.Null(SignatureCheck.Threshold(SignedMetadata.Parse(File.ReadAllBytes(web), out _)!, rootMetadata, RoleNames.Targets, web));
        var released = CliRun.Run("release", output, "--key", online);
        Assert.True(released.ExitCode == 0, released.Out + released.Error);
        Assert.Contains("已签发", released.Out);
        var verified = Verify(output, Path.Combine(trust, "1.root.json"));
        Assert.True(verified.ExitCode == 0, verified.Out + verified.Error);

        // A released targets file is fixed: signing it again would break the snapshot's SHA-256.
        Assert.Equal(2, CliRun.Run("sign", web, "--key", official1).ExitCode);
    }

    [Fact]
    public void A_channel_trusting_root_1_follows_a_rotation_and_refuses_the_rotated_out_key()
    {
        var oldKey = _repo.Keygen("old", "p256");
        var newKey = _repo.Keygen("new", "sm2");
        var output = _repo.Out("out");
        Assert.Equal(0, _repo.PublishWithOwnKeys(output, "--key", oldKey).ExitCode);
        // The channel was installed with root 1 (a copy outside the publish folder).
        var installed = _repo.Out("installed-1.root.json");
        File.Copy(Path.Combine(output, "metadata", "1.root.json"), installed);
        var trust = _repo.Out("trust");
        Directory.CreateDirectory(trust);
        File.Copy(installed, Path.Combine(trust, "1.root.json"));
        Assert.Equal(0, CliRun.Run("root", trust, "--key", "root=" + GitCatalog.PublicOf(newKey), "--key", "targets=" + GitCatalog.PublicOf(newKey), "--key", "snapshot=" + GitCatalog.PublicOf(newKey), "--key", "timestamp=" + GitCatalog.PublicOf(newKey)).ExitCode);
        var next = Path.Combine(trust, "2.root.json");

        // Signed by the new key only: the old root did not approve it.
        Assert.Equal(0, CliRun.Run("sign", next, "--key", newKey).ExitCode);
        var refused = _repo.PublishWithOwnKeys(output, "--trust", trust, "--key", newKey);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("CAT0245", refused.Error);

        // Signed by the old root key too: publish copies root 2 and signs with the new key.
        Assert.Equal(0, CliRun.Run("sign", next, "--key", oldKey).ExitCode);
        var published = _repo.PublishWithOwnKeys(output, "--trust", trust, "--key", newKey);
        Assert.True(published.ExitCode == 0, published.Out + published.Error);
        Assert.True(File.Exists(Path.Combine(output, "metadata", "2.root.json")));
        var followed = Verify(output, installed);
        Assert.True(followed.ExitCode == 0, followed.Out + followed.Error);
        Assert.Contains("信任根：第 2 版", followed.Out);

        // The thief of the old key signs a timestamp: it no longer counts.
        var timestampPath = Path.Combine(output, "metadata", "timestamp.json");
        var timestamp = SignedMetadata.Parse(File.ReadAllBytes(timestampPath), out _)!;
        var forged = new SignedMetadata((JsonObject)JsonNode.Parse(timestamp.Signed.ToJsonString())!);
        forged.Signed["version"] = 99;
        forged.Sign(SigningKey.FromPem(File.ReadAllText(oldKey), out _)!);
        File.WriteAllBytes(timestampPath, forged.ToBytes());
        var rotatedOut = Verify(output, installed);
        Assert.Equal(1, rotatedOut.ExitCode);
        Assert.Contains("[CAT0240]", rotatedOut.Out);
        Assert.Contains("已轮换出去", rotatedOut.Out);
    }
}
