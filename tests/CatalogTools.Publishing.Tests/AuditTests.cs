using System.Text.Json;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>`catalog audit` (要素同源自查) reads channels as served and reports every element that differs from the source.</summary>
public sealed class AuditTests(SampleBundle bundle) : IClassFixture<SampleBundle>
{
    private const string Code = "GG00101001-230125-11230125010320163G";

    private string Copy(string channel)
    {
        var copy = bundle.Repo.Out("audit-" + Guid.NewGuid().ToString("N")[..8]);
        TempCatalog.CopyDirectory(bundle.Channel(channel), Path.Combine(copy, channel));
        return copy;
    }

    private CliOutcome Audit(string dir, params string[] extra) => CliRun.Run(["audit", dir, "--catalog", bundle.Repo.CatalogDir, "--templates", RepoPaths.Templates, .. extra]);

    [Fact]
    public void A_freshly_published_bundle_matches_the_source_in_every_channel()
    {
        var outcome = Audit(bundle.Output);
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Contains("错误 0 个", outcome.Out);
    }

    [Fact]
    public void The_summary_counts_the_channels_pages_and_published_items_it_compared_and_no_registry_entries()
    {
        var items = Directory.GetFiles(Path.Combine(bundle.Output, "mobile", "items"), "*.json").Select(Path.GetFileNameWithoutExtension).ToList();
        var standards = items.Select(c => c!.Split('-')[0]).Distinct().Count();
        var pages = AuditedPages(bundle.Output);

        var zh = Audit(bundle.Output);
        Assert.Contains($"自查了 3 个渠道的 {pages} 个页面（发布事项 {items.Count} 项，所属标准事项 {standards} 项）：错误 0 个", zh.Out);
        Assert.DoesNotContain("登记条目", zh.Out);
        var en = Audit(bundle.Output, "--lang", "en");
        Assert.Contains($"Audited {pages} pages in 3 channels ({items.Count} published items over {standards} standard items): 0 errors", en.Out);

        using var json = JsonDocument.Parse(Audit(bundle.Output, "--format", "json").Out);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal("audit", summary.GetProperty("scope").GetString());
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("registryEntries").ValueKind);
        Assert.Equal(pages, summary.GetProperty("files").GetInt32());
        Assert.Equal(items.Count, summary.GetProperty("implementations").GetInt32());
    }

    /// <summary>The pages the audit reads: every page of the published layout that shows catalog content.</summary>
    private static int AuditedPages(string output)
    {
        int Count(string channel, string folder, string pattern) => Directory.GetFiles(Path.Combine(output, channel, folder), pattern).Length;
        var guides = Count("web", "guides", "*.html") + Count("web", "notices", "*.html") + Count("kiosk", "guides", "*.html") + Count("mobile", "items", "*.json");
        // index.html ×2, regions.json, and every page of every region (regions/CODE/page-N.html beyond the first).
        int Pages(string channel) => Directory.GetFiles(Path.Combine(output, channel, "regions"), "*.html", SearchOption.AllDirectories).Length;
        var listings = 3 + Pages("web") + Pages("kiosk") + Count("mobile", "regions", "*.json");
        // Every other file the source renders is compared too: search data, assets, the mobile schema.
        var other = new[] { "web", "mobile", "kiosk" }.Sum(c => Directory.GetFiles(Path.Combine(output, c), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(output, c), f).Replace('\\', '/'))
            .Count(r => r.Split('/')[0] is not ("guides" or "notices" or "items" or "regions") && r is not ("index.html" or "regions.json" or "manifest.json" or "manifest.sig")));
        return guides + listings + other;
    }

    [Fact]
    public void An_element_edited_in_a_published_web_page_is_reported_with_page_element_and_source_line()
    {
        var dir = Copy("web");
        var page = Path.Combine(dir, "web", "guides", Code + ".html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("<span data-el=\"promisedLimit.days\">", "<span data-el=\"promisedLimit.days\">9", StringComparison.Ordinal));
        var outcome = Audit(dir);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("CAT0201", outcome.Out);
        Assert.Contains($"web/guides/{Code}.html#promisedLimit.days", outcome.Out);
        Assert.Contains("要素『承诺办结时限』（promisedLimit.days）显示为『9", outcome.Out);

        var json = Audit(dir, "--format", "json");
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Contains("CAT0201", json.Out);
        Assert.Contains($"implementations/230125/{Code}.yaml", json.Out);
    }

    [Fact]
    public void A_removed_element_an_added_element_and_a_missing_page_are_each_reported()
    {
        var dir = Copy("kiosk");
        var page = Path.Combine(dir, "kiosk", "guides", Code + ".html");
        var html = File.ReadAllText(page)
            .Replace("<span data-el=\"materials[1].name\">居民身份证</span>", "居民身份证", StringComparison.Ordinal)
            .Replace("<h1>", "<h1><span data-el=\"materials[9].name\">户口本复印件</span>", StringComparison.Ordinal);
        File.WriteAllText(page, html);
        File.Delete(Path.Combine(dir, "kiosk", "guides", "CJ00101001-230125-112301250745715780.html"));
        var outcome = Audit(dir, "--lang", "en");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("CAT0200", outcome.Out);
        Assert.Contains($"kiosk/guides/{Code}.html#materials[1].name", outcome.Out);
        Assert.Contains("CAT0202", outcome.Out);
        Assert.Contains("materials[9].name", outcome.Out);
        Assert.Contains("CAT0203", outcome.Out);
        Assert.Contains("kiosk/guides/CJ00101001-230125-112301250745715780.html", outcome.Out);
    }

    [Fact]
    public void An_edited_bundle_page_is_reported_at_the_bundle_file()
    {
        var dir = Copy("web");
        var page = Path.Combine(dir, "web", "bundles", "YJS230123001.html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("合并后的申请材料（每份只交一次）", "合并后的申请材料（另需单位证明）", StringComparison.Ordinal));
        var outcome = Audit(dir);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("web/bundles/YJS230123001.html", outcome.Out);
        var json = Audit(dir, "--format", "json");
        Assert.Contains("service-bundles/YJS230123001.yaml", json.Out);
        Assert.Matches("\"item\":\\s*\"YJS230123001\"", json.Out);

        var mobile = Copy("mobile");
        var document = Path.Combine(mobile, "mobile", "bundles", "YJS230123001.json");
        File.WriteAllText(document, File.ReadAllText(document).Replace("\"visits\":0", "\"visits\":2", StringComparison.Ordinal));
        var edited = Audit(mobile, "--format", "json");
        Assert.Equal(1, edited.ExitCode);
        Assert.Contains("mobile/bundles/YJS230123001.json", edited.Out);
        Assert.Contains("service-bundles/YJS230123001.yaml", edited.Out);
    }

    [Fact]
    public void An_edited_mobile_json_is_reported()
    {
        var dir = Copy("mobile");
        var item = Path.Combine(dir, "mobile", "items", Code + ".json");
        File.WriteAllText(item, File.ReadAllText(item).Replace("\"charged\":false", "\"charged\":true", StringComparison.Ordinal));
        var outcome = Audit(dir, "--format", "sarif");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("CAT0201", outcome.Out);
        Assert.Contains("fees[0].charged", outcome.Out);
    }

    [Fact]
    public void Policy_severities_reach_the_missing_and_unknown_item_rules()
    {
        var dir = Copy("kiosk");
        var guides = Path.Combine(dir, "kiosk", "guides");
        File.Delete(Path.Combine(guides, "CJ00101001-230125-112301250745715780.html"));
        File.WriteAllText(Path.Combine(guides, "XX99999999-230125-11230125010320163G.html"),
            File.ReadAllText(Path.Combine(guides, Code + ".html")).Replace($"data-item=\"{Code}\"", "data-item=\"XX99999999-230125-11230125010320163G\"", StringComparison.Ordinal));
        var strict = Audit(dir);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("错误 CAT0203", strict.Out);
        Assert.Contains("错误 CAT0204", strict.Out);

        using var catalog = TempCatalog.CopyOf(bundle.Repo.CatalogDir);
        catalog.Replace("policy.yaml", "severity: {}\n", "severity:\n  CAT0203: off\n  CAT0204: warning\n");
        var tuned = CliRun.Run(["audit", dir, "--catalog", catalog.CatalogDir]);
        Assert.True(tuned.ExitCode == 0, tuned.Out + tuned.Error);
        Assert.DoesNotContain("CAT0203", tuned.Out);
        Assert.Contains("警告 CAT0204 [XX99999999-230125-11230125010320163G]", tuned.Out);
        Assert.Contains("错误 0 个，警告 1 个", tuned.Out);
    }

    [Fact]
    public void A_deleted_notice_page_and_an_edited_region_page_are_each_reported()
    {
        const string Dropped = "CJ00101001-230125-112301250745715780";
        const string Foreign = "QR00101001-230123-1123012309123934XA";
        var dir = Copy("web");
        File.Delete(Path.Combine(dir, "web", "notices", Code + ".html"));
        var regionPage = Path.Combine(dir, "web", "regions", "230125.html");
        var html = File.ReadAllText(regionPage);
        var name = System.Text.RegularExpressions.Regex.Match(html, $"guides/{Code}\\.html\">([^<]*)</a>").Groups[1].Value;
        Assert.NotEqual("", name);
        html = html.Replace($"guides/{Code}.html\">{name}</a>", $"guides/{Code}.html\">{name}（已取消）</a>", StringComparison.Ordinal);
        File.WriteAllText(regionPage, html);
        // The dropped item is on whichever page of the region lists it (regions/230125.html or regions/230125/page-N.html).
        var holder = Directory.GetFiles(Path.Combine(dir, "web", "regions"), "*.html", SearchOption.AllDirectories)
            .Single(f => (f == regionPage || f.Contains($"{Path.DirectorySeparatorChar}230125{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) && File.ReadAllText(f).Contains($"guides/{Dropped}.html", StringComparison.Ordinal));
        var root = holder == regionPage ? "../" : "../../";
        File.WriteAllText(holder, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(holder), $"<li><a href=\"{root}guides/{Dropped}\\.html\">[^<]*</a>", $"<li><a href=\"{root}guides/{Foreign}.html\">居民身份证换领</a>"));

        var outcome = Audit(dir);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"web/notices/{Code}.html  错误 CAT0206 [{Code}] web 渠道缺少事项『{name}』的一次性告知单 web/notices/{Code}.html", outcome.Out);
        Assert.Contains($"web/regions/230125.html#{Code}  错误 CAT0208 [{Code}] web 页面 web/regions/230125.html 列出的『{name}（已取消）』（{Code}）与源不符：源中名称为『{name}』", outcome.Out);
        Assert.Contains($"web/regions/230125.html#{Dropped}  错误 CAT0207 [{Dropped}]", outcome.Out);
        Assert.Contains($"web/regions/230125.html#{Foreign}  错误 CAT0208 [{Foreign}]", outcome.Out);
        Assert.Contains("源中该地区没有这项在用事项", outcome.Out);
        Assert.Contains("错误 4 个", outcome.Out);

        var json = Audit(dir, "--format", "json");
        using var doc = JsonDocument.Parse(json.Out);
        var notice = doc.RootElement.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("rule").GetString() == "CAT0206");
        Assert.Equal($"catalog/implementations/230125/{Code}.yaml", notice.GetProperty("file").GetString());
    }

    [Fact]
    public void A_missing_region_page_index_and_an_edited_mobile_region_list_are_reported()
    {
        var dir = bundle.Repo.Out("audit-" + Guid.NewGuid().ToString("N")[..8]);
        TempCatalog.CopyDirectory(bundle.Channel("kiosk"), Path.Combine(dir, "kiosk"));
        TempCatalog.CopyDirectory(bundle.Channel("mobile"), Path.Combine(dir, "mobile"));
        File.Delete(Path.Combine(dir, "kiosk", "regions", "230124.html"));
        File.Delete(Path.Combine(dir, "kiosk", "index.html"));
        var mobileRegion = Path.Combine(dir, "mobile", "regions", "230125.json");
        File.WriteAllText(mobileRegion, File.ReadAllText(mobileRegion).Replace($"\"code\":\"{Code}\"", "\"code\":\"GG00101001-230125-00000000000000000X\"", StringComparison.Ordinal));

        var outcome = Audit(dir, "--lang", "en");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("kiosk/regions/230124.html  error CAT0206 channel kiosk lacks the page of region", outcome.Out);
        Assert.Contains("kiosk/index.html  error CAT0206 channel kiosk lacks its index page kiosk/index.html", outcome.Out);
        Assert.Contains($"mobile/regions/230125.json#{Code}  error CAT0207 [{Code}] mobile page mobile/regions/230125.json does not list item", outcome.Out);
        Assert.Contains("mobile/regions/230125.json#GG00101001-230125-00000000000000000X  error CAT0208", outcome.Out);
        Assert.Contains("in 2 channels", outcome.Out);
    }
}
