using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// verify-bundle trusts nothing on disk: links, duplicate and mis-sized entries, a bundle in another
/// channel's folder, a bundle from the future (never recorded as last accepted), rollback keyed by the
/// channel in the signed manifest.
/// </summary>
public sealed class VerifyHardeningTests(SampleBundle bundle) : IClassFixture<SampleBundle>
{
    private const string Guide = "guides/GG00101001-230125-11230125010320163G.html";
    private readonly GitCatalog _repo = bundle.Repo;

    private CliOutcome Verify(string dir, params string[] extra) => CliRun.Run(["verify-bundle", dir, "--key", _repo.PublicKey, .. extra]);

    /// <summary>A copy of one channel's bundle in a folder named after <paramref name="role"/>.</summary>
    private string Copy(string channel, string role = "web")
    {
        var dir = Path.Combine(_repo.Out("copy-" + Guid.NewGuid().ToString("N")[..8]), role);
        TempCatalog.CopyDirectory(bundle.Channel(channel), dir);
        System.IO.File.Copy(Path.Combine(bundle.Channel(channel), "manifest.json"), Path.Combine(dir, "manifest.json"), overwrite: true);
        System.IO.File.Copy(Path.Combine(bundle.Channel(channel), "manifest.sig"), Path.Combine(dir, "manifest.sig"), overwrite: true);
        return dir;
    }

    /// <summary>Rewrites the manifest and signs it with the publisher's key: what a compromised build step could do.</summary>
    private void Resign(string dir, Func<string, string> edit)
    {
        var path = Path.Combine(dir, "manifest.json");
        var bytes = System.Text.Encoding.UTF8.GetBytes(edit(System.IO.File.ReadAllText(path)));
        System.IO.File.WriteAllBytes(path, bytes);
        using var key = ManifestSigner.LoadPrivate(System.IO.File.ReadAllText(_repo.PrivateKey), out _)!;
        System.IO.File.WriteAllText(Path.Combine(dir, "manifest.sig"), ManifestSigner.Sign(key, bytes));
    }

    [Fact]
    public void A_copy_verifies_before_it_is_tampered_with()
    {
        var outcome = Verify(Copy("web"));
        Assert.True(outcome.ExitCode == 0, outcome.Out);
    }

    [Fact]
    public void A_listed_file_replaced_by_a_link_to_identical_content_outside_is_refused()
    {
        var dir = Copy("web");
        var outside = _repo.Out("outside-" + Guid.NewGuid().ToString("N")[..8] + ".html");
        System.IO.File.Copy(Path.Combine(dir, Guide), outside);
        System.IO.File.Delete(Path.Combine(dir, Guide));
        System.IO.File.CreateSymbolicLink(Path.Combine(dir, Guide), outside);
        var outcome = Verify(dir);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"[Symlink] 符号链接（发布包中不允许，不跟随）：{Guide}", outcome.Out);
    }

    [Fact]
    public void A_listed_folder_replaced_by_a_link_to_identical_content_outside_is_refused()
    {
        var dir = Copy("web");
        var outside = _repo.Out("outside-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.Move(Path.Combine(dir, "notices"), outside);
        Directory.CreateSymbolicLink(Path.Combine(dir, "notices"), outside);
        var outcome = Verify(dir);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("[Symlink] 符号链接（发布包中不允许，不跟随）：notices", outcome.Out);
    }

    [Fact]
    public void A_duplicate_entry_is_refused_even_when_signed()
    {
        var dir = Copy("web");
        Resign(dir, text =>
        {
            var line = text.Split('\n').First(l => l.Contains($"\"path\":\"{Guide}\"", StringComparison.Ordinal));
            return text.Replace(line, line.TrimEnd(',') + ",\n" + line.TrimEnd(',') + (line.EndsWith(',') ? "," : ""), StringComparison.Ordinal);
        });
        var outcome = Verify(dir);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"[DuplicateEntry] 清单中重复列出的文件：{Guide}", outcome.Out);
    }

    [Fact]
    public void A_wrong_size_is_refused_even_when_signed()
    {
        var dir = Copy("web");
        Resign(dir, text =>
        {
            var line = text.Split('\n').First(l => l.Contains($"\"path\":\"{Guide}\"", StringComparison.Ordinal));
            var size = System.Text.RegularExpressions.Regex.Match(line, "\"size\":(\\d+)").Groups[1].Value;
            return text.Replace(line, line.Replace($"\"size\":{size}", $"\"size\":{long.Parse(size) + 1}", StringComparison.Ordinal), StringComparison.Ordinal);
        });
        var outcome = Verify(dir);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"[SizeMismatch]", outcome.Out);
        Assert.Contains(Guide, outcome.Out);
    }

    [Fact]
    public void An_unsafe_path_in_a_signed_manifest_is_refused()
    {
        var dir = Copy("web");
        Resign(dir, text => text.Replace($"\"path\":\"{Guide}\"", "\"path\":\"../x.html\"", StringComparison.Ordinal));
        var outcome = Verify(dir);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("[UnsafePath]", outcome.Out);
    }

    [Fact]
    public void A_web_bundle_in_the_kiosk_folder_is_refused_without_a_last_accepted_manifest()
    {
        var outcome = Verify(Copy("web", role: "kiosk"));
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("[WrongChannel] 发布包属于渠道 web，却放在渠道 kiosk 的文件夹中", outcome.Out);
        var named = Verify(Copy("web", role: "current"), "--channel", "kiosk");
        Assert.Equal(1, named.ExitCode);
        Assert.Contains("[WrongChannel]", named.Out);
        Assert.Equal(0, Verify(Copy("web", role: "current"), "--channel", "web").ExitCode);
    }

    [Fact]
    public void In_a_publish_folder_a_swapped_bundle_is_refused_by_its_folders_role()
    {
        var publish = _repo.Out("swapped-" + Guid.NewGuid().ToString("N")[..8]);
        TempCatalog.CopyDirectory(bundle.Channel("web"), Path.Combine(publish, "kiosk"));
        TempCatalog.CopyDirectory(bundle.Channel("kiosk"), Path.Combine(publish, "web"));
        var outcome = Verify(publish, "--last-accepted", Path.Combine(bundle.Output, "web", "manifest.json"));
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("发布包属于渠道 web，却放在渠道 kiosk 的文件夹中", outcome.Out);
        Assert.Contains("发布包属于渠道 kiosk，却放在渠道 web 的文件夹中", outcome.Out);
    }

    [Fact]
    public void A_bundle_from_the_future_is_refused_not_recorded_and_genuine_bundles_still_pass()
    {
        using var repo = GitCatalog.CreateSample();
        var genuine = repo.Out("genuine");
        Assert.Equal(0, repo.Publish(genuine, "--channel", "web").ExitCode);
        repo.Temp.Replace("standards/GG00101001.yaml", "  - 可通过“全省事”移动端自助参保\n", "  - 可通过“全省事”移动端或自助终端参保\n");
        repo.Commit("from the future", new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var future = repo.Out("future");
        Assert.Equal(0, CliRun.RunAt(new FixedClock(new DateTimeOffset(2029, 12, 31, 0, 0, 0, TimeSpan.Zero)),
            ["publish", "--catalog", repo.CatalogDir, "-o", future, "--templates", RepoPaths.Templates, "--key", repo.PrivateKey, "--channel", "web"]).ExitCode);

        var store = repo.Out("accepted");
        var refused = CliRun.Run("verify-bundle", Path.Combine(future, "web"), "--key", repo.PublicKey, "--last-accepted", store, "--record");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("[FromTheFuture] 发布包来自未来：版本 20300101000000", refused.Out);
        Assert.False(System.IO.File.Exists(Path.Combine(store, "web", "manifest.json")));

        var accepted = CliRun.Run("verify-bundle", Path.Combine(genuine, "web"), "--key", repo.PublicKey, "--last-accepted", store, "--record");
        Assert.True(accepted.ExitCode == 0, accepted.Out);
        Assert.Equal(System.IO.File.ReadAllBytes(Path.Combine(genuine, "web", "manifest.json")), System.IO.File.ReadAllBytes(Path.Combine(store, "web", "manifest.json")));
        Assert.Equal(0, CliRun.Run("verify-bundle", Path.Combine(genuine, "web"), "--key", repo.PublicKey, "--last-accepted", store).ExitCode);
    }

    [Fact]
    public void The_rollback_check_follows_the_signed_channel_not_the_folder_name()
    {
        using var repo = GitCatalog.CreateSample();
        var older = repo.Out("older");
        Assert.Equal(0, repo.Publish(older).ExitCode);
        repo.Temp.Replace("standards/GG00101001.yaml", "  - 可通过“全省事”移动端自助参保\n", "  - 可通过“全省事”移动端或自助终端参保\n");
        repo.Commit("newer", GitCatalog.FirstCommit.AddDays(10));
        var newer = repo.Out("newer");
        Assert.Equal(0, repo.Publish(newer).ExitCode);

        // The old web bundle under a folder name that is no channel, beside the current mobile bundle.
        var mixed = repo.Out("mixed");
        TempCatalog.CopyDirectory(Path.Combine(older, "web"), Path.Combine(mixed, "portal"));
        TempCatalog.CopyDirectory(Path.Combine(newer, "mobile"), Path.Combine(mixed, "mobile"));
        var outcome = CliRun.Run("verify-bundle", mixed, "--key", repo.PublicKey, "--last-accepted", newer);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("[Rollback] 版本回退：发布包版本 20261101080000 早于上次接受的 20261111080000", outcome.Out);
        Assert.Contains("✓ mobile", outcome.Out);
    }
}
