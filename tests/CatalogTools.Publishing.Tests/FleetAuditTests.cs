using System.Text.Json;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Fleet;
using CatalogTools.Publishing.Serving;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// `catalog audit --fleet FILE`: three versions published from a real git repository (releases.json),
/// channels that serve the newest (over HTTP from `catalog serve`), an old one, a forked one and none,
/// each listed with its version and flagged as the issue asks.
/// </summary>
public sealed class FleetAuditTests
{
    private const string Impl = "implementations/230125/GG00101001-230125-11230125010320163G.yaml";

    private static void EditHours(GitCatalog repo, string hours, int day)
    {
        var line = repo.Temp.Read(Impl).Split('\n').First(l => l.StartsWith("hours: ", StringComparison.Ordinal));
        repo.Temp.Replace(Impl, line + "\n", $"hours: {hours}\n");
        repo.Commit("hours " + day, GitCatalog.FirstCommit.AddDays(day));
    }

    private static string StatusOfCopy(GitCatalog repo, string manifestCopy, string name, Func<byte[], byte[]>? edit = null)
    {
        var bytes = File.ReadAllBytes(manifestCopy);
        bytes = edit?.Invoke(bytes) ?? bytes;
        var path = repo.Out(name + "-status.json");
        ChannelStatus.Of(BundleManifest.Parse(bytes, out _)!, bytes, "https://cdn.example.gov.cn/hl/", new DateTimeOffset(2026, 11, 20, 1, 0, 0, TimeSpan.Zero)).Write(path);
        return path;
    }

    [Fact]
    public async Task Every_channel_is_listed_with_its_version_and_the_stale_the_forked_and_the_unreadable_are_flagged()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);
        var kioskV1 = repo.Out("kiosk-v1-manifest.json");
        File.Copy(Path.Combine(output, "kiosk", "manifest.json"), kioskV1);
        EditHours(repo, "工作日 9:00-16:00", 1);
        Assert.Equal(0, repo.Publish(output, "--since", output).ExitCode);
        var mobileV2 = repo.Out("mobile-v2-manifest.json");
        File.Copy(Path.Combine(output, "mobile", "manifest.json"), mobileV2);
        EditHours(repo, "工作日 8:30-16:30", 2);
        Assert.Equal(0, repo.Publish(output, "--since", output).ExitCode);
        var ledger = ReleaseLedger.Parse(File.ReadAllBytes(Path.Combine(output, ReleaseLedger.FileName)), out _)!;
        Assert.Equal(9, ledger.Count);
        Assert.Equal([20261101080000L, 20261102080000L, 20261103080000L], ledger.Where(r => r.Channel == "web").Select(r => r.BundleVersion));

        var behind2 = StatusOfCopy(repo, kioskV1, "kiosk1");
        var behind1 = StatusOfCopy(repo, mobileV2, "app");
        // A manifest edited downstream: same version number, other bytes.
        var forked = StatusOfCopy(repo, Path.Combine(output, "web", "manifest.json"), "mini", b => [.. b[..^1], (byte)' ', (byte)'\n']);
        await using var server = await BundleServer.StartAsync(output, 0);
        var fleet = repo.Out("fleet.json");
        File.WriteAllText(fleet, $$"""
            {
              "format": "catalog-fleet/1",
              "releases": "out/releases.json",
              "maxBehind": 1,
              "channels": [
                {"name": "政务服务网", "status": "{{server.Address}}web/channel-status.json"},
                {"name": "自助终端 1 号", "status": "{{behind2}}"},
                {"name": "掌上办", "status": "app-status.json"},
                {"name": "小程序", "status": "mini-status.json"},
                {"name": "自助终端 2 号", "status": "kiosk2-status.json"}
              ]
            }
            """);

        var outcome = await Task.Run(() => CliRun.Run("audit", "--fleet", fleet));
        Assert.True(outcome.ExitCode == 1, outcome.Out + outcome.Error);
        var o = outcome.Out;
        Assert.Contains("6:5  提示 CAT0270 渠道『政务服务网』（web）提供版本 20261103080000（清单 SHA-256 ", o);
        Assert.Contains("；最新发布版本 20261103080000", o);
        Assert.Contains("7:5  警告 CAT0271 渠道『自助终端 1 号』（kiosk）提供版本 20261101080000，落后最新发布版本 20261103080000 共 2 个版本（允许 1 个）", o);
        Assert.Contains("8:5  提示 CAT0270 渠道『掌上办』（mobile）提供版本 20261102080000", o);
        Assert.DoesNotContain("CAT0271 渠道『掌上办』", o);
        Assert.Contains("9:5  错误 CAT0273 渠道『小程序』（web）提供的版本 20261103080000（清单 SHA-256 ", o);
        Assert.Contains("从未发布：版本号 20261103080000 已发布，但发布的清单 SHA-256 为", o);
        Assert.Contains("10:5  错误 CAT0274 渠道『自助终端 2 号』的状态 kiosk2-status.json 无法读取：文件不存在", o);
        Assert.DoesNotContain("CAT0272", o);
        Assert.Contains("自查了 5 个渠道的状态（发布记录 9 个版本）：错误 2 个，警告 1 个，提示 4 个", o);

        // Past the bundles' validity every channel that could be read is expired.
        var late = await Task.Run(() => CliRun.RunAt(new FixedClock(new DateTimeOffset(2026, 12, 10, 0, 0, 0, TimeSpan.Zero)), "audit", "--fleet", fleet, "--lang", "en", "--format", "json"));
        using var json = JsonDocument.Parse(late.Out);
        var expired = json.RootElement.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("rule").GetString() == "CAT0272").ToList();
        Assert.Equal([6, 7, 8, 9], expired.Select(d => d.GetProperty("line").GetInt32()));
        Assert.Contains("serves version 20261103080000, which expired at 2026-12-03T08:00:00Z; it is now 2026-12-10T00:00:00Z", expired[0].GetProperty("message").GetString());
    }

    [Fact]
    public void A_fleet_file_or_release_record_that_cannot_be_read_stops_with_a_reason()
    {
        using var temp = TempCatalog.Empty();
        var fleet = Path.Combine(temp.Root, "fleet.json");
        File.WriteAllText(fleet, "{\"format\":\"catalog-fleet/1\",\"channels\":[]}");
        var noReleases = CliRun.Run("audit", "--fleet", fleet);
        Assert.Equal(2, noReleases.ExitCode);
        Assert.Contains("缺少 releases", noReleases.Error);

        File.WriteAllText(fleet, "{\"format\":\"catalog-fleet/1\",\"releases\":\"nowhere/releases.json\",\"channels\":[{\"status\":\"a.json\"}]}");
        var missing = CliRun.Run("audit", "--fleet", fleet, "--lang", "en");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("cannot read the release record nowhere/releases.json", missing.Error);

        Assert.Equal(2, CliRun.Run("audit").ExitCode);
    }
}
