using System.Net;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Channels;

namespace CatalogTools.Publishing.Audit;

/// <summary>Finds the channels a folder or a URL serves: one channel, or a publish root with web/, mobile/, kiosk/.</summary>
public static class ServedChannels
{
    public static List<IServedFiles> FromFolder(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        if (ChannelReader.ChannelOf(folder) is { } one) return [new FolderFiles(folder, one)];
        return Directory.EnumerateDirectories(folder)
            .Where(d => !Path.GetFileName(d).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Select(d => ChannelReader.ChannelOf(d) is { } c ? new FolderFiles(d, c) : null)
            .OfType<IServedFiles>()
            .ToList();
    }

    /// <summary>An HTTP client for crawling: no redirects followed (a redirect may leave the origin), decompression on.</summary>
    public static HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>
    /// The channel at <paramref name="url"/> (its manifest names it, or the URL ends in web/, mobile/ or kiosk/),
    /// else every channel under it (web/, mobile/, kiosk/ that answer with a manifest or an entry page), each crawled.
    /// </summary>
    public static List<IServedFiles> FromUrl(HttpClient http, Uri url, ChannelAuditor auditor, CrawlLimits limits)
    {
        var root = url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
        if (ChannelAt(http, root) is { } one) return [CrawledFiles.Crawl(http, root, one, auditor.ItemPaths(one), limits)];
        var channels = new List<IServedFiles>();
        foreach (var name in ChannelRegistry.Names)
        {
            var sub = new Uri(root, name + "/");
            if (ChannelAt(http, sub) == name) channels.Add(CrawledFiles.Crawl(http, sub, name, auditor.ItemPaths(name), limits));
        }
        return channels;
    }

    private static string? ChannelAt(HttpClient http, Uri root)
    {
        if (Get(http, new Uri(root, BundleManifest.FileName)) is { } bytes && BundleManifest.Parse(bytes, out _) is { } manifest) return manifest.Channel;
        var last = root.AbsolutePath.TrimEnd('/').Split('/')[^1];
        if (ChannelRegistry.For(last) is null) return null;
        var entry = last == "mobile" ? "regions.json" : "index.html";
        return Get(http, new Uri(root, entry)) is null ? null : last;
    }

    private static byte[]? Get(HttpClient http, Uri uri)
    {
        try
        {
            using var response = http.GetAsync(uri).GetAwaiter().GetResult();
            return response.IsSuccessStatusCode ? response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult() : null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return null;
        }
    }
}
