using System.Text.Json;
using AngleSharp.Html.Parser;
using CatalogTools.Publishing.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// 一件事 pages (issue 15): one page per active bundle on web and kiosk, one JSON document on mobile, linked from the
/// home page (一件事一次办), from bundles/index.html and from the themes their members belong to.
/// </summary>
public sealed class BundlePageTests(SampleBundle bundle) : IClassFixture<SampleBundle>
{
    private const string Code = "YJS230123001";
    private const string Birth = "QR00102001-230123-1123012309123934XA";

    private AngleSharp.Html.Dom.IHtmlDocument Page(string channel, string relative) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(bundle.Channel(channel), relative)));

    [Theory]
    [InlineData("web")]
    [InlineData("kiosk")]
    public void The_bundle_page_shows_members_with_links_materials_limit_visits_and_how_to_apply(string channel)
    {
        var page = Page(channel, $"bundles/{Code}.html");
        var main = page.QuerySelector("main[data-page=bundle]")!;
        Assert.Equal(Code, main.GetAttribute("data-bundle"));
        Assert.Equal("新生儿出生“一件事”", page.QuerySelector("h1")!.TextContent);
        var members = main.QuerySelectorAll("#h-members + ul > li").ToList();
        Assert.Equal(3, members.Count);
        Assert.Equal($"../guides/{Birth}.html", members[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("出生登记", members[0].QuerySelector("a")!.TextContent);
        Assert.All(members, m => Assert.True(File.Exists(Path.Combine(bundle.Channel(channel), "bundles", m.QuerySelector("a")!.GetAttribute("href")!))));
        // The member's department links to its department listing.
        var department = members[0].QuerySelectorAll("a")[1].GetAttribute("href")!;
        Assert.StartsWith("../departments/1123012309123934XA/", department);
        Assert.True(File.Exists(Path.Combine(bundle.Channel(channel), "bundles", department)));
        var text = main.TextContent;
        Assert.Contains("出生医学证明", text);
        Assert.Contains("免提交（电子证照）", text);
        Assert.Contains("新生儿出生“一件事”联办申请表", text);
        Assert.Contains("即办", text);
        Assert.Contains("0 次", text);
        Assert.Contains("向牵头部门", text);
        Assert.Contains("0451-54300843", text);
    }

    [Theory]
    [InlineData("web")]
    [InlineData("kiosk")]
    public void The_home_page_the_bundle_list_and_the_members_themes_link_the_bundle(string channel)
    {
        var index = Page(channel, "index.html");
        var way = index.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == "bundles/index.html");
        Assert.StartsWith("一件事一次办", way.TextContent);
        var list = Page(channel, "bundles/index.html");
        Assert.Contains(list.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"../bundles/{Code}.html");
        // 出生登记 belongs to 生育收养 and 户籍办理: the bundle joins both themes.
        foreach (var theme in new[] { "shengyu-shouyang", "huji-banli" })
        {
            var page = Page(channel, $"themes/{theme}/index.html");
            Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"../../bundles/{Code}.html");
        }
        var unrelated = Page(channel, "themes/hunyin-jiating/index.html");
        Assert.DoesNotContain(unrelated.QuerySelectorAll("main a"), a => a.GetAttribute("href")!.Contains("bundles/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_mobile_bundle_document_is_listed_in_entries_and_themes()
    {
        var mobile = bundle.Channel("mobile");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(mobile, "bundles", Code + ".json")));
        var root = doc.RootElement;
        Assert.Equal("新生儿出生“一件事”", root.GetProperty("name").GetString());
        Assert.Equal(0, root.GetProperty("visits").GetInt32());
        Assert.Equal($"items/{Birth}.json", root.GetProperty("members")[0].GetProperty("path").GetString());
        Assert.Equal(3, root.GetProperty("members").GetArrayLength());
        Assert.Equal(5, root.GetProperty("materials").GetArrayLength());
        Assert.All(root.GetProperty("members").EnumerateArray(), m => Assert.True(File.Exists(Path.Combine(mobile, m.GetProperty("path").GetString()!))));

        using var entries = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(mobile, "entries.json")));
        var way = entries.RootElement.GetProperty("bundles").EnumerateArray().Single();
        Assert.Equal("bundles/index.json", way.GetProperty("path").GetString());
        using var listing = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(mobile, "bundles", "index.json")));
        Assert.Equal($"bundles/{Code}.json", listing.RootElement.GetProperty("items")[0].GetProperty("path").GetString());
        using var theme = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(mobile, "themes", "shengyu-shouyang", "index.json")));
        Assert.Contains(theme.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("path").GetString() == $"bundles/{Code}.json");
    }

    [Fact]
    public void A_retired_bundle_has_no_page_and_hostile_text_stays_text()
    {
        using var repo = GitCatalog.CreateSample(t =>
        {
            t.Replace($"service-bundles/{Code}.yaml", "name: 新生儿出生“一件事”\n", "name: \"<script>alert(1)</script>出生&一件事\"\n");
            t.Replace($"service-bundles/{Code}.yaml", "  - name: 出生医学证明\n", "  - name: \"<img src=x onerror=alert(2)>出生医学证明\"\n");
        });
        var output = repo.Out("out");
        var published = repo.Publish(output);
        Assert.True(published.ExitCode == 0, published.Error + published.Out);
        foreach (var channel in new[] { "web", "kiosk" })
        {
            var html = File.ReadAllText(Path.Combine(output, channel, "bundles", Code + ".html"));
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;出生&amp;一件事", html);
            Assert.Contains("&lt;img src=x onerror=alert(2)&gt;出生医学证明", html);
        }
        var json = File.ReadAllText(Path.Combine(output, "mobile", "bundles", Code + ".json"));
        Assert.DoesNotContain("<script>", json);
        Assert.Equal("<script>alert(1)</script>出生&一件事", JsonDocument.Parse(json).RootElement.GetProperty("name").GetString());

        repo.Temp.Replace($"service-bundles/{Code}.yaml", "status: 在用\n", "status: 已停用\n");
        repo.Commit("停用一件事", GitCatalog.FirstCommit.AddDays(1));
        var again = repo.Out("out-retired");
        Assert.Equal(0, repo.Publish(again).ExitCode);
        Assert.False(File.Exists(Path.Combine(again, "web", "bundles", Code + ".html")));
        Assert.False(File.Exists(Path.Combine(again, "mobile", "bundles", Code + ".json")));
        Assert.DoesNotContain("一件事一次办", File.ReadAllText(Path.Combine(again, "web", "index.html")));
    }

    [Fact]
    public void An_incremental_publish_renders_the_bundle_page_again_when_a_member_or_the_bundle_changes()
    {
        using var repo = GitCatalog.CreateSample();
        var output = repo.Out("out");
        Assert.Equal(0, repo.Publish(output).ExitCode);
        var page = Path.Combine(output, "web", "bundles", Code + ".html");
        var before = File.ReadAllText(page);

        // A member's name comes from its standard: an item-only change, so the update stays incremental.
        repo.Temp.Replace("standards/QR00102001.yaml", "code: QR00102001\nname: 出生登记\n", "code: QR00102001\nname: 出生登记（新生儿入户）\n");
        repo.Commit("改名", GitCatalog.FirstCommit.AddDays(1));
        // The other members are unchanged and not loaded by themselves: the bundle's check still finds them.
        var update = repo.Publish(output, "--since", output);
        Assert.True(update.ExitCode == 0, update.Error + update.Out);
        Assert.Contains("增量更新", update.Out);
        var after = File.ReadAllText(page);
        Assert.NotEqual(before, after);
        Assert.Contains("出生登记（新生儿入户）", after);
        Assert.Contains("出生登记（新生儿入户）", File.ReadAllText(Path.Combine(output, "mobile", "bundles", Code + ".json")));

        // The bundle file itself is not an item file: the update loads the whole catalog and shows the change.
        repo.Temp.Replace($"service-bundles/{Code}.yaml", "phone: 0451-54300843\n", "phone: 0451-54300844\n");
        repo.Commit("改咨询电话", GitCatalog.FirstCommit.AddDays(2));
        var whole = repo.Publish(output, "--since", output);
        Assert.True(whole.ExitCode == 0, whole.Error + whole.Out);
        Assert.Contains("0451-54300844", new HtmlParser().ParseDocument(File.ReadAllText(page)).QuerySelector("main")!.TextContent);
        Assert.Equal(0, CliRun.Run("verify-bundle", output, "--key", repo.PublicKey).ExitCode);
    }
}
