using System.Xml.Linq;
using CatalogTools.Publishing.Bundles;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// The ways in across publishes and configurations: `publish --since` rewrites only the listing pages whose entries
/// changed, the sitemap splits into an index at site.yaml's sitemapMaxUrls, a catalog without baseUrl gets neither
/// canonical links nor a sitemap, themes.yaml is checked against its schema, and the audit reads the listing pages.
/// </summary>
public sealed class EntryPagesPublishTests
{
    private const string Hours = "implementations/230125/GG00101001-230125-11230125010320163G.yaml";
    private const string Base = "https://zwfw.example.gov.cn/";

    private static string[] ListingFiles(IEnumerable<string> files) =>
        files.Where(f => f.Split('/')[0] is "themes" or "objects" or "departments" || f.StartsWith("sitemap", StringComparison.Ordinal) || f == "entries.json").ToArray();

    [Fact]
    public void An_update_that_changes_no_listing_keeps_every_listing_page_and_the_sitemap()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);
        var hours = repo.Temp.Read(Hours).Split('\n').First(l => l.StartsWith("hours: ", StringComparison.Ordinal));
        repo.Temp.Replace(Hours, hours, "hours: 工作日 9:00-17:00");
        repo.Commit("hours", GitCatalog.FirstCommit.AddDays(1));

        var update = repo.Publish(output, "--since", output);
        Assert.True(update.ExitCode == 0, update.Error);
        Assert.Contains("增量更新", update.Out);
        foreach (var channel in new[] { "web", "mobile", "kiosk" })
        {
            var delta = BundleDelta.Parse(File.ReadAllBytes(Path.Combine(output, channel, "delta.json")))!;
            Assert.Empty(ListingFiles(delta.ChangedFiles));
            Assert.Empty(ListingFiles(delta.RemovedFiles));
            // Listing files keep their input fingerprint in the manifest, which is how the next publish knows them.
            var manifest = BundleManifest.Parse(File.ReadAllBytes(Path.Combine(output, channel, "manifest.json")), out _)!;
            var listings = manifest.Files.Where(f => ListingFiles([f.Path]).Length > 0).ToList();
            Assert.NotEmpty(listings);
            Assert.All(listings, f => Assert.NotNull(f.Input));
        }
    }

    [Fact]
    public void A_theme_edit_rewrites_that_themes_pages_and_the_hubs_only_and_renders_no_guide()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);
        repo.Temp.Replace("registries/themes.yaml", "    standards:\n      - XK00901001\n", "    standards:\n      - XK00901001\n      - GG00401001\n");
        repo.Commit("theme", GitCatalog.FirstCommit.AddDays(1));

        var update = repo.Publish(output, "--since", output);
        Assert.True(update.ExitCode == 0, update.Error);
        Assert.Contains("渲染事项 0 项", update.Out);
        var web = BundleDelta.Parse(File.ReadAllBytes(Path.Combine(output, "web", "delta.json")))!;
        Assert.Contains("themes/jiaoyu/index.html", web.ChangedFiles);
        Assert.Contains("themes/index.html", web.ChangedFiles); // the hub shows each theme's count
        Assert.DoesNotContain("themes/shehui-baozhang/index.html", web.ChangedFiles);
        Assert.DoesNotContain(web.ChangedFiles, f => f.StartsWith("guides/", StringComparison.Ordinal) || f.StartsWith("departments/", StringComparison.Ordinal));
        var mobile = BundleDelta.Parse(File.ReadAllBytes(Path.Combine(output, "mobile", "delta.json")))!;
        Assert.Contains("entries.json", mobile.ChangedFiles);
        Assert.Contains("themes/jiaoyu/index.json", mobile.ChangedFiles);
        Assert.Contains("老年人优待证办理", File.ReadAllText(Path.Combine(output, "web", "themes", "jiaoyu", "index.html")));

        // Equal to a full publish of the same commit.
        var full = repo.Out("full");
        Assert.Equal(0, repo.Publish(full).ExitCode);
        foreach (var channel in new[] { "web", "mobile", "kiosk" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(full, channel), "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(Path.Combine(full, channel), file);
                if (relative is "manifest.json" or "manifest.sig" or "delta.json") continue;
                Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, channel, relative))), $"{channel}/{relative}");
            }
        }
        Assert.Equal(0, CliRun.Run("verify-bundle", output, "--key", repo.PublicKey).ExitCode);
    }

    [Fact]
    public void Beyond_sitemapMaxUrls_the_sitemap_is_an_index_of_parts_that_together_list_every_page()
    {
        using var repo = GitCatalog.CreateSample(c => c.Replace("site.yaml", "pageSize: 20\n", "pageSize: 5\nsitemapMaxUrls: 100\n"));
        var output = repo.Out("out");
        var outcome = repo.Publish(output, "--channel", "web");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var web = Path.Combine(output, "web");
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var index = XDocument.Load(Path.Combine(web, "sitemap.xml"));
        Assert.Equal(ns + "sitemapindex", index.Root!.Name);
        var parts = index.Root.Elements(ns + "sitemap").Select(s => s.Element(ns + "loc")!.Value).ToList();
        var urls = new List<string>();
        for (var i = 0; i < parts.Count; i++)
        {
            Assert.Equal($"{Base}sitemap-{i + 1}.xml", parts[i]);
            var part = XDocument.Load(Path.Combine(web, $"sitemap-{i + 1}.xml"));
            Assert.Equal(ns + "urlset", part.Root!.Name);
            var locs = part.Root.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
            Assert.InRange(locs.Count, 1, 100);
            urls.AddRange(locs);
        }
        var pages = Directory.GetFiles(web, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(web, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith("notices/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count > 300, $"{pages.Count} pages");
        Assert.Equal((pages.Count + 99) / 100, parts.Count);
        Assert.Equal(pages, urls.Select(u => u[Base.Length..]).Order(StringComparer.Ordinal));
        // pageSize 5: 社会保障's 47 items take ten pages.
        Assert.True(File.Exists(Path.Combine(web, "themes", "shehui-baozhang", "page-10.html")));
        Assert.False(File.Exists(Path.Combine(web, "themes", "shehui-baozhang", "page-11.html")));
    }

    [Fact]
    public void Without_a_base_url_pages_have_no_canonical_link_and_the_bundle_no_sitemap()
    {
        using var repo = GitCatalog.CreateSample(c => c.Replace("site.yaml", "baseUrl: https://zwfw.example.gov.cn/\n", ""));
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output, "--channel", "web").ExitCode);
        var web = Path.Combine(output, "web");
        Assert.False(File.Exists(Path.Combine(web, "sitemap.xml")));
        foreach (var page in new[] { "index.html", "themes/index.html", "regions/230125.html" })
        {
            Assert.DoesNotContain("rel=\"canonical\"", File.ReadAllText(Path.Combine(web, page)));
        }
        Assert.True(File.Exists(Path.Combine(web, "themes", "shehui-baozhang", "page-2.html")), "listings do not need a base URL");
    }

    [Fact]
    public void Without_themes_yaml_the_other_ways_in_remain_and_no_theme_entry_is_offered()
    {
        using var repo = GitCatalog.CreateSample(c => c.Delete("registries/themes.yaml"));
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output, "--channel", "web").ExitCode);
        var index = File.ReadAllText(Path.Combine(output, "web", "index.html"));
        Assert.DoesNotContain("themes/index.html", index);
        Assert.Contains("objects/natural/index.html", index);
        Assert.Contains("departments/index.html", index);
        Assert.False(Directory.Exists(Path.Combine(output, "web", "themes")));
    }

    [Fact]
    public void Check_reports_a_theme_that_breaks_the_schema_at_its_line()
    {
        using var temp = TempCatalog.CopyOfSample();
        temp.Replace("registries/themes.yaml", "  - code: jiaoyu\n", "  - code: 教育\n");
        var line = temp.LineOf("registries/themes.yaml", "code: 教育");
        var outcome = CliRun.Run("check", "--catalog", temp.CatalogDir, "--format", "github");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"registries/themes.yaml,line={line},", outcome.Out);
        Assert.Contains("CAT0004", outcome.Out);
    }

    [Fact]
    public void The_audit_reports_a_guide_dropped_from_or_renamed_on_a_theme_page()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output, "--channel", "web").ExitCode);
        var audit = () => CliRun.Run("audit", output, "--catalog", repo.CatalogDir, "--templates", RepoPaths.Templates);
        Assert.Equal(0, audit().ExitCode);

        var page = Path.Combine(output, "web", "themes", "shengyu-shouyang", "index.html");
        var html = File.ReadAllText(page);
        var first = html.IndexOf("<li><a href=\"../../guides/", StringComparison.Ordinal);
        var end = html.IndexOf("</li>", first, StringComparison.Ordinal) + "</li>".Length;
        var dropped = html[first..end];
        var code = System.Text.RegularExpressions.Regex.Match(dropped, "guides/([^\"]+)\\.html").Groups[1].Value;
        File.WriteAllText(page, html.Remove(first, end - first));
        var outcome = audit();
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("CAT0207", outcome.Out);
        Assert.Contains("web/themes/shengyu-shouyang/index.html", outcome.Out);
        Assert.Contains(code, outcome.Out);

        File.WriteAllText(page, html.Replace(">出生登记</a>", ">出生登记（加急）</a>", StringComparison.Ordinal));
        outcome = audit();
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("CAT0208", outcome.Out);
        Assert.Contains("出生登记（加急）", outcome.Out);
    }

    [Fact]
    public void Publish_warns_once_per_standard_a_theme_names_that_the_catalog_lacks()
    {
        using var repo = GitCatalog.CreateSample(c => c.Replace("registries/themes.yaml", "      - XK00901001\n", "      - XK00901001\n      - XK00999001\n"));
        var line = repo.Temp.LineOf("registries/themes.yaml", "XK00999001");
        var output = repo.Out("out");
        var outcome = repo.Publish(output, "--channel", "web");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Single(outcome.Error.Split('\n'), l => l.Contains("CAT0235", StringComparison.Ordinal));
        Assert.Contains($"registries/themes.yaml:{line}:", outcome.Error);
        Assert.Contains("XK00999001", outcome.Error);
        Assert.Contains("教育", outcome.Error);
        var en = CliRun.Run(["publish", "--catalog", repo.CatalogDir, "-o", repo.Out("en"), "--templates", RepoPaths.Templates, "--channel", "web", "--lang", "en"]);
        Assert.Contains("theme '教育' names standard item XK00999001", en.Error);
    }
}
