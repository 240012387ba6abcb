using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using CatalogTools.Publishing.Serving;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// `catalog serve` trusts nothing on disk (no links followed, no dot-files or dot-folders served),
/// compares If-None-Match weakly, gives each encoding its own ETag, shows an index at / and stops
/// cleanly on SIGTERM. Real HTTP on 127.0.0.1.
/// </summary>
public sealed class ServeHardeningTests(SampleBundle bundle) : IClassFixture<SampleBundle>
{
    private const string Guide = "guides/GG00101001-230125-11230125010320163G.html";

    private string CopyOfPublish()
    {
        var copy = bundle.Repo.Out("serve-" + Guid.NewGuid().ToString("N")[..8]);
        TempCatalog.CopyDirectory(bundle.Output, copy);
        return copy;
    }

    private static HttpClient Client(BundleServer server) =>
        new(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = server.Address };

    [Fact]
    public async Task Links_out_of_the_folder_and_dot_folders_are_not_served()
    {
        var root = CopyOfPublish();
        var secret = bundle.Repo.Out("secret-" + Guid.NewGuid().ToString("N")[..8] + ".txt");
        File.WriteAllText(secret, "secret");
        File.CreateSymbolicLink(Path.Combine(root, "web", "secret.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(root, "web", "linked"), Path.GetDirectoryName(secret)!);
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        File.WriteAllText(Path.Combine(root, ".git", "config"), "[core]");
        Directory.CreateDirectory(Path.Combine(root, ".web.staging-0123", "guides"));
        File.WriteAllText(Path.Combine(root, ".web.staging-0123", "guides", "a.html"), "half");
        File.WriteAllText(Path.Combine(root, "web", ".env"), "KEY=1");

        await using var server = await BundleServer.StartAsync(root, 0);
        using var http = Client(server);
        foreach (var path in new[] { "web/secret.txt", "web/linked/" + Path.GetFileName(secret), ".git/config", ".web.staging-0123/guides/a.html", "web/.env" })
        {
            var response = await http.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        }
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("web/" + Guide)).StatusCode);
    }

    [Fact]
    public async Task Weak_if_none_match_gets_304_and_each_encoding_has_its_own_etag()
    {
        await using var server = await BundleServer.StartAsync(bundle.Channel("web"), 0);
        using var http = Client(server);
        var tags = new Dictionary<string, EntityTagHeaderValue>();
        foreach (var encoding in new[] { "identity", "gzip", "br" })
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, Guide);
            get.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            var response = await http.SendAsync(get);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(encoding == "identity" ? [] : [encoding], response.Content.Headers.ContentEncoding.ToArray());
            tags[encoding] = response.Headers.ETag!;

            using var weak = new HttpRequestMessage(HttpMethod.Get, Guide);
            weak.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            weak.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(response.Headers.ETag!.Tag, isWeak: true));
            Assert.Equal(HttpStatusCode.NotModified, (await http.SendAsync(weak)).StatusCode);
        }
        Assert.Equal(3, tags.Values.Select(t => t.Tag).Distinct().Count());

        // The identity tag does not validate a gzip response.
        using var mixed = new HttpRequestMessage(HttpMethod.Get, Guide);
        mixed.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        mixed.Headers.IfNoneMatch.Add(tags["identity"]);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(mixed)).StatusCode);
    }

    [Fact]
    public async Task A_resumed_download_gets_the_byte_range_it_asks_for()
    {
        await using var server = await BundleServer.StartAsync(bundle.Channel("web"), 0);
        using var http = Client(server);
        var whole = await File.ReadAllBytesAsync(Path.Combine(bundle.Channel("web"), "manifest.json"));
        using var range = new HttpRequestMessage(HttpMethod.Get, "manifest.json");
        range.Headers.Range = new RangeHeaderValue(10, 19);
        var partial = await http.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(whole[10..20], await partial.Content.ReadAsByteArrayAsync());
        using var beyond = new HttpRequestMessage(HttpMethod.Get, "manifest.json");
        beyond.Headers.Range = new RangeHeaderValue(whole.Length + 10, null);
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, (await http.SendAsync(beyond)).StatusCode);
    }

    [Fact]
    public async Task A_publish_folder_has_an_index_at_the_root_listing_each_channel()
    {
        await using var server = await BundleServer.StartAsync(bundle.Output, 0);
        using var http = Client(server);
        var response = await http.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        foreach (var channel in new[] { "web", "mobile", "kiosk" }) Assert.Contains($"<a href=\"{channel}/manifest.json\">", page);
        Assert.Contains("20261101080000", page);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("web/")).StatusCode);
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")] // Ctrl+C
    public async Task Serve_exits_0_within_5_seconds_of_sigterm(string signal)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "catalog.dll");
        // Through env --default-signal: a test run started in the background of a script (as a CI harness may
        // start it) hands its children SIGINT ignored, and an ignored SIGINT stays ignored across exec, so
        // serve would never see the Ctrl+C this test sends. In a terminal, SIGINT always arrives.
        var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--default-signal=INT", "dotnet", dll, "serve", bundle.Output, "--port", "0" }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            var address = System.Text.RegularExpressions.Regex.Match(line!, "http://[0-9.]+:[0-9]+/").Value;
            Assert.StartsWith("http://127.0.0.1:", address);
            using (var http = new HttpClient { BaseAddress = new Uri(address) })
            {
                Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("web/manifest.json")).StatusCode);
            }
            using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!) kill.WaitForExit();
            var watch = Stopwatch.StartNew();
            Assert.True(process.WaitForExit(5000), $"serve still running 5 s after SIG{signal}");
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}
