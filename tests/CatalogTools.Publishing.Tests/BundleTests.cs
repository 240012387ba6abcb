using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>Bundles are reproducible and signed; verify-bundle refuses every tampering a channel could meet.</summary>
public sealed class BundleTests(SampleBundle bundle) : IClassFixture<SampleBundle>
{
    private readonly GitCatalog _repo = bundle.Repo;
    private readonly string _out = bundle.Output;

    private CliOutcome Verify(string dir, params string[] extra) => CliRun.Run(["verify-bundle", dir, "--key", _repo.PublicKey, .. extra]);

    private string CopyOfWeb()
    {
        var copy = _repo.Out("copy-" + Guid.NewGuid().ToString("N")[..8]);
        TempCatalog.CopyDirectory(Path.Combine(_out, "web"), copy);
        return copy;
    }

    [Fact]
    public void The_manifest_carries_version_commit_validity_and_hashes_from_the_commit_not_the_clock()
    {
        var manifest = BundleManifest.Parse(File.ReadAllBytes(Path.Combine(_out, "web", "manifest.json")), out _)!;
        Assert.Equal("web", manifest.Channel);
        Assert.Equal(20261101080000, manifest.BundleVersion);
        Assert.Equal("2026-11-01T08:00:00Z", manifest.SourceTime);
        Assert.Equal("2026-12-01T08:00:00Z", manifest.ValidUntil);
        Assert.Matches("^[0-9a-f]{40}$", manifest.SourceCommit);
        Assert.Equal(247, manifest.Items.Count);
        Assert.All(manifest.Items, i => Assert.Equal(20261101080000, i.Version));
        Assert.Contains(manifest.Files, f => f.Path == "guides/GG00101001-230125-11230125010320163G.html");
        Assert.Contains(manifest.Files, f => f.Path == "notices/GG00101001-230125-11230125010320163G.html");
        Assert.Contains(manifest.Files, f => f.Path == "search/meta.js");
        Assert.Contains(manifest.Files, f => f.Path.StartsWith("search/t/", StringComparison.Ordinal));
        Assert.Contains(manifest.Files, f => f.Path.StartsWith("search/d/", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(_out, "mobile", "guide.schema.json")));
    }

    [Fact]
    public void The_same_source_gives_byte_identical_bundles()
    {
        var second = _repo.Out("out-" + Guid.NewGuid().ToString("N")[..8]);
        Assert.Equal(0, _repo.Publish(second).ExitCode);
        foreach (var channel in new[] { "web", "mobile", "kiosk" })
        {
            var a = Directory.EnumerateFiles(Path.Combine(_out, channel), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Path.Combine(_out, channel), f)).Order().ToList();
            var b = Directory.EnumerateFiles(Path.Combine(second, channel), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Path.Combine(second, channel), f)).Order().ToList();
            Assert.Equal(a, b);
            // ECDSA signatures are randomized by design; everything else, the manifest included, is identical.
            foreach (var file in a.Where(f => f != "manifest.sig"))
            {
                Assert.True(File.ReadAllBytes(Path.Combine(_out, channel, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, channel, file))), $"{channel}/{file} differs");
            }
        }
        Assert.Equal(0, Verify(second).ExitCode);
    }

    [Fact]
    public void A_fresh_bundle_verifies_for_every_channel()
    {
        var outcome = Verify(_out);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Contains("✓ web", outcome.Out);
        Assert.Contains("✓ mobile", outcome.Out);
        Assert.Contains("✓ kiosk", outcome.Out);
    }

    [Fact]
    public void The_private_key_never_enters_the_bundle()
    {
        var secret = File.ReadAllText(_repo.PrivateKey).Split('\n')[1];
        foreach (var file in Directory.EnumerateFiles(_out, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(secret, File.ReadAllText(file));
            Assert.DoesNotContain("PRIVATE KEY", File.ReadAllText(file));
        }
    }

    [Fact]
    public void A_changed_file_is_refused()
    {
        var dir = CopyOfWeb();
        var page = Path.Combine(dir, "guides", "GG00101001-230125-11230125010320163G.html");
        var bytes = File.ReadAllBytes(page);
        bytes[100] ^= 0x01; // same size, other content
        File.WriteAllBytes(page, bytes);
        var outcome = Verify(dir);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("[FileChanged]", outcome.Out);
        Assert.Contains("guides/GG00101001-230125-11230125010320163G.html", outcome.Out);

        File.AppendAllText(page, "<!-- edited -->");
        var longer = Verify(dir);
        Assert.Equal(1, longer.ExitCode);
        Assert.Contains("[SizeMismatch]", longer.Out);
    }

    [Fact]
    public void An_added_file_is_refused()
    {
        var dir = CopyOfWeb();
        File.WriteAllText(Path.Combine(dir, "guides", "extra.html"), "<p>not from the catalog</p>");
        var outcome = Verify(dir);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("[FileAdded] 清单中没有的文件：guides/extra.html", outcome.Out);
    }

    [Fact]
    public void A_removed_file_is_refused()
    {
        var dir = CopyOfWeb();
        File.Delete(Path.Combine(dir, "notices", "GG00101001-230125-11230125010320163G.html"));
        var outcome = Verify(dir);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("[FileRemoved] 清单中的文件缺失：notices/GG00101001-230125-11230125010320163G.html", outcome.Out);
    }

    [Fact]
    public void An_edited_manifest_breaks_the_signature()
    {
        var dir = CopyOfWeb();
        var path = Path.Combine(dir, "manifest.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("2026-12-01T08:00:00Z", "2099-12-01T08:00:00Z"));
        var outcome = Verify(dir);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("[BadSignature]", outcome.Out);
    }

    [Fact]
    public void Another_publishers_key_is_refused()
    {
        var other = _repo.Out("other.pub.pem");
        File.WriteAllText(other, ManifestSigner.GenerateKeyPair().PublicPem);
        var outcome = CliRun.Run("verify-bundle", Path.Combine(_out, "web"), "--key", other);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("[BadSignature]", outcome.Out);
    }

    [Fact]
    public void An_unsigned_bundle_is_refused()
    {
        var dir = CopyOfWeb();
        File.Delete(Path.Combine(dir, "manifest.sig"));
        var outcome = Verify(dir);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("[Unsigned]", outcome.Out);
    }

    [Fact]
    public void An_expired_manifest_is_refused_by_the_injected_clock()
    {
        var dir = Path.Combine(_out, "web");
        Assert.Equal(0, CliRun.RunAt(new FixedClock(new DateTimeOffset(2026, 12, 1, 7, 59, 0, TimeSpan.Zero)), "verify-bundle", dir, "--key", _repo.PublicKey).ExitCode);
        var outcome = CliRun.RunAt(new FixedClock(new DateTimeOffset(2026, 12, 1, 8, 0, 1, TimeSpan.Zero)), "verify-bundle", dir, "--key", _repo.PublicKey);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("[Expired] 发布包已过期：有效期至 2026-12-01T08:00:00Z", outcome.Out);
    }

    [Fact]
    public void An_older_version_than_the_last_accepted_is_a_rollback()
    {
        using var repo = GitCatalog.CreateSample();
        var older = repo.Out("older");
        Assert.Equal(0, repo.Publish(older).ExitCode);
        repo.Temp.Replace("standards/GG00101001.yaml", "  - 可通过“全省事”移动端自助参保\n", "  - 可通过“全省事”移动端或自助终端参保\n");
        repo.Commit("newer", GitCatalog.FirstCommit.AddDays(10));
        var newer = repo.Out("newer");
        Assert.Equal(0, repo.Publish(newer).ExitCode);
        var newerManifest = Path.Combine(newer, "web", "manifest.json");
        var olderManifest = Path.Combine(older, "web", "manifest.json");

        Assert.Equal(0, CliRun.Run("verify-bundle", Path.Combine(newer, "web"), "--key", repo.PublicKey, "--last-accepted", olderManifest).ExitCode);
        var outcome = CliRun.Run("verify-bundle", Path.Combine(older, "web"), "--key", repo.PublicKey, "--last-accepted", newerManifest);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("[Rollback] 版本回退：发布包版本 20261101080000 早于上次接受的 20261111080000", outcome.Out);
    }
}
