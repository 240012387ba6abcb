using CatalogTools.Publishing.Serving;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Publishing.Tests;

/// <summary>
/// A third-party channel that does not use our templates (Fixtures/third-party: a hand-made
/// mini-program site), read by the example mapping in docs/ (CSS selectors per element).
/// </summary>
public sealed class ThirdPartyAuditTests
{
    private const string Pension = "GG00101001-230125-11230125010320163G";
    private const string Unknown = "XX99999999-230125-11230125010320163G";

    private static string Mapping => Path.Combine(RepoPaths.Root, "docs", "audit-mapping.example.json");

    private static CliOutcome Audit(string target, params string[] extra) =>
        CliRun.Run(["audit", target, "--mapping", Mapping, "--catalog", RepoPaths.SampleCatalog, "--templates", RepoPaths.Templates, .. extra]);

    private static string Copy()
    {
        var dir = Path.Combine(Path.GetTempPath(), "third-party-" + Guid.NewGuid().ToString("N")[..12]);
        TempCatalog.CopyDirectory(Path.Combine(RepoPaths.Root, "tests", "CatalogTools.Publishing.Tests", "Fixtures", "third-party"), dir);
        return dir;
    }

    /// <summary>A limit changed, a material dropped, a material asked for beyond the guide, a page for an unknown item linked from the index.</summary>
    private static string Edited()
    {
        var dir = Copy();
        var page = Path.Combine(dir, "svc", "1001.html");
        var html = File.ReadAllText(page)
            .Replace("<b class=\"limit-days\">0</b>", "<b class=\"limit-days\">3</b>", StringComparison.Ordinal)
            .Replace("    <li><span class=\"doc-name\">居民户口簿</span></li>\n", "", StringComparison.Ordinal)
            .Replace("</article>", "<p class=\"tip\">另需提交村委会出具的居住证明。</p>\n</article>", StringComparison.Ordinal);
        File.WriteAllText(page, html);
        File.WriteAllText(Path.Combine(dir, "svc", "1003.html"), File.ReadAllText(Path.Combine(dir, "svc", "1002.html"))
            .Replace("CJ00101001-230125-112301250745715780", Unknown, StringComparison.Ordinal));
        var index = Path.Combine(dir, "index.html");
        File.WriteAllText(index, File.ReadAllText(index).Replace("</ul>", "  <li><a href=\"svc/1003.html\">新服务</a></li>\n</ul>", StringComparison.Ordinal));
        return dir;
    }

    private static void AssertEditsReported(CliOutcome outcome)
    {
        Assert.True(outcome.ExitCode == 1, outcome.Out + outcome.Error);
        var o = outcome.Out;
        Assert.Contains($"svc/1001.html#promisedLimit.days  错误 CAT0201 [{Pension}] 某市政务服务小程序 页面 svc/1001.html 的要素『承诺办结时限』（promisedLimit.days）显示为『3』，源中为『0』", o);
        Assert.Contains($"svc/1001.html#materials[2].name  错误 CAT0200 [{Pension}]", o);
        Assert.Contains($"错误 CAT0223 [{Pension}] 某市政务服务小程序 页面 svc/1001.html 要求了办事指南没有列出的材料：『提交村委会出具的居住证明』", o);
        Assert.Contains($"svc/1003.html  错误 CAT0204 [{Unknown}]", o);
        Assert.Contains("自查了 1 个渠道的 3 个页面", o);
        Assert.Contains("错误 4 个", o);
    }

    [Fact]
    public void The_faithful_third_party_pages_match_the_source()
    {
        var outcome = Audit(Copy());
        Assert.True(outcome.ExitCode == 0, outcome.Out + outcome.Error);
        Assert.Contains("自查了 1 个渠道的 2 个页面（发布事项 2 项", outcome.Out);
        Assert.Contains("错误 0 个", outcome.Out);
    }

    [Fact]
    public void Edits_on_a_third_party_folder_are_reported()
    {
        AssertEditsReported(Audit(Edited()));
    }

    [Fact]
    public async Task Edits_on_a_third_party_site_served_on_loopback_are_reported()
    {
        await using var server = await BundleServer.StartAsync(Edited(), 0);
        AssertEditsReported(await Task.Run(() => Audit(server.Address.ToString())));
    }

    [Fact]
    public void A_bad_mapping_cannot_run_and_says_why()
    {
        var bad = Path.Combine(Path.GetTempPath(), "mapping-" + Guid.NewGuid().ToString("N")[..8] + ".json");
        File.WriteAllText(bad, File.ReadAllText(Mapping).Replace("\"h1.svc-title\"", "\"h1..[\"", StringComparison.Ordinal));
        var outcome = CliRun.Run(["audit", Copy(), "--mapping", bad, "--catalog", RepoPaths.SampleCatalog]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("CSS 选择器无效『h1..[』", outcome.Error);
    }
}
