// Search in headless Chromium over a published bundle (bench/search.sh): for each query, a fresh browser
// context (empty cache) opens CHANNEL/index.html from `catalog serve`'s server, types the query and waits for the
// first result; prints the bytes of search/ files that query downloaded (the index's "first download"), how many
// files, and the time from typing to the first result row. Also prints the index's total size and largest files.
// Every query must show a first page of results: one that stops at 暂未找到 or 没有找到 fails the bench (exit 1).
using System.Diagnostics;
using CatalogTools.Publishing.Serving;
using Microsoft.Playwright;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: SearchBench BUNDLE_DIR CHANNEL [QUERY...]");
    return 2;
}
var bundle = args[0];
var channel = args[1];
// Defaults for a generated province (catalog generate): 合成 is in every item's region and agency, 登记 and 证明办理 in
// a tenth of the names, 户籍核准 (initials hjhz) in a hundredth; 户籍 合成 and 社会保障 证明 are two words that must
// meet (a name word with a region word; an agency word of a tenth of the items with a name word).
string[] queries = args.Length > 2 ? args[2..] : ["合成", "登记", "证明办理", "户籍核准", "hjhz", "户籍 合成", "社会保障 证明", "政府"];
var failed = new List<string>();

var folder = Path.Combine(bundle, channel, "search");
var files = Directory.GetFiles(folder, "*.js", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
Console.WriteLine($"index: {files.Count} files, {files.Sum(f => f.Length) / 1048576.0:F1} MB in {channel}/search/; meta.js {new FileInfo(Path.Combine(folder, "meta.js")).Length} B");
foreach (var kind in new[] { "t", "p", "d" })
{
    var sizes = files.Where(f => f.Directory!.Name == kind).Select(f => f.Length).Order().ToList();
    if (sizes.Count == 0) continue;
    Console.WriteLine($"  {kind}/: {sizes.Count} files, median {sizes[sizes.Count / 2] / 1024.0:F1} KB, p99 {sizes[(int)(sizes.Count * 0.99)] / 1024.0:F1} KB, largest {sizes[^1] / 1024.0:F1} KB");
}

await using var server = await BundleServer.StartAsync(bundle, 0);
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
var script = Path.Combine(bundle, channel, "assets", "search.js");
Console.WriteLine($"assets/search.js (loaded with the page, before any query): {new FileInfo(script).Length} B");
Console.WriteLine("query | search files | bytes on the wire (compressed) | bytes of the files | status | rows shown | time to first result (ms)");
foreach (var query in queries)
{
    await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
    var page = await context.NewPageAsync();
    long bytes = 0, wire = 0;
    var count = 0;
    var pending = new List<Task>();
    page.RequestFinished += (_, request) =>
    {
        if (!request.Url.Contains("/search/", StringComparison.Ordinal)) return;
        lock (pending) pending.Add(Measure(request));
    };
    async Task Measure(IRequest request)
    {
        var sizes = await request.SizesAsync();
        var response = await request.ResponseAsync();
        var body = response is null ? [] : await response.BodyAsync();
        Interlocked.Add(ref wire, sizes.ResponseBodySize + sizes.ResponseHeadersSize);
        Interlocked.Add(ref bytes, body.Length);
        Interlocked.Increment(ref count);
    }
    await page.GotoAsync(new Uri(server.Address, channel + "/index.html").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
    var watch = Stopwatch.StartNew();
    // Typed as a form submit (no input pause) and timed in the page, from the submit to the first row shown.
    var ms = await page.EvaluateAsync<double>(@"(q) => new Promise((resolve) => {
        const input = document.getElementById('q'), list = document.getElementById('search-results'), status = document.getElementById('search-status');
        const start = performance.now();
        const done = () => { if (list.firstChild || /没有找到|暂未找到/.test(status.textContent)) { observer.disconnect(); resolve(performance.now() - start); } };
        const observer = new MutationObserver(done);
        observer.observe(list, { childList: true }); observer.observe(status, { childList: true, characterData: true, subtree: true });
        input.value = q; document.getElementById('search-form').requestSubmit();
    })", query);
    await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    Task[] measuring;
    lock (pending) measuring = [.. pending];
    await Task.WhenAll(measuring);
    var status = await page.Locator("#search-status").TextContentAsync();
    var rows = await page.Locator("#search-results li").CountAsync();
    Console.WriteLine($"{query} | {count} | {wire / 1024.0:F1} KB | {bytes / 1024.0:F1} KB | {status} | {rows} | {ms:F0} (wall {watch.ElapsedMilliseconds})");
    if (rows == 0 || status is null || status.Contains("暂未找到", StringComparison.Ordinal) || status.Contains("没有找到", StringComparison.Ordinal)) failed.Add($"{query}: {status}");
}
if (failed.Count > 0)
{
    Console.WriteLine("FAIL: no first page of results for " + string.Join("; ", failed));
    return 1;
}
return 0;
