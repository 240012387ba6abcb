using CatalogTools.Publishing.Tests.Support;
using Microsoft.Playwright;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium, driven by Playwright) against the bundle server, on a
/// catalog with hostile text planted: pages load without console errors, Chinese search works,
/// elderly mode enlarges text, the kiosk renders at 1080×1920, and &lt;script&gt; in data never runs.
/// </summary>
public sealed class BrowserTests(ServedHostileSample served) : IClassFixture<ServedHostileSample>
{
    private const string Code = EscapingTests.HostileCode;

    private async Task<(IPage Page, List<string> Errors)> Open(string path, int width = 1280, int height = 900)
    {
        var (page, errors, _) = await served.OpenWatchedAsync(path, width, height);
        return (page, errors);
    }

    [Theory]
    [InlineData("web/index.html")]
    [InlineData("web/regions/230125.html")]
    [InlineData("web/guides/" + Code + ".html")]
    [InlineData("web/notices/" + Code + ".html")]
    [InlineData("kiosk/index.html")]
    [InlineData("kiosk/regions/230125.html")]
    [InlineData("kiosk/guides/" + Code + ".html")]
    public async Task Pages_load_without_console_errors(string path)
    {
        var (page, errors) = await Open(path);
        Assert.Empty(errors);
        Assert.Equal(1, await page.Locator("main").CountAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task Search_finds_an_item_by_a_two_character_chinese_query()
    {
        var (page, errors) = await Open("web/index.html");
        await page.FillAsync("#q", "结婚");
        var results = page.Locator("#search-results li a");
        await results.First.WaitForAsync();
        Assert.True(await results.CountAsync() > 0);
        Assert.Contains("结婚", await results.First.TextContentAsync());
        Assert.Matches(@"guides/.+\.html$", await results.First.GetAttributeAsync("href"));
        Assert.Contains("找到", await page.Locator("#search-status").TextContentAsync());
        await results.First.ClickAsync();
        await page.WaitForURLAsync("**/guides/*.html");
        Assert.Contains("结婚", await page.Locator("h1").TextContentAsync());
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("web/guides/" + Code + ".html")]
    [InlineData("kiosk/guides/" + Code + ".html")]
    public async Task Elderly_mode_enlarges_the_text(string path)
    {
        var (page, _) = await Open(path);
        const string size = "() => parseFloat(getComputedStyle(document.querySelector('main dd')).fontSize)";
        var before = await page.EvaluateAsync<double>(size);
        await page.ClickAsync("#elderly-toggle");
        var after = await page.EvaluateAsync<double>(size);
        Assert.True(after >= before * 1.4, $"font size {before}px → {after}px");
        Assert.Equal("true", await page.GetAttributeAsync("#elderly-toggle", "aria-pressed"));
        await page.CloseAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task At_390px_a_guide_page_does_not_scroll_sideways_shows_material_cards_and_the_sponsor(bool elderly)
    {
        var (page, errors) = await Open("web/guides/" + Code + ".html", 390, 844);
        if (elderly) await page.ClickAsync("#elderly-toggle");
        var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"scrollWidth {widths[0]} > innerWidth {widths[1]}");
        Assert.Equal("block", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('table.materials tbody tr')).display"));
        Assert.Contains("主办单位", await page.InnerTextAsync("footer"));
        Assert.Contains("必要：是 · ", await page.InnerTextAsync("table.materials"));
        Assert.StartsWith("tel:", await page.GetAttributeAsync("a[href^='tel:']", "href"));
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Kiosk_guide_renders_portrait_1080_by_1920_and_is_not_blank()
    {
        var (page, errors) = await Open($"kiosk/guides/{Code}.html", 1080, 1920);
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Png });
        Assert.Equal(1080, ReadBigEndian(png, 16));
        Assert.Equal(1920, ReadBigEndian(png, 20));
        // Count distinct colours by drawing the screenshot on a canvas in the same browser.
        var colours = await page.EvaluateAsync<int>(@"async (data) => {
            const img = new Image(); img.src = 'data:image/png;base64,' + data; await img.decode();
            const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
            const g = c.getContext('2d'); g.drawImage(img, 0, 0);
            const px = g.getImageData(0, 0, c.width, c.height).data; const seen = new Set();
            for (let i = 0; i < px.length; i += 4 * 97) seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
            return seen.size; }", Convert.ToBase64String(png));
        Assert.True(colours > 10, $"screenshot looks blank ({colours} colours)");
        var tile = await page.Locator(".elderly-toggle").BoundingBoxAsync();
        Assert.True(tile!.Height >= 88, $"touch target {tile.Height}px high");
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("web/guides/" + Code + ".html")]
    [InlineData("web/notices/" + Code + ".html")]
    [InlineData("web/regions/230125.html")]
    [InlineData("kiosk/guides/" + Code + ".html")]
    public async Task A_field_holding_script_does_not_run_and_shows_as_text(string path)
    {
        var (page, errors) = await Open(path);
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"));
        Assert.Contains("<script>window.__pwned=1</script>{{ 1 + 1 }}{% raw %}", await page.Locator("main").InnerTextAsync());
        Assert.Empty(errors);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Search_results_show_script_text_without_running_it()
    {
        var (page, _) = await Open("web/index.html");
        await page.FillAsync("#q", "pwned");
        await page.Locator("#search-results li a").First.WaitForAsync();
        Assert.Contains("<script>", await page.Locator("#search-results").InnerTextAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"));
        await page.CloseAsync();
    }

    private static int ReadBigEndian(byte[] b, int offset) => (b[offset] << 24) | (b[offset + 1] << 16) | (b[offset + 2] << 8) | b[offset + 3];
}
