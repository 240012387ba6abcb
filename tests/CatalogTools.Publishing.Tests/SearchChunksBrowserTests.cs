using CatalogTools.Publishing.Tests.Support;
using Microsoft.Playwright;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// Queries of two words over an index cut into many chunks per word (<see cref="ServedChunkedProvince"/>: 1,500 items,
/// chunks of 32 codes), in Chromium: the first page shows results, paging walks to exactly the items that hold both
/// words, each once, and 显示更多 is offered only while more remain. Before chunks were aligned across words, 户籍 合成
/// showed 暂未找到 on its first page and still offered 显示更多 after 20 presses.
/// </summary>
public sealed class SearchChunksBrowserTests(ServedChunkedProvince served) : IClassFixture<ServedChunkedProvince>
{
    /// <summary>How many items have a standard item whose name holds every one of <paramref name="words"/> (合成 is in every region).</summary>
    private int Expected(params string[] words)
    {
        var catalog = served.Catalog.CatalogDir;
        var standards = Directory.GetFiles(Path.Combine(catalog, "standards"), "*.yaml")
            .Where(f => File.ReadLines(f).FirstOrDefault(l => l.StartsWith("name: ", StringComparison.Ordinal)) is { } name && words.All(w => w == "合成" || name.Contains(w, StringComparison.Ordinal)))
            .Select(f => Path.GetFileNameWithoutExtension(f)!)
            .ToHashSet(StringComparer.Ordinal);
        return Directory.GetFiles(Path.Combine(catalog, "implementations"), "*.yaml", SearchOption.AllDirectories).Count(f => standards.Contains(Path.GetFileName(f).Split('-')[0]));
    }

    [Theory]
    [InlineData("户籍 合成", "户籍", "合成")] // a name word and a region word: the second phase (names and region/agency hits)
    [InlineData("户籍 登记", "户籍", "登记")] // two name words: the first phase (every word in the name)
    public async Task A_two_word_query_shows_results_on_its_first_page_and_offers_more_only_while_more_remain(string query, string first, string second)
    {
        var expected = Expected(first, second);
        Assert.InRange(expected, 21, 400); // more than a page
        Assert.True(LevelOf(first) > 0 && LevelOf(second) > 0, "both words are cut into chunks");

        var (page, errors, requests) = await served.OpenWatchedAsync("web/index.html", 1366, 768);
        var more = page.Locator("#search-more");
        Assert.False(await more.IsVisibleAsync()); // hidden until a search has more to show (a .button class once displayed it anyway)
        await page.FillAsync("#q", query);
        await page.Locator("#search-results li a").First.WaitForAsync();
        var status = page.Locator("#search-status");
        Assert.Equal(20, await page.Locator("#search-results li").CountAsync());
        Assert.DoesNotContain("暂未找到", await status.TextContentAsync());
        Assert.True(await more.IsVisibleAsync());

        for (var presses = 0; await more.IsVisibleAsync(); presses++)
        {
            var shown = await page.Locator("#search-results li").CountAsync();
            Assert.True(shown < expected, $"显示更多 offered with all {shown} shown");
            Assert.True(presses < expected / 20 + 1, $"显示更多 still offered after {presses} presses, {shown} of {expected} shown");
            await more.ClickAsync();
            await page.WaitForFunctionAsync("n => document.querySelectorAll('#search-results li').length > n", shown);
            await page.WaitForFunctionAsync("() => !document.getElementById('search-status').textContent.includes('暂未找到')");
        }
        var names = await page.Locator("#search-results li a").AllTextContentsAsync();
        Assert.Equal(expected, names.Count);
        Assert.All(names, n => Assert.Contains(first, n));
        if (second != "合成") Assert.All(names, n => Assert.Contains(second, n));
        Assert.Equal(names.Count, (await page.Locator("#search-results li a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))")).Distinct().Count());
        Assert.Equal($"找到 {expected} 项", await status.TextContentAsync());
        lock (requests) Assert.Contains(requests, r => r.Contains("/search/p/", StringComparison.Ordinal));
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_word_in_every_item_shows_its_exact_count_and_a_first_page_from_one_chunk()
    {
        var (page, errors, requests) = await served.OpenWatchedAsync("web/index.html", 1366, 768);
        await page.FillAsync("#q", "合成");
        await page.Locator("#search-results li a").First.WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(20, await page.Locator("#search-results li").CountAsync());
        Assert.Equal($"找到 {ServedProvince.Implementations} 项", await page.Locator("#search-status").TextContentAsync());
        Assert.True(await page.Locator("#search-more").IsVisibleAsync());
        List<string> chunks;
        lock (requests) chunks = requests.Where(r => r.Contains("/search/p/", StringComparison.Ordinal)).ToList();
        Assert.True(chunks.Count is >= 1 and <= 2, string.Join(", ", chunks)); // its first slice (a second only if the first held fewer than 21)
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    /// <summary>The level a word's longest layer (names or region/agency hits) is cut at, from its shard.</summary>
    private int LevelOf(string token)
    {
        var shard = served.Search.Files[Search.SearchIndex.Folder + "t/" + (Search.SearchIndex.Fnv1a(token) & (uint)(served.Search.Shards - 1)).ToString("x") + ".js"];
        var text = System.Text.Encoding.UTF8.GetString(shard);
        var entry = System.Text.Json.JsonDocument.Parse(text[(text.IndexOf("]=", StringComparison.Ordinal) + 2)..].TrimEnd('\n', ';')).RootElement.GetProperty(token);
        return Enumerable.Range(0, Math.Min(2, entry.GetArrayLength())).Select(i => entry[i].ValueKind == System.Text.Json.JsonValueKind.Number ? entry[i].GetInt32() : 0).Max();
    }
}
