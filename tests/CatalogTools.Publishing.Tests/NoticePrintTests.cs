using System.Text.RegularExpressions;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// The 一次性告知单 printed by Chromium is one A4 page (PDF read with PdfPig: page count and MediaBox) with the
/// 日期 / 经办人 / 盖章 boxes on it, for the longest notice of every standard item of the sample (an implementation's
/// notice differs from its standard's others only in place, hours and phones, so the longest stands for them); its QR code, read back with zbarimg from the
/// rendered page, is the item's guide at site.yaml's baseUrl; without a baseUrl the notice has no QR code.
/// </summary>
[Collection(ServedSampleCollection.Name)]
public sealed partial class NoticePrintTests(ServedSample served)
{
    private const string Typical = "GG00101001-230125-11230125010320163G";
    private const string BaseUrl = "https://zwfw.example.gov.cn/";

    [Fact]
    public async Task The_longest_notice_of_every_standard_item_prints_on_one_A4_page_with_the_date_clerk_and_seal_boxes()
    {
        var all = Directory.GetFiles(Path.Combine(served.Bundle.Channel("web"), "notices"), "*.html");
        Assert.True(all.Length >= 200, $"{all.Length} notices");
        var notices = all.GroupBy(f => Path.GetFileName(f).Split('-')[0], StringComparer.Ordinal)
            .Select(g => Path.GetFileName(g.MaxBy(f => new FileInfo(f).Length)))
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(notices.Count >= 25, $"{notices.Count} standard items");
        var failures = new List<string>();
        var page = await served.Browser.NewPageAsync();
        foreach (var notice in notices)
        {
            await page.GotoAsync(new Uri(served.Address, "web/notices/" + notice).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
            failures.AddRange(OneA4Page(pdf, notice!));
        }
        await page.CloseAsync();
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Chromiums_own_print_to_pdf_prints_a_typical_notice_on_one_A4_page()
    {
        var dir = Directory.CreateTempSubdirectory("notice-pdf-").FullName;
        try
        {
            var pdf = Path.Combine(dir, "notice.pdf");
            var url = new Uri(served.Address, $"web/notices/{Typical}.html").ToString();
            var run = ProcessRun.Run(ChromiumBrowser.ExecutablePath,
                ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", $"--user-data-dir={Path.Combine(dir, "profile")}", "--no-pdf-header-footer", $"--print-to-pdf={pdf}", url],
                dir, timeoutSeconds: 120);
            Assert.True(File.Exists(pdf), run.ToString());
            Assert.Empty(OneA4Page(File.ReadAllBytes(pdf), Typical));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task The_qr_code_reads_back_as_the_items_guide_at_the_base_url()
    {
        var page = await served.OpenAsync($"web/notices/{Typical}.html", 1366, 900);
        var expected = $"{BaseUrl}guides/{Typical}.html";
        Assert.Equal(expected, (await page.InnerTextAsync(".qr-url")).Trim());
        Assert.True(File.Exists(Path.Combine(served.Bundle.Channel("web"), "guides", Typical + ".html")));
        Assert.StartsWith("data:image/png;base64,", await page.GetAttributeAsync(".qr img", "src"));
        Assert.Equal(expected, DecodeQr(await page.Locator(".qr img").ScreenshotAsync()));
        // Printed, as the citizen takes it home: the code on the PDF page is the same (rendered at print size by the browser).
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.Equal(expected, DecodeQr(await page.Locator(".qr img").ScreenshotAsync()));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Without_a_base_url_the_notice_has_no_qr_code_and_still_prints_on_one_page()
    {
        using var repo = GitCatalog.CreateSample(c => c.Replace("site.yaml", $"baseUrl: {BaseUrl}\n", ""));
        var output = repo.Out("out");
        var outcome = repo.Publish(output);
        Assert.True(outcome.ExitCode == 0, outcome.Error + outcome.Out);
        var html = File.ReadAllText(Path.Combine(output, "web", "notices", Typical + ".html"));
        Assert.DoesNotContain("class=\"qr\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data:image/png", html, StringComparison.Ordinal);
        Assert.Contains("经办人", html, StringComparison.Ordinal);
        var page = await served.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(output, "web", "notices", Typical + ".html")).ToString());
        Assert.Empty(OneA4Page(await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true }), Typical));
        await page.CloseAsync();
    }

    /// <summary>What is wrong with a printed notice: not one page, not A4 (595 × 842 pt), or without its boxes.</summary>
    private static IEnumerable<string> OneA4Page(byte[] pdf, string name)
    {
        using var document = PdfDocument.Open(pdf);
        if (document.NumberOfPages != 1) yield return $"{name}: {document.NumberOfPages} pages";
        var page = document.GetPage(1);
        var box = page.MediaBox.Bounds;
        if (Math.Abs(box.Width - 595.3) > 1.5 || Math.Abs(box.Height - 841.9) > 1.5) yield return $"{name}: MediaBox {box.Width:0.#}×{box.Height:0.#} pt, not A4";
        var text = Whitespace().Replace(page.Text, "");
        foreach (var label in new[] { "一次性告知单", "日期", "经办人", "盖章" })
        {
            if (!text.Contains(label, StringComparison.Ordinal)) yield return $"{name}: page 1 lacks {label}";
        }
    }

    /// <summary>zbarimg (zbar-tools, installed by ./test.sh) decodes the QR code in a PNG.</summary>
    private static string DecodeQr(byte[] png)
    {
        var file = Path.Combine(Path.GetTempPath(), $"qr-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(file, png);
        try
        {
            var run = ProcessRun.Run("zbarimg", ["--raw", "-q", file], Path.GetTempPath(), timeoutSeconds: 60);
            Assert.True(run.ExitCode == 0, "zbarimg found no QR code: " + run);
            return run.Out.Trim();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
