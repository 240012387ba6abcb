using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using NJsonSchema;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// The ways in on the published sample (issue 17 point 2): 个人办事 / 法人办事, themes from registries/themes.yaml,
/// departments, each paginated with stable page-N.html addresses and breadcrumbs; canonical links and sitemap.xml
/// from site.yaml's baseUrl; the same listings as paginated JSON for mobile.
/// </summary>
public sealed partial class EntryPagesTests(SampleBundle bundle) : IClassFixture<SampleBundle>
{
    private const string Base = "https://zwfw.example.gov.cn/";

    private string Web(string relative) => Path.Combine(bundle.Output, "web", relative);

    private static AngleSharp.Dom.IDocument Html(string path) => new HtmlParser().ParseDocument(File.ReadAllText(path));

    /// <summary>Every guide a listing's pages link to, following its pager from the first page.</summary>
    private List<string> GuidesOfListing(string channel, string list)
    {
        var codes = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = $"{list}/index.html"; page is not null && seen.Add(page);)
        {
            var doc = Html(Path.Combine(bundle.Output, channel, page));
            Assert.NotNull(doc.QuerySelector($"main[data-page='listing'][data-listing='{list}']"));
            codes.AddRange(doc.QuerySelectorAll("main .items a[href*='guides/']").Select(a => GuideCode().Match(a.GetAttribute("href")!).Groups[1].Value));
            var next = doc.QuerySelector("a[rel='next']")?.GetAttribute("href");
            page = next is null ? null : Path.GetRelativePath(Path.Combine(bundle.Output, channel), Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.Combine(bundle.Output, channel, page))!, next))).Replace('\\', '/');
        }
        return codes;
    }

    [GeneratedRegex(@"guides/([^/]+)\.html$")]
    private static partial Regex GuideCode();

    [Fact]
    public void The_home_page_leads_to_personal_and_legal_services_themes_and_departments()
    {
        var doc = Html(Web("index.html"));
        var ways = doc.QuerySelectorAll("main .ways a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("个人办事", "objects/natural/index.html"), ("法人办事", "objects/legal/index.html"), ("按主题", "themes/index.html"), ("按部门", "departments/index.html"), ("一件事一次办", "bundles/index.html")], ways);
        var kiosk = Html(Path.Combine(bundle.Output, "kiosk", "index.html"));
        Assert.Equal(4, kiosk.QuerySelectorAll("main .tile[href$='/index.html']").Count(a => a.GetAttribute("href")!.Split('/')[0] is "objects" or "themes" or "departments"));
    }

    [Fact]
    public void Personal_services_list_exactly_the_items_serving_natural_persons_across_their_pages()
    {
        var expected = bundle.Index.ResolveAll().Where(i => i.ServiceObjects.Contains("自然人")).Select(i => i.Code).Where(c => File.Exists(Web($"guides/{c}.html"))).Order(StringComparer.Ordinal).ToList();
        var listed = GuidesOfListing("web", "objects/natural");
        Assert.Equal(expected, listed);
        Assert.True(expected.Count > 20, "the sample fills more than one page");
        Assert.Equal(expected, GuidesOfListing("kiosk", "objects/natural"));
        // The legal-person list holds the items serving 法人, so an item serving both is in both.
        var legal = GuidesOfListing("web", "objects/legal");
        Assert.Contains(legal, c => listed.Contains(c));
        Assert.DoesNotContain(legal, c => c.StartsWith("GG001", StringComparison.Ordinal));
    }

    [Fact]
    public void A_theme_lists_the_items_of_its_standards_and_types_and_an_item_can_be_in_several_themes()
    {
        var birth = GuidesOfListing("web", "themes/shengyu-shouyang");
        var household = GuidesOfListing("web", "themes/huji-banli");
        Assert.NotEmpty(birth);
        Assert.All(birth, c => Assert.StartsWith("QR00102001-", c));
        Assert.All(birth, c => Assert.Contains(c, household)); // 出生登记 is in 生育收养 and in 户籍办理
        Assert.Contains(household, c => c.StartsWith("QR00101001-", StringComparison.Ordinal));
        // By type: 社会救助 takes every 行政给付 item.
        var relief = GuidesOfListing("web", "themes/shehui-jiuzhu");
        var benefits = bundle.Index.ResolveAll().Where(i => i.Type == "行政给付" && File.Exists(Web($"guides/{i.Code}.html"))).Select(i => i.Code);
        Assert.All(benefits, c => Assert.Contains(c, relief));

        var hub = Html(Web("themes/index.html"));
        var themes = hub.QuerySelectorAll("main .ways a").Select(a => a.TextContent).ToList();
        Assert.Equal("生育收养", themes[0]);
        Assert.Contains("社会保障", themes);
        // 个人办事 links on to the themes with natural-person items, not to 工程建设 (法人 only).
        var personal = Html(Web("objects/natural/index.html")).QuerySelectorAll("main .ways a").Select(a => a.TextContent).ToList();
        Assert.Contains("生育收养", personal);
        Assert.DoesNotContain("工程建设", personal);
    }

    [Fact]
    public void A_department_page_lists_its_items_and_the_departments_page_links_every_department()
    {
        var agency = "11230125010320163G";
        var listed = GuidesOfListing("web", $"departments/{agency}");
        var expected = Directory.GetFiles(Web("guides"), $"*-{agency}.html").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, listed);
        var hubLinks = new List<string>();
        for (var n = 1; ; n++)
        {
            var path = Web(n == 1 ? "departments/index.html" : $"departments/page-{n}.html");
            if (!File.Exists(path)) break;
            hubLinks.AddRange(Html(path).QuerySelectorAll("main .ways a").Select(a => a.GetAttribute("href")!));
        }
        var departments = Directory.GetDirectories(Web("departments")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(departments.Select(d => $"../departments/{d}/index.html"), hubLinks);
        Assert.Contains(hubLinks, h => h.Contains(agency, StringComparison.Ordinal));
    }

    [Fact]
    public void Pages_are_numbered_with_stable_addresses_and_the_pager_links_first_previous_next_and_last()
    {
        // site.yaml sets pageSize 20; 社会保障 holds 47 items and the 一件事 two of them belong to: index.html, page-2.html, page-3.html.
        var files = Directory.GetFiles(Web("themes/shehui-baozhang")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["index.html", "page-2.html", "page-3.html"], files);
        var second = Html(Web("themes/shehui-baozhang/page-2.html"));
        Assert.Equal(20, second.QuerySelectorAll("main .items li").Length);
        Assert.Equal("../../themes/shehui-baozhang/index.html", second.QuerySelector("a[rel='prev']")!.GetAttribute("href"));
        Assert.Equal("../../themes/shehui-baozhang/page-3.html", second.QuerySelector("a[rel='next']")!.GetAttribute("href"));
        Assert.Equal("2", second.QuerySelector(".pager [aria-current='page']")!.TextContent);
        var third = Html(Web("themes/shehui-baozhang/page-3.html"));
        Assert.Equal(8, third.QuerySelectorAll("main .items li").Length);
        Assert.Null(third.QuerySelector("a[rel='next']"));
        Assert.Contains("第 3 页", third.Title);
        Assert.Null(Html(Web("themes/jiaoyu/index.html")).QuerySelector(".pager"));
    }

    [Fact]
    public void Every_page_but_the_home_page_has_breadcrumbs_that_lead_home()
    {
        foreach (var channel in new[] { "web", "kiosk" })
        {
            var root = Path.Combine(bundle.Output, channel);
            foreach (var file in Directory.GetFiles(root, "*.html", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (relative == "index.html" || relative.StartsWith("notices/", StringComparison.Ordinal)) continue;
                var crumbs = Html(file).QuerySelector("nav.crumbs ol");
                Assert.True(crumbs is not null, $"{channel}/{relative} has no breadcrumbs");
                var first = crumbs.QuerySelector("li a")!;
                Assert.Equal("首页", first.TextContent);
                Assert.EndsWith("index.html", first.GetAttribute("href"));
                Assert.Equal(Path.GetFullPath(Path.Combine(root, "index.html")), Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, first.GetAttribute("href")!)));
            }
        }
        var theme = Html(Web("themes/jiaoyu/index.html")).QuerySelectorAll("nav.crumbs li").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(["首页", "按主题", "教育"], theme);
        var paged = Html(Web("themes/kaiban-qiye/page-2.html")).QuerySelectorAll("nav.crumbs li").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(["首页", "按主题", "开办企业", "第 2 页"], paged);
    }

    [Fact]
    public void Web_pages_carry_a_canonical_link_from_the_base_url_and_kiosk_pages_none()
    {
        Assert.Equal(Base + "index.html", Canonical(Web("index.html")));
        Assert.Equal(Base + "regions/230125.html", Canonical(Web("regions/230125.html")));
        Assert.Equal(Base + "themes/shehui-baozhang/page-2.html", Canonical(Web("themes/shehui-baozhang/page-2.html")));
        var guide = Directory.GetFiles(Web("guides")).First();
        Assert.Equal(Base + "guides/" + Path.GetFileName(guide), Canonical(guide));
        Assert.Equal(Base + "notices/" + Path.GetFileName(guide), Canonical(Web("notices/" + Path.GetFileName(guide))));
        Assert.Null(Canonical(Path.Combine(bundle.Output, "kiosk", "index.html")));
    }

    private static string? Canonical(string file) => Html(file).QuerySelector("link[rel='canonical']")?.GetAttribute("href");

    [Fact]
    public void The_sitemap_is_well_formed_and_every_url_is_a_page_of_the_bundle()
    {
        var sitemap = XDocument.Load(Web("sitemap.xml")); // throws unless well-formed
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.Equal(ns + "urlset", sitemap.Root!.Name);
        var urls = sitemap.Root.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.Equal(urls.Count, urls.Distinct().Count());
        foreach (var url in urls)
        {
            Assert.StartsWith(Base, url);
            Assert.True(File.Exists(Web(Uri.UnescapeDataString(url[Base.Length..]))), url);
        }
        var pages = Directory.GetFiles(Path.Combine(bundle.Output, "web"), "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(bundle.Output, "web"), f).Replace('\\', '/'))
            .Where(p => !p.StartsWith("notices/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(pages, urls.Select(u => u[Base.Length..]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Mobile_gets_the_ways_in_as_paginated_json_valid_against_the_bundle_schemas()
    {
        var mobile = bundle.Channel("mobile");
        var schemas = Path.Combine(RepoPaths.Schemas, "bundle");
        var entriesSchema = await JsonSchema.FromFileAsync(Path.Combine(schemas, "mobile-entries.schema.json"));
        var listingSchema = await JsonSchema.FromFileAsync(Path.Combine(schemas, "mobile-listing.schema.json"));
        var entriesText = File.ReadAllText(Path.Combine(mobile, "entries.json"));
        Assert.Empty(entriesSchema.Validate(entriesText));
        var listings = new[] { "objects", "themes", "departments" }.SelectMany(f => Directory.GetFiles(Path.Combine(mobile, f), "*.json", SearchOption.AllDirectories)).ToList();
        Assert.NotEmpty(listings);
        foreach (var file in listings)
        {
            var errors = listingSchema.Validate(File.ReadAllText(file));
            Assert.True(errors.Count == 0, $"{file}: {string.Join("; ", errors.Select(e => $"{e.Path} {e.Kind}"))}");
        }
        using var entries = System.Text.Json.JsonDocument.Parse(entriesText);
        var theme = entries.RootElement.GetProperty("themes").EnumerateArray().First(t => t.GetProperty("code").GetString() == "shehui-baozhang");
        Assert.Equal(3, theme.GetProperty("pages").GetInt32());
        Assert.Equal("themes/shehui-baozhang/index.json", theme.GetProperty("path").GetString());
        using var page2 = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(mobile, "themes/shehui-baozhang/page-2.json")));
        Assert.Equal("themes/shehui-baozhang/page-3.json", page2.RootElement.GetProperty("next").GetString());
        var items = page2.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!).ToList();
        Assert.Equal(GuidesOfListing("web", "themes/shehui-baozhang").Skip(20).Take(20), items);
        Assert.All(items, c => Assert.True(File.Exists(Path.Combine(mobile, "items", c + ".json"))));
    }
}
