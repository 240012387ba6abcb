using Microsoft.Playwright;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Reports.Tests;

/// <summary>
/// The HTML report opened in headless Chromium (Debian's /usr/bin/chromium through Playwright):
/// every chart's screenshot is decoded and must show drawn bars or lines, every request the page
/// makes is recorded and must stay inside the file, and the page prints to PDF.
/// </summary>
public sealed class BrowserTests : IClassFixture<GitFixtureHolder>
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly GitFixture _git;

    public BrowserTests(GitFixtureHolder holder) => _git = holder.Fixture;

    [Fact]
    public async Task ChartsAreDrawnAndNoExternalRequestIsMade()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Fail($"Chromium not found at {Chromium}: this test needs a real browser. Install Debian's package: apt-get update && apt-get install -y chromium");
        }
        var html = Path.Combine(_git.Temp.Root, "browser", "report.html");
        var outcome = CliRun.Run("report", "--catalog", _git.Temp.CatalogDir, "--baseline", "v1", "--format", "html", "-o", html);
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        // A figure that is 0 everywhere (e.g. 跨省通办 in a catalog without it) has bars of zero length.
        var json = Path.Combine(_git.Temp.Root, "browser", "report.json");
        Assert.Equal(0, CliRun.Run("report", "--catalog", _git.Temp.CatalogDir, "--baseline", "v1", "--format", "json", "-o", json).ExitCode);
        using var figures = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json));
        var zero = figures.RootElement.GetProperty("figures").EnumerateArray()
            .Where(f => f.GetProperty("value").ValueKind != System.Text.Json.JsonValueKind.Number || f.GetProperty("value").GetDouble() == 0)
            .Select(f => "chart-" + f.GetProperty("key").GetString()).ToHashSet();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var pageUrl = new Uri(html).AbsoluteUri;
        var requests = new List<string>();
        var outside = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url == pageUrl) await route.ContinueAsync();
            else
            {
                outside.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });
        await page.GotoAsync(pageUrl, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Empty(outside);
        Assert.Equal([pageUrl], requests);

        var charts = await page.QuerySelectorAllAsync("svg.chart");
        Assert.Equal(22, charts.Count);
        foreach (var chart in charts)
        {
            var id = await chart.GetAttributeAsync("id");
            var box = await chart.BoundingBoxAsync();
            Assert.True(box is { Width: > 100, Height: > 50 }, $"{id}: chart has no size");
            var png = Png.Decode(await chart.ScreenshotAsync());
            var inked = 0;
            var barColour = 0;
            for (var y = 0; y < png.Height; y++)
            {
                for (var x = 0; x < png.Width; x++)
                {
                    var (r, g, b) = png.Pixel(x, y);
                    if (r < 235 || g < 235 || b < 235) inked++;
                    if (Near(r, g, b, 0x2e, 0x7d, 0x32) || Near(r, g, b, 0xc6, 0x28, 0x28) || Near(r, g, b, 0x15, 0x65, 0xc0)) barColour++;
                }
            }
            var share = inked / (double)(png.Width * png.Height);
            Assert.True(share > 0.02, $"{id}: chart area is blank ({share:P2} inked)");
            if (!zero.Contains(id!)) Assert.True(barColour > 30, $"{id}: no bar or line drawn ({barColour} coloured pixels)");
        }

        // The trend line chart: three versions, so the four reduction lines (materials, steps, days, visits) have three points each.
        Assert.Equal(12, await page.Locator("#trend-reductions circle").CountAsync());

        // Drill-down link jumps to the list of items behind a missed figure.
        await page.ClickAsync("#figure-exemptShare a");
        Assert.EndsWith("#miss-exemptShare", page.Url);
        Assert.Equal(2, await page.Locator("#miss-exemptShare + table tbody tr").CountAsync());

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4" });
        Assert.True(pdf.Length > 10_000 && pdf[0] == (byte)'%' && pdf[1] == (byte)'P', "print to PDF failed");
    }

    private static bool Near(byte r, byte g, byte b, int er, int eg, int eb) => Math.Abs(r - er) < 24 && Math.Abs(g - eg) < 24 && Math.Abs(b - eb) < 24;
}
