using System.Text.Json;
using System.Text.RegularExpressions;
using CatalogTools.Publishing.Serving;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// `catalog audit` sees what a citizen sees: every edit made downstream to a published channel is
/// reported, on the folder and on the same folder served over HTTP by `catalog serve`'s server.
/// </summary>
public sealed class VisibleAuditTests(SampleBundle bundle) : IClassFixture<SampleBundle>
{
    private const string Code = "GG00101001-230125-11230125010320163G";
    private const string Deleted = "CJ00101001-230125-112301250745715780";
    private const string Unknown = "XX99999999-230125-11230125010320163G";
    private const string Guide = $"web/guides/{Code}.html";

    private CliOutcome Audit(string target, params string[] extra) =>
        CliRun.Run(["audit", target, "--catalog", bundle.Repo.CatalogDir, "--templates", RepoPaths.Templates, .. extra]);

    /// <summary>A copy of the three channels with one edit of each kind the issue names.</summary>
    private string Edited()
    {
        var dir = bundle.Repo.Out("visible-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var channel in new[] { "web", "mobile", "kiosk" }) TempCatalog.CopyDirectory(bundle.Channel(channel), Path.Combine(dir, channel));

        var guide = Path.Combine(dir, "web", "guides", Code + ".html");
        var html = File.ReadAllText(guide);
        html = Once(html, "<span data-el=\"promisedLimit.days\">", "<span data-el=\"promisedLimit.days\">9");              // an element edited
        html = Once(html, "<h2 id=\"h-fees\">收费</h2>", "<h2 id=\"h-fees\">收费标准</h2>");                                  // a heading edited
        html = Once(html, "</table>\n</div>", "</table>\n</div>\n<p>办理前请先电话预约。</p>\n<p>另需提交户口本复印件一份。</p>"); // sentences added
        var body = html.IndexOf("<tbody>", StringComparison.Ordinal);
        var row = Regex.Match(html[body..], "<tr>.*?</tr>\n", RegexOptions.Singleline);
        html = html.Remove(body + row.Index, row.Length);                                                                     // a row removed
        File.WriteAllText(guide, html);

        File.Delete(Path.Combine(dir, "kiosk", "guides", Deleted + ".html"));                                                 // a guide page deleted
        var kioskGuides = Path.Combine(dir, "kiosk", "guides");
        File.WriteAllText(Path.Combine(kioskGuides, Unknown + ".html"),                                                       // a page for an unknown item
            File.ReadAllText(Path.Combine(kioskGuides, Code + ".html")).Replace($"data-item=\"{Code}\"", $"data-item=\"{Unknown}\"", StringComparison.Ordinal));
        var region = Path.Combine(dir, "kiosk", "regions", "230125.html");
        File.WriteAllText(region, Once(File.ReadAllText(region), "</main>", $"<p><a href=\"../guides/{Unknown}.html\">新增事项</a></p>\n</main>"));

        var item = Path.Combine(dir, "mobile", "items", Code + ".json");
        File.WriteAllText(item, "{\"notice\":\"请携带结婚证\"," + File.ReadAllText(item)[1..]);                           // mobile fields added
        var regions = Path.Combine(dir, "mobile", "regions.json");
        File.WriteAllText(regions, Once(File.ReadAllText(regions), "\"code\":\"230125\"", "\"code\":\"230125\",\"hotline\":\"12345\""));
        return dir;
    }

    private static string Once(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(from, at + 1, StringComparison.Ordinal) < 0, $"'{from}' must occur once");
        return text.Remove(at, from.Length).Insert(at, to);
    }

    private static void AssertEveryEditReported(CliOutcome outcome)
    {
        Assert.True(outcome.ExitCode == 1, outcome.Out + outcome.Error);
        var o = outcome.Out;
        Assert.Contains($"{Guide}#promisedLimit.days  错误 CAT0201 [{Code}]", o);
        Assert.Matches($"错误 CAT0222 \\[{Code}\\] web 页面 {Regex.Escape(Guide)} 的标题显示为『收费标准』，源中为『收费』（在『办理流程』下", o);
        Assert.Contains($"错误 CAT0220 [{Code}] web 页面 {Guide} 多出源中没有的段落『办理前请先电话预约。』（在『申请材料』下，最近的要素『申请材料』", o);
        Assert.Contains($"错误 CAT0223 [{Code}] web 页面 {Guide} 要求了办事指南没有列出的材料：『提交户口本复印件一份』，见『另需提交户口本复印件一份。』", o);
        Assert.Matches($"错误 CAT0221 \\[{Code}\\] web 页面 {Regex.Escape(Guide)} 缺少源中的表格行『1 ", o);
        Assert.Contains($"kiosk/guides/{Deleted}.html  错误 CAT0203 [{Deleted}]", o);
        Assert.Contains($"kiosk/guides/{Unknown}.html  错误 CAT0204 [{Unknown}]", o);
        Assert.Contains($"mobile/items/{Code}.json#notice  错误 CAT0202 [{Code}] mobile 页面 mobile/items/{Code}.json 显示了源中没有的要素 notice『请携带结婚证』", o);
        Assert.Contains("错误 CAT0220 mobile 页面 mobile/regions.json 多出源中没有的字段 [230125].hotline『12345』", o);
        Assert.DoesNotContain("CAT0205", o);
    }

    [Fact]
    public void Every_downstream_edit_is_reported_on_a_folder()
    {
        AssertEveryEditReported(Audit(Edited()));
    }

    [Fact]
    public async Task Every_downstream_edit_is_reported_on_a_url_served_on_loopback_and_the_findings_equal_the_folders()
    {
        var dir = Edited();
        await using var server = await BundleServer.StartAsync(dir, 0);
        Assert.Equal("127.0.0.1", server.Address.Host);
        var overHttp = await Task.Run(() => Audit(server.Address.ToString()));
        AssertEveryEditReported(overHttp);

        var fromFolder = Findings(Audit(dir, "--format", "json").Out);
        var fromUrl = Findings(await Task.Run(() => Audit(server.Address.ToString(), "--format", "json").Out));
        Assert.Equal(fromFolder, fromUrl);

        // One channel's URL audits that channel alone.
        var web = await Task.Run(() => Audit(server.Address + "web/"));
        Assert.Contains("自查了 1 个渠道", web.Out);
        Assert.Contains("CAT0223", web.Out);
    }

    [Fact]
    public async Task A_crawl_that_reaches_its_limit_says_the_audit_is_incomplete()
    {
        await using var server = await BundleServer.StartAsync(bundle.Channel("kiosk"), 0);
        var outcome = await Task.Run(() => Audit(server.Address.ToString(), "--max-files", "20", "--lang", "en"));
        Assert.Contains("warning CAT0225 channel kiosk", outcome.Out);
        Assert.Contains("reached the limit of 20 files", outcome.Out);
    }

    [Fact]
    public void A_fee_asked_for_on_a_free_item_and_a_changed_link_are_reported()
    {
        var dir = bundle.Repo.Out("visible-" + Guid.NewGuid().ToString("N")[..8]);
        TempCatalog.CopyDirectory(bundle.Channel("kiosk"), Path.Combine(dir, "kiosk"));
        var guide = Path.Combine(dir, "kiosk", "guides", Code + ".html");
        var html = File.ReadAllText(guide);
        var link = Regex.Match(html, "href=\"\\.\\./index\\.html\"").Value;
        Assert.NotEqual("", link);
        html = html.Replace(link, "href=\"https://example.invalid/pay.html\"", StringComparison.Ordinal);
        html = Once(html, "</main>", "<p>办理时另收取工本费20元。</p>\n</main>");
        File.WriteAllText(guide, html);

        var outcome = Audit(dir, "--lang", "en");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"error CAT0223 [{Code}] kiosk page kiosk/guides/{Code}.html asks for a fee the guide does not list: '另收取工本费20元'", outcome.Out);
        Assert.Contains("shows link address 'https://example.invalid/pay.html'; the source renders '../index.html'", outcome.Out);
    }

    [Fact]
    public void An_added_page_a_changed_asset_and_an_edited_search_index_are_reported()
    {
        var dir = bundle.Repo.Out("visible-" + Guid.NewGuid().ToString("N")[..8]);
        TempCatalog.CopyDirectory(bundle.Channel("web"), Path.Combine(dir, "web"));
        File.WriteAllText(Path.Combine(dir, "web", "promo.html"), "<!DOCTYPE html><title>活动</title><p>另需提交证明</p>");
        File.AppendAllText(Path.Combine(dir, "web", "assets", "site.css"), "\nbody{display:none}\n");
        var search = Directory.GetFiles(Path.Combine(dir, "web", "search", "d")).Single(f => File.ReadAllText(f).Contains(Code, StringComparison.Ordinal));
        var page = "web/search/d/" + Path.GetFileName(search);
        File.WriteAllText(search, Once(File.ReadAllText(search), $"\"{Code}\":[\"", $"\"{Code}\":[\"（推荐）"));

        var outcome = Audit(dir);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("web/promo.html  错误 CAT0224 web 渠道有源中没有的页面 web/promo.html", outcome.Out);
        Assert.Contains("web/assets/site.css  错误 CAT0222 web 页面 web/assets/site.css 的文件内容显示为『SHA-256 ", outcome.Out);
        Assert.Contains($"{page}  错误 CAT0222 web 页面 {page} 的字段 ", outcome.Out);
        Assert.Contains("（推荐）", outcome.Out);
    }

    /// <summary>(rule, place, item) of every diagnostic, as the json format gives them.</summary>
    private static List<string> Findings(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("rule").GetString()} {d.GetProperty("message").GetString()}")
            .Order(StringComparer.Ordinal).ToList();
    }
}
