using AngleSharp.Html.Parser;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Microsoft.Playwright;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// Region pages on a generated province (<see cref="ServedProvince"/>): a county's items paginated like the other
/// listings (site page size, the shared pager partial), every region of the tree with a page listing its sub-regions,
/// breadcrumbs on every page that all lead somewhere, the audit reading every page; in Chromium the pager walks
/// forward and back, axe-core finds nothing serious in normal and elderly mode, and a word in every item shows its
/// first page of results from its first search chunk.
/// </summary>
public sealed class RegionPagesTests(ServedProvince served) : IClassFixture<ServedProvince>
{
    private const string County = "360101";

    private string Web(string relative) => Path.Combine(served.Bundle, "web", relative);

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string file) => new HtmlParser().ParseDocument(File.ReadAllText(file));

    private static List<string> ItemLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("main a[href*='guides/']").Select(a => a.GetAttribute("href")!.Split('/')[^1].Replace(".html", "", StringComparison.Ordinal)).ToList();

    [Fact]
    public void A_county_of_900_items_takes_45_pages_of_20_that_list_each_item_once()
    {
        var own = Directory.GetFiles(Path.Combine(served.Catalog.CatalogDir, "implementations", County), "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(900, own.Count);
        var seen = new List<string>();
        for (var n = 1; n <= 45; n++)
        {
            var file = n == 1 ? Web($"regions/{County}.html") : Web($"regions/{County}/page-{n}.html");
            Assert.True(File.Exists(file), file);
            var page = Parse(file);
            var links = ItemLinks(page);
            Assert.Equal(20, links.Count);
            seen.AddRange(links);
            Assert.Equal(n.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector(".pager [aria-current='page']")?.TextContent.Trim());
            Assert.Equal(n > 1, page.QuerySelector("a[rel='prev']") is not null);
            Assert.Equal(n < 45, page.QuerySelector("a[rel='next']") is not null);
            Assert.Contains($"第 {n} 页", page.QuerySelector("nav.crumbs")!.TextContent);
            Assert.Contains("本级事项共 900 项", page.QuerySelector("main .lead")!.TextContent);
        }
        Assert.False(File.Exists(Web($"regions/{County}/page-46.html")));
        Assert.Equal(own, seen.Order(StringComparer.Ordinal).ToList());
        // The kiosk pages the same way, with its own pager partial.
        Assert.True(File.Exists(Path.Combine(served.Bundle, "kiosk", "regions", County, "page-45.html")));
        Assert.NotNull(Parse(Path.Combine(served.Bundle, "kiosk", "regions", County, "page-2.html")).QuerySelector(".pager a.button[rel='next']"));
    }

    [Fact]
    public void The_province_and_the_city_have_pages_that_list_their_sub_regions_and_sub_regions_show_on_the_first_page_only()
    {
        var province = Parse(Web("regions/360000.html"));
        Assert.Contains("合成1市", province.QuerySelector("nav.children")!.TextContent);
        Assert.Equal("360100.html", province.QuerySelector("nav.children a")!.GetAttribute("href")!.Split('/')[^1]);
        Assert.Empty(ItemLinks(province));
        Assert.Null(province.QuerySelector(".pager"));
        var city = Parse(Web("regions/360100.html"));
        Assert.Contains("合成1县", city.QuerySelector("nav.children")!.TextContent);
        var county = Parse(Web($"regions/{County}.html"));
        Assert.Contains("合成1县第1镇", county.QuerySelector("nav.children")!.TextContent);
        Assert.Null(Parse(Web($"regions/{County}/page-2.html")).QuerySelector("nav.children"));
        // The home page links every region, the ones without items of their own too.
        var home = Parse(Web("index.html"));
        Assert.NotNull(home.QuerySelector("a[href='regions/360000.html']"));
    }

    [Fact]
    public void Every_breadcrumb_and_pager_link_of_every_region_page_and_of_guides_leads_to_a_published_page()
    {
        var web = Path.Combine(served.Bundle, "web");
        var pages = Directory.GetFiles(Path.Combine(web, "regions"), "*.html", SearchOption.AllDirectories).ToList();
        pages.AddRange(Directory.GetFiles(Path.Combine(web, "guides"), "*.html").Take(50));
        var checkedLinks = 0;
        foreach (var file in pages)
        {
            var page = Parse(file);
            var crumbs = page.QuerySelectorAll("nav.crumbs a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.True(crumbs.Count >= 2, $"{file}: breadcrumbs {string.Join(" > ", crumbs)}");
            foreach (var href in crumbs.Concat(page.QuerySelectorAll(".pager a").Select(a => a.GetAttribute("href")!)))
            {
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, href));
                Assert.True(File.Exists(target), $"{Path.GetRelativePath(web, file)} links {href}, which is not published");
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 1000, $"{checkedLinks} links");
        // A county's second page: 首页 > 合成省 > 合成1市 > 合成1县 > 第 2 页.
        var crumbText = Parse(Web($"regions/{County}/page-2.html")).QuerySelector("nav.crumbs")!.TextContent;
        Assert.Matches("首页\\s*合成省\\s*合成1市\\s*合成1县\\s*第 2 页", crumbText);
    }

    [Fact]
    public void The_audit_reads_every_region_page_and_reports_a_missing_one_with_the_items_it_held()
    {
        Assert.Equal(0, Audit(served.Bundle).ExitCode);

        var copy = Path.Combine(served.Catalog.Root, "audit-" + Guid.NewGuid().ToString("N")[..8]);
        CopyDirectory(served.Bundle, copy);
        var missing = Path.Combine(copy, "web", "regions", County, "page-3.html");
        var held = ItemLinks(Parse(missing));
        File.Delete(missing);
        File.WriteAllText(Path.Combine(copy, "web", "regions", County, "page-46.html"), File.ReadAllText(Path.Combine(copy, "web", "regions", County, "page-45.html")));
        var outcome = Audit(copy, "--lang", "en");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"web/regions/{County}/page-3.html  error CAT0206", outcome.Out);
        foreach (var code in held) Assert.Contains($"[{code}] web page web/regions/{County}.html does not list item", outcome.Out);
        Assert.Contains($"web/regions/{County}/page-46.html", outcome.Out);
        Assert.Contains("the source lists this region's items on 45 page(s)", outcome.Out);
    }

    [Theory]
    [InlineData("web", 1366, 768)]
    [InlineData("web", 390, 844)]
    [InlineData("kiosk", 1080, 1920)]
    public async Task In_chromium_the_pager_walks_a_county_forward_and_back_and_axe_finds_nothing_serious(string channel, int width, int height)
    {
        var (page, errors, _) = await served.OpenWatchedAsync($"{channel}/regions/{County}.html", width, height, axe: true);
        foreach (var elderly in new[] { false, true })
        {
            if (elderly) await page.ClickAsync("#elderly-toggle");
            Assert.Empty(await AxeCore.SeriousViolationsAsync(page));
        }
        for (var n = 2; n <= 3; n++)
        {
            await page.Locator("a[rel='next']").ClickAsync();
            await page.WaitForURLAsync($"**/{channel}/regions/{County}/page-{n}.html");
            Assert.Contains($"第 {n} 页", await page.Locator("nav.crumbs").TextContentAsync());
            Assert.Equal(20, await page.Locator("main .items a").CountAsync());
        }
        Assert.Empty(await AxeCore.SeriousViolationsAsync(page));
        if (channel == "web")
        {
            var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
            Assert.True(widths[0] <= widths[1], $"page 3 scrolls sideways at {width}px: {widths[0]} > {widths[1]}");
        }
        await page.Locator("a[rel='prev']").ClickAsync();
        await page.WaitForURLAsync($"**/{channel}/regions/{County}/page-2.html");
        await page.Locator(".pager a", new PageLocatorOptions { HasTextString = "1" }).First.ClickAsync();
        await page.WaitForURLAsync($"**/{channel}/regions/{County}.html");
        await page.Locator("nav.crumbs a", new PageLocatorOptions { HasTextString = "合成1市" }).ClickAsync();
        await page.WaitForURLAsync($"**/{channel}/regions/360100.html");
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_word_in_every_item_shows_its_exact_count_and_first_page_from_its_first_chunk()
    {
        // 合成 is in every item's region and agency: 1,500 postings, cut into 4 chunks of about 375.
        var (page, errors, requests) = await served.OpenWatchedAsync("web/index.html", 1366, 768);
        await page.FillAsync("#q", "合成");
        await page.Locator("#search-results li a").First.WaitForAsync();
        Assert.Equal("找到 1500 项", await page.Locator("#search-status").TextContentAsync());
        Assert.Equal(20, await page.Locator("#search-results li").CountAsync());
        Assert.Single(Snapshot(requests), r => r.Contains("/search/p/", StringComparison.Ordinal)); // the first chunk fills the first page

        Assert.Empty(errors);
        await page.CloseAsync();
        // Paging two chunked words (户籍 合成) to their end: SearchChunksBrowserTests.
    }

    private static List<string> Snapshot(List<string> requests)
    {
        lock (requests) return [.. requests];
    }

    private CliOutcome Audit(string dir, params string[] extra) =>
        CliRun.Run(["audit", dir, "--catalog", served.Catalog.CatalogDir, "--templates", RepoPaths.Templates, .. extra]);

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories)) Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories)) File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
