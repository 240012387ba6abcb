using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Publishing.Bundles;

namespace CatalogTools.Publishing.Audit;

/// <summary>How far a crawl of a served channel may go: files, bytes in all, bytes per file, wall time, requests at once.</summary>
public sealed record CrawlLimits(int MaxFiles, long MaxBytes, long MaxFileBytes, TimeSpan MaxTime, int Parallel = 8)
{
    public static CrawlLimits Default { get; } = new(50_000, 1L << 30, 64L << 20, TimeSpan.FromMinutes(10));
}

/// <summary>
/// A channel read over HTTP as a citizen's browser or app would: the paths the source renders, the
/// files the channel's manifest lists, and everything its pages link to, fetched from the same origin
/// and under the channel's URL only (no redirects followed), within <see cref="CrawlLimits"/>. A 404 is
/// a missing file; other failures are kept apart (<see cref="Failures"/>).
/// </summary>
public sealed class CrawledFiles : IServedFiles
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, MessageText> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);
    private readonly Uri _root;
    private long _bytes;
    private MessageText? _incomplete;

    private CrawledFiles(Uri root, string channel)
    {
        _root = root;
        Channel = channel;
    }

    public string Channel { get; }

    public string Origin => _root.ToString();

    public IReadOnlyList<string> Paths => _files.Keys.Order(StringComparer.Ordinal).ToList();

    public bool Exists(string relative) => _files.ContainsKey(relative);

    public byte[]? Read(string relative) => _files.TryGetValue(relative, out var b) ? b : null;

    public IReadOnlyDictionary<string, MessageText> Failures => _failures;

    public MessageText? Incomplete => _incomplete;

    /// <summary>Crawls the channel at <paramref name="root"/> (a URL ending in '/'), starting from <paramref name="expected"/> and the channel's entry pages.</summary>
    public static CrawledFiles Crawl(HttpClient http, Uri root, string channel, IEnumerable<string> expected, CrawlLimits limits, CancellationToken cancellation = default)
    {
        var crawl = new CrawledFiles(root, channel);
        crawl.Run(http, expected, limits, cancellation).GetAwaiter().GetResult();
        return crawl;
    }

    private async Task Run(HttpClient http, IEnumerable<string> expected, CrawlLimits limits, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(limits.MaxTime);
        List<string> wave = [BundleManifest.FileName, Channel == "mobile" ? "regions.json" : "index.html", .. expected];
        while (wave.Count > 0 && _incomplete is null)
        {
            var next = new ConcurrentBag<string>();
            var batch = wave.Where(p => _seen.TryAdd(p, true)).ToList();
            if (_seen.Count > limits.MaxFiles)
            {
                _incomplete = new("channelAudit.fileLimit", ("limit", limits.MaxFiles));
                batch = batch.Take(Math.Max(0, batch.Count - (_seen.Count - limits.MaxFiles))).ToList();
            }
            try
            {
                await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = limits.Parallel, CancellationToken = timeout.Token },
                    async (path, token) =>
                    {
                        try
                        {
                            await Fetch(http, path, limits, next, token);
                        }
                        catch (Exception e) when (e is HttpRequestException or IOException || (e is TaskCanceledException && !token.IsCancellationRequested))
                        {
                            _failures[path] = new("channelAudit.reason", ("reason", e.Message));
                        }
                    });
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                _incomplete = new("channelAudit.timeLimit", ("seconds", limits.MaxTime.TotalSeconds.ToString("0", System.Globalization.CultureInfo.CurrentCulture)));
            }
            wave = next.Distinct(StringComparer.Ordinal).Where(p => !_seen.ContainsKey(p)).Order(StringComparer.Ordinal).ToList();
        }
    }

    private async Task Fetch(HttpClient http, string relative, CrawlLimits limits, ConcurrentBag<string> next, CancellationToken token)
    {
        if (_incomplete is not null) return;
        var uri = new Uri(_root, string.Join('/', relative.Split('/').Select(Uri.EscapeDataString)));
        using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, token);
        if (response.StatusCode == HttpStatusCode.NotFound || response.StatusCode == HttpStatusCode.Gone) return;
        if (!response.IsSuccessStatusCode)
        {
            var where = response.Headers.Location is { } location ? $" → {location}" : "";
            _failures[relative] = new("channelAudit.reason", ("reason", $"HTTP {(int)response.StatusCode}{where}"));
            return;
        }
        if (response.Content.Headers.ContentLength > limits.MaxFileBytes)
        {
            _failures[relative] = new("channelAudit.fileTooLarge", ("limit", limits.MaxFileBytes));
            return;
        }
        await using var stream = await response.Content.ReadAsStreamAsync(token);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, token)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxFileBytes)
            {
                _failures[relative] = new("channelAudit.fileTooLarge", ("limit", limits.MaxFileBytes));
                return;
            }
        }
        var bytes = buffer.ToArray();
        if (Interlocked.Add(ref _bytes, bytes.Length) > limits.MaxBytes)
        {
            _incomplete = new("channelAudit.byteLimit", ("limit", limits.MaxBytes));
            return;
        }
        _files[relative] = bytes;
        foreach (var link in Links(relative, bytes)) next.Add(link);
    }

    /// <summary>The channel paths a file leads to: links of an HTML page, paths in mobile JSON, the files a manifest lists.</summary>
    private IEnumerable<string> Links(string relative, byte[] bytes)
    {
        if (relative == BundleManifest.FileName)
        {
            return BundleManifest.Parse(bytes, out _) is { } manifest ? manifest.Files.Select(f => f.Path) : [];
        }
        if (relative.EndsWith(".html", StringComparison.Ordinal) || relative.EndsWith(".htm", StringComparison.Ordinal))
        {
            var document = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(bytes));
            var page = new Uri(_root, relative);
            var links = new List<string>();
            foreach (var e in document.QuerySelectorAll("a[href], link[href], script[src], img[src], iframe[src]"))
            {
                var target = e.GetAttribute("href") ?? e.GetAttribute("src");
                if (target is not null && Uri.TryCreate(page, target, out var absolute) && Inside(absolute) is { } path) links.Add(path);
            }
            return links;
        }
        if (relative.EndsWith(".json", StringComparison.Ordinal)) return JsonLinks(bytes);
        return [];
    }

    /// <summary>Mobile: regions.json leads to regions/CODE.json (hasIndex); region lists lead to their items' path.</summary>
    private static List<string> JsonLinks(byte[] bytes)
    {
        var links = new List<string>();
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                foreach (var r in root.EnumerateArray())
                {
                    if (r.ValueKind == JsonValueKind.Object && r.TryGetProperty("hasIndex", out var has) && has.ValueKind == JsonValueKind.True
                        && r.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String && SafeName(code.GetString()) is { } c)
                    {
                        links.Add($"regions/{c}.json");
                    }
                }
            }
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var i in items.EnumerateArray())
                {
                    if (i.ValueKind == JsonValueKind.Object && i.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.String && SafeRelative(p.GetString()) is { } path) links.Add(path);
                }
            }
        }
        catch (JsonException)
        {
            // An unreadable document leads nowhere; the audit reports it when it reads it.
        }
        return links;
    }

    /// <summary>The channel path of a URL on the same origin under the channel's root, or null.</summary>
    private string? Inside(Uri absolute)
    {
        if (absolute.Scheme != _root.Scheme || absolute.Host != _root.Host || absolute.Port != _root.Port) return null;
        var path = absolute.AbsolutePath;
        if (!path.StartsWith(_root.AbsolutePath, StringComparison.Ordinal)) return null;
        var relative = Uri.UnescapeDataString(path[_root.AbsolutePath.Length..]);
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        return SafeRelative(relative);
    }

    private static string? SafeRelative(string? relative)
    {
        if (string.IsNullOrEmpty(relative) || relative.StartsWith('/') || relative.Contains('\\') || relative.Contains(':')) return null;
        return relative.Split('/').Any(s => s is "" or "." or "..") ? null : relative;
    }

    private static string? SafeName(string? name) => string.IsNullOrEmpty(name) || name.Contains('/') || name.Contains('\\') || name.Contains("..") ? null : name;
}
