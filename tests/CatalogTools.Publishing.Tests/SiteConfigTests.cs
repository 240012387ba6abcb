using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>site.yaml: checked against its schema, shown by every channel, and its absence warned about once (CAT0230).</summary>
public sealed class SiteConfigTests
{
    [Fact]
    public void Without_site_yaml_publish_warns_once_and_pages_have_no_site_footer_block()
    {
        using var repo = GitCatalog.CreateSample(c => c.Delete("site.yaml"));
        var output = repo.Out("out");
        var outcome = repo.Publish(output);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Single(outcome.Error.Split('\n'), l => l.Contains("CAT0230", StringComparison.Ordinal));
        Assert.Contains("site.yaml", outcome.Error);
        var guide = File.ReadAllText(Path.Combine(output, "web/guides/GG00101001-230125-11230125010320163G.html"));
        Assert.DoesNotContain("site-org", guide);
        Assert.DoesNotContain("主办单位", guide);
        Assert.False(File.Exists(Path.Combine(output, "mobile/site.json")));
    }

    [Fact]
    public void With_the_sample_site_yaml_publish_does_not_warn_and_every_channel_shows_it()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        var outcome = repo.Publish(output);
        Assert.Equal(0, outcome.ExitCode);
        Assert.DoesNotContain("CAT0230", outcome.Error);
        foreach (var page in new[] { "web/index.html", "web/guides/GG00101001-230125-11230125010320163G.html", "kiosk/index.html", "kiosk/regions/230125.html" })
        {
            var html = File.ReadAllText(Path.Combine(output, page));
            Assert.Contains("<li>主办单位：黑龙江省人民政府办公厅（示例）</li>", html);
            Assert.Contains("<li>网站标识码：2300000000</li>", html);
            Assert.Contains("<a href=\"tel:045100000000\">0451-00000000</a>", html);
            Assert.Contains("<a href=\"mailto:service@example.gov.cn\">", html);
        }
        Assert.Contains("--primary: #1F4E99;", File.ReadAllText(Path.Combine(output, "web/assets/theme.css")));
        Assert.Contains("\"icp\":\"黑ICP备00000000号（示例）\"", File.ReadAllText(Path.Combine(output, "mobile/site.json")));
        Assert.True(File.Exists(Path.Combine(output, "mobile/schemas/mobile-site.schema.json")));
    }

    [Fact]
    public void A_region_page_lists_its_sub_regions_linking_those_with_a_page()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);
        var regions = Directory.GetFiles(Path.Combine(output, "web/regions"), "*.html").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        // A page of a region with a child that also has a page: the child's link is in the 下级地区 list.
        var parent = regions.Select(r => (Code: r!, Html: File.ReadAllText(Path.Combine(output, "web/regions", r + ".html"))))
            .First(p => p.Html.Contains("<h2 id=\"h-children\">下级地区</h2>", StringComparison.Ordinal));
        var list = parent.Html[parent.Html.IndexOf("h-children", StringComparison.Ordinal)..parent.Html.IndexOf("</nav>", parent.Html.IndexOf("h-children", StringComparison.Ordinal), StringComparison.Ordinal)];
        var linked = System.Text.RegularExpressions.Regex.Matches(list, "href=\"\\.\\./regions/([0-9]+)\\.html\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(linked);
        Assert.All(linked, c => Assert.Contains(c, regions));
        Assert.Contains("下级地区", File.ReadAllText(Path.Combine(output, "kiosk/regions", parent.Code + ".html")));
    }

    [Fact]
    public void Check_validates_site_yaml_against_its_schema_and_does_not_call_it_unknown()
    {
        using var catalog = TempCatalog.CopyOfSample();
        catalog.Replace("site.yaml", "siteCode: \"2300000000\"", "siteCode: \"23-abc\"");
        var outcome = CliRun.Run(["check", "--catalog", catalog.CatalogDir]);
        Assert.NotEqual(0, outcome.ExitCode);
        var report = outcome.Out + outcome.Error;
        Assert.Contains("catalog/site.yaml", report);
        var line = Assert.Single(report.Split('\n'), l => l.Contains("CAT0", StringComparison.Ordinal));
        Assert.Contains("6:11", line);
        Assert.Contains("CAT0004 『siteCode』", line);
        Assert.Contains("site.schema.json", line);
        Assert.DoesNotContain("CAT0005", outcome.Out + outcome.Error);
    }
}
