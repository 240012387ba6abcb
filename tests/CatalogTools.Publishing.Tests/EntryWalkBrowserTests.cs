using CatalogTools.Publishing.Tests.Support;
using Microsoft.Playwright;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// A citizen's walk in Debian's Chromium over the served sample: from the home page to a guide through
/// 个人办事 → theme → item and through the departments, paging through a listing, on the web portal and
/// on the kiosk at 1080×1920; no console errors on the way.
/// </summary>
[Collection(ServedSampleCollection.Name)]
public sealed class EntryWalkBrowserTests(ServedSample served)
{
    private async Task<(IPage Page, List<string> Errors)> Open(string path, int width, int height)
    {
        var (page, errors, _) = await served.OpenWatchedAsync(path, width, height);
        return (page, errors);
    }

    private static async Task Follow(IPage page, ILocator link, string urlPattern)
    {
        await link.ClickAsync();
        await page.WaitForURLAsync(urlPattern);
    }

    [Theory]
    [InlineData("web", 1366, 900)]
    [InlineData("web", 390, 844)]
    [InlineData("kiosk", 1080, 1920)]
    public async Task From_home_through_personal_services_and_a_theme_to_a_guide(string channel, int width, int height)
    {
        var (page, errors) = await Open($"{channel}/index.html", width, height);
        await Follow(page, page.Locator("main a", new PageLocatorOptions { HasTextString = "个人办事" }), "**/objects/natural/index.html");
        Assert.Equal("个人办事", (await page.Locator("h1").TextContentAsync())?.Trim());
        await Follow(page, page.Locator("main nav a", new PageLocatorOptions { HasTextString = "生育收养" }), "**/themes/shengyu-shouyang/index.html");
        Assert.Contains("生育收养", await page.Locator("nav.crumbs").TextContentAsync());
        var item = page.Locator("main .items a").First;
        var name = (await item.TextContentAsync())!;
        Assert.Contains("出生登记", name);
        await Follow(page, item, "**/guides/*.html");
        Assert.Contains("出生登记", await page.Locator("h1").TextContentAsync());
        Assert.Equal(1, await page.Locator("main[data-page='guide']").CountAsync());
        if (channel == "web")
        {
            var scroll = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
            Assert.True(scroll[0] <= scroll[1], $"the guide scrolls sideways at {width}px: {scroll[0]} > {scroll[1]}");
        }
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("web", 1366, 900)]
    [InlineData("kiosk", 1080, 1920)]
    public async Task From_home_through_the_departments_to_a_guide(string channel, int width, int height)
    {
        var (page, errors) = await Open($"{channel}/index.html", width, height);
        await Follow(page, page.Locator("main a", new PageLocatorOptions { HasTextString = "按部门" }), "**/departments/index.html");
        var department = page.Locator("main nav a", new PageLocatorOptions { HasTextString = "宾县人力资源和社会保障局" });
        while (await department.CountAsync() == 0)
        {
            var next = page.Locator("a[rel='next']");
            Assert.True(await next.CountAsync() == 1, "宾县人力资源和社会保障局 is on no page of the departments");
            await Follow(page, next, "**/departments/page-*.html");
        }
        await Follow(page, department.First, "**/departments/*/index.html");
        Assert.Contains("宾县人力资源和社会保障局", await page.Locator("h1").TextContentAsync());
        var item = page.Locator("main .items a", new PageLocatorOptions { HasTextString = "社会保障卡申领" });
        await Follow(page, item.First, "**/guides/GG00301001-230125-*.html");
        Assert.Contains("社会保障卡申领", await page.Locator("h1").TextContentAsync());
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Paging_forward_and_back_through_a_theme_shows_each_item_once()
    {
        var (page, errors) = await Open("web/themes/shehui-baozhang/index.html", 1366, 900);
        var seen = new List<string>();
        var pages = 1;
        while (true)
        {
            seen.AddRange(await page.Locator("main .items a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
            var next = page.Locator("a[rel='next']");
            if (await next.CountAsync() == 0) break;
            await Follow(page, next, $"**/themes/shehui-baozhang/page-{++pages}.html");
            Assert.Equal(pages.ToString(System.Globalization.CultureInfo.InvariantCulture), (await page.Locator(".pager [aria-current='page']").TextContentAsync())?.Trim());
        }
        Assert.Equal(3, pages);
        // 47 guides, then the 一件事 whose members are in this theme (listed after the guides, on the last page).
        Assert.Equal(47, seen.Count(h => h.Contains("guides/", StringComparison.Ordinal)));
        Assert.Equal(1, seen.Count(h => h.Contains("bundles/", StringComparison.Ordinal)));
        Assert.Equal(48, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        await Follow(page, page.Locator("a[rel='prev']"), "**/themes/shehui-baozhang/page-2.html");
        await Follow(page, page.Locator(".pager a", new PageLocatorOptions { HasTextString = "1" }).First, "**/themes/shehui-baozhang/index.html");
        Assert.Empty(errors);
        await page.CloseAsync();
    }
}
