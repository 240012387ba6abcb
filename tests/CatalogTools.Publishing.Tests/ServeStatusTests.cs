using System.Net;
using System.Security.Cryptography;
using CatalogTools.Publishing.Fleet;
using CatalogTools.Publishing.Serving;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// `catalog serve` tells which version it serves: BASE/channel-status.json for every bundle, made from the
/// manifest it serves, linked from the index at /; a pull client's folder (current → versions/…) keeps its
/// status's source and time, and a swap of current is served from the next request on. Real HTTP on 127.0.0.1.
/// </summary>
public sealed class ServeStatusTests(SampleBundle bundle) : IClassFixture<SampleBundle>
{
    private static string Sha256(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

    [Fact]
    public async Task Each_bundle_of_a_publish_folder_answers_its_status_at_a_fixed_path_and_the_index_links_it()
    {
        await using var server = await BundleServer.StartAsync(bundle.Output, 0);
        using var http = new HttpClient { BaseAddress = server.Address };
        foreach (var channel in new[] { "web", "mobile", "kiosk" })
        {
            var response = await http.GetAsync($"{channel}/channel-status.json");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
            var status = ChannelStatus.Parse(await response.Content.ReadAsByteArrayAsync(), out var error);
            Assert.True(status is not null, error?.In(CatalogTools.Core.Diagnostics.Lang.En));
            Assert.Equal(channel, status.Channel);
            Assert.Equal(20261101080000, status.BundleVersion);
            Assert.Equal(Sha256(Path.Combine(bundle.Channel(channel), "manifest.json")), status.ManifestSha256);
            Assert.Equal("serve", status.Source);
        }
        var index = await http.GetStringAsync("");
        Assert.Contains("<a href=\"web/channel-status.json\">channel-status.json</a>", index);
        // No bundle at the root of a publish folder: no status there.
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("channel-status.json")).StatusCode);
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Schemas, "bundle", "channel-status.schema.json"));
        Assert.Empty(schema.Validate(await http.GetStringAsync("mobile/channel-status.json")));
    }

    [Fact]
    public async Task A_pulled_channel_folder_keeps_the_pull_clients_status_and_a_swap_is_served_at_once()
    {
        // The layout the pull client writes: versions/A and versions/B, current → one of them, channel-status.json beside.
        var root = bundle.Repo.Out("pulled-" + Guid.NewGuid().ToString("N")[..8]);
        var a = Path.Combine(root, "versions", "a");
        var b = Path.Combine(root, "versions", "b");
        TempCatalog.CopyDirectory(bundle.Channel("web"), a);
        TempCatalog.CopyDirectory(bundle.Channel("kiosk"), b);
        File.CreateSymbolicLink(Path.Combine(root, "current"), Path.Combine("versions", "a"));
        var manifestA = File.ReadAllBytes(Path.Combine(a, "manifest.json"));
        var pulled = ChannelStatus.Of(Bundles.BundleManifest.Parse(manifestA, out _)!, manifestA, "https://cdn.example.gov.cn/hl/web/", new DateTimeOffset(2026, 11, 20, 1, 2, 3, TimeSpan.Zero));
        pulled.Write(Path.Combine(root, ChannelStatus.FileName));

        await using var server = await BundleServer.StartAsync(root, 0);
        using var http = new HttpClient { BaseAddress = server.Address };
        var status = ChannelStatus.Parse(await http.GetByteArrayAsync(ChannelStatus.FileName), out _)!;
        Assert.Equal(pulled, status);
        Assert.Contains("按地区浏览", await http.GetStringAsync(""));

        // The swap: a new link renamed over current (what the pull client does); the old version may then be removed.
        File.CreateSymbolicLink(Path.Combine(root, "current.new"), Path.Combine("versions", "b"));
        var swap = ProcessRun.Run("mv", ["-T", "current.new", "current"], root); // rename(2) over the old link
        Assert.True(swap.ExitCode == 0, swap.ToString());
        Directory.Delete(a, recursive: true);
        Assert.Equal(File.ReadAllBytes(Path.Combine(b, "manifest.json")), await http.GetByteArrayAsync("manifest.json"));
        var after = ChannelStatus.Parse(await http.GetByteArrayAsync(ChannelStatus.FileName), out _)!;
        // The pull client's file still names the old manifest: the server says what it serves, not what the file claims.
        Assert.Equal("kiosk", after.Channel);
        Assert.Equal(Sha256(Path.Combine(b, "manifest.json")), after.ManifestSha256);
        Assert.Equal("serve", after.Source);
    }
}
