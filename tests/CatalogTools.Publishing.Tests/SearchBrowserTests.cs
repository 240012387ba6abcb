using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// The chunked Chinese search in Debian's Chromium, on the sample catalog published and served on 127.0.0.1: the web
/// index at 1366 px and the kiosk index at 1080×1920 find an item by a two-character word, by a synonym from
/// registries/synonyms.yaml and by pinyin initials, loading only some of the index files; the kiosk returns to its
/// home screen after site.yaml's kioskIdleSeconds without a touch (the page clock is fast-forwarded).
/// </summary>
[Collection(ServedSampleCollection.Name)]
public sealed class SearchBrowserTests(ServedSample served)
{
    private sealed record Opened(IPage Page, List<string> Errors, List<string> Requests);

    private async Task<Opened> Open(string path, int width, int height, bool clock = false)
    {
        var (page, errors, requests) = await served.OpenWatchedAsync(path, width, height, clock);
        return new Opened(page, errors, requests);
    }

    /// <summary>The search files among the URLs a page requested so far.</summary>
    private static List<string> SearchFiles(List<string> requests)
    {
        lock (requests) return requests.Where(r => r.Contains("/search/", StringComparison.Ordinal)).ToList();
    }

    public static TheoryData<string, int, int, string, string> Queries() => new()
    {
        // channel page, viewport, query, a name the first result must have
        { "web/index.html", 1366, 768, "结婚", "内地居民结婚登记" },
        { "web/index.html", 1366, 768, "社保", "社会保障卡申领" },
        { "web/index.html", 1366, 768, "sfz", "居民身份证换领" },
        { "web/index.html", 1366, 768, "医保", "城乡居民基本医疗保险参保登记" },
        { "kiosk/index.html", 1080, 1920, "结婚", "内地居民结婚登记" },
        { "kiosk/index.html", 1080, 1920, "社保", "社会保障卡申领" },
        { "kiosk/index.html", 1080, 1920, "shbzk", "社会保障卡申领" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Search_finds_the_item_by_word_synonym_or_pinyin_initials(string path, int width, int height, string query, string name)
    {
        var (page, errors, requests) = await Open(path, width, height);
        Assert.Empty(SearchFiles(requests)); // nothing of the index is loaded before a query
        await page.FillAsync("#q", query);
        var first = page.Locator("#search-results li a").First;
        await first.WaitForAsync();
        Assert.Equal(name, await first.TextContentAsync());
        Assert.Matches("^找到 [0-9]+ 项$", await page.Locator("#search-status").TextContentAsync());
        Assert.Equal(width, await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth"));

        // Only some of the index: meta, the shards of the query's tokens, the buckets of the rows shown.
        var files = SearchFiles(requests);
        var total = Directory.GetFiles(Path.Combine(served.Output, path.Split('/')[0], "search"), "*.js", SearchOption.AllDirectories).Length;
        Assert.Contains(files, f => f.EndsWith("/search/meta.js", StringComparison.Ordinal));
        Assert.True(files.Count < total, $"{files.Count} of {total} index files loaded");

        await first.ClickAsync();
        await page.WaitForURLAsync("**/guides/*.html");
        Assert.Contains(name, await page.Locator("h1").TextContentAsync());
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("web/index.html", 1366, 768)]
    [InlineData("kiosk/index.html", 1080, 1920)]
    public async Task A_name_match_ranks_before_a_region_or_agency_match_and_short_queries_are_explained(string path, int width, int height)
    {
        var (page, errors, _) = await Open(path, width, height);
        await page.FillAsync("#q", "保");
        await page.Locator("#search-status").Filter(new LocatorFilterOptions { HasText = "至少输入两个字" }).WaitForAsync();
        Assert.Equal(0, await page.Locator("#search-results li").CountAsync());

        // 社会保障 is in the name of 社会保障卡申领 and in the agency of many other items (人力资源和社会保障局): names first.
        await page.FillAsync("#q", "社会保障");
        await page.Locator("#search-results li a").First.WaitForAsync();
        var names = (await page.Locator("#search-results li a").AllTextContentsAsync()).ToList();
        var firstByAgency = names.FindIndex(n => !n.Contains("社会保障", StringComparison.Ordinal));
        Assert.True(firstByAgency > 0, string.Join("，", names));
        Assert.DoesNotContain(names.Skip(firstByAgency), n => n.Contains("社会保障", StringComparison.Ordinal));
        Assert.Contains("社会保障", await page.Locator("#search-results li").Nth(firstByAgency).Locator(".count").TextContentAsync());
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_kiosk_returns_to_its_home_screen_after_the_configured_idle_time()
    {
        // catalog/site.yaml: kioskIdleSeconds: 120.
        var (page, errors, _) = await Open("kiosk/index.html", 1080, 1920, clock: true);
        Assert.Equal("120", await page.GetAttributeAsync("body", "data-idle-seconds"));
        await page.FillAsync("#q", "结婚");
        await page.Locator("#search-results li a").First.WaitForAsync();
        await page.Locator("#search-results li a").First.ClickAsync();
        await page.WaitForURLAsync("**/kiosk/guides/*.html");

        await page.Clock.RunForAsync(110_000);
        Assert.Contains("/kiosk/guides/", page.Url); // not yet
        await page.Mouse.WheelAsync(0, 200); // a touch restarts the count
        await page.Clock.RunForAsync(110_000);
        Assert.Contains("/kiosk/guides/", page.Url);
        await page.Clock.RunForAsync(15_000);
        // Polls the page's address: WaitForURLAsync missed this navigation on a busy machine (it starts inside the
        // fast-forward and lands seconds later), and the test then waited out its two minutes.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/kiosk/index\\.html$"), new() { Timeout = 120_000 });

        // On the home screen, the reset clears what the last person typed.
        await page.FillAsync("#q", "失业");
        await page.Locator("#search-results li a").First.WaitForAsync();
        await page.Clock.RunForAsync(121_000);
        await page.Locator("#search-results li").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        Assert.Equal("", await page.InputValueAsync("#q"));
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public void Web_and_kiosk_get_the_one_search_script_publish_writes_and_no_template_holds_a_copy()
    {
        foreach (var channel in new[] { "web", "kiosk" })
        {
            Assert.Equal(Search.SearchScript.Bytes, File.ReadAllBytes(Path.Combine(served.Output, channel, "assets", "search.js")));
            Assert.False(File.Exists(Path.Combine(RepoPaths.Templates, channel, "assets", "search.js")), $"templates/{channel}/assets/search.js is a second copy");
        }
        Assert.Contains("chunkPrefix", System.Text.Encoding.UTF8.GetString(Search.SearchScript.Bytes)); // the script that reads chunked postings
    }
}
