using System.Net;
using System.Net.Http.Headers;
using CatalogTools.Publishing.Serving;
using CatalogTools.Publishing.Tests.Support;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>`catalog serve`'s server: loopback by default, content ETags with 304, compression, manifest at a fixed path.</summary>
public sealed class ServeTests(SampleBundle bundle) : IClassFixture<SampleBundle>
{
    [Fact]
    public async Task Serves_pages_with_etags_304_and_compression_and_the_manifest_at_a_fixed_path()
    {
        await using var server = await BundleServer.StartAsync(bundle.Channel("web"), 0);
        Assert.Equal("127.0.0.1", server.Address.Host);
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = server.Address };

        var manifest = await http.GetAsync("manifest.json");
        Assert.Equal(HttpStatusCode.OK, manifest.StatusCode);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(bundle.Channel("web"), "manifest.json")), await manifest.Content.ReadAsByteArrayAsync());

        var first = await http.GetAsync("guides/GG00101001-230125-11230125010320163G.html");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "guides/GG00101001-230125-11230125010320163G.html");
        again.Headers.IfNoneMatch.Add(etag!);
        var notModified = await http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        foreach (var encoding in new[] { "br", "gzip" })
        {
            using var compressed = new HttpRequestMessage(HttpMethod.Get, "assets/search.js");
            compressed.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            var response = await http.SendAsync(compressed);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(encoding, response.Content.Headers.ContentEncoding);
        }

        var index = await http.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Contains("按地区浏览", await index.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_publish_folder_serves_each_channels_manifest_under_its_name()
    {
        await using var server = await BundleServer.StartAsync(bundle.Output, 0);
        using var http = new HttpClient { BaseAddress = server.Address };
        foreach (var channel in new[] { "web", "mobile", "kiosk" })
        {
            var response = await http.GetAsync($"{channel}/manifest.json");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains($"\"channel\": \"{channel}\"", await response.Content.ReadAsStringAsync());
        }
    }
}
