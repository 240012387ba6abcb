using System.Text.Json;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Reports.Tests;

/// <summary>
/// Site and report roll regions up by the same hierarchy (<c>CatalogIndex.RegionHierarchy</c>). The
/// township 宾西镇 (230125101000) is taken out of the region registry, with CAT0007 lowered to a
/// warning so the catalog still publishes: its items must count under 宾县, 哈尔滨市 and 黑龙江省 on
/// the site and in the report alike, and its page's breadcrumbs must lead up through 宾县.
/// </summary>
public sealed class RegionRollUpAgreementTests
{
    private const string Township = "230125101000";

    [Fact]
    public void AnUnregisteredRegionRollsUpTheSameOnTheSiteAndInTheReport()
    {
        using var temp = TempCatalog.CopyOfSample();
        temp.Replace("registries/regions.yaml", "  - code: \"230125101000\"\n    name: 宾西镇\n    level: 乡级\n    parent: \"230125\"\n", "");
        temp.Replace("policy.yaml", "severity: {}", "severity:\n  CAT0007: warning");
        var site = Path.Combine(temp.Root, "site");
        var report = Path.Combine(temp.Root, "report.json");
        Assert.Equal(0, CliRun.Run("publish", "-o", site, "--catalog", temp.CatalogDir, "--channel", "all", "--no-cache").ExitCode);
        Assert.Equal(0, CliRun.Run("report", "--format", "json", "-o", report, "--catalog", temp.CatalogDir).ExitCode);

        using var regions = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site, "mobile", "regions.json")));
        var siteItems = regions.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!, r => r.GetProperty("items").GetInt32());
        var township = regions.RootElement.EnumerateArray().Single(r => r.GetProperty("code").GetString() == Township);
        Assert.Equal("230125", township.GetProperty("parent").GetString());
        Assert.True(siteItems[Township] > 0);

        using var figures = JsonDocument.Parse(File.ReadAllBytes(report));
        var reportItems = figures.RootElement.GetProperty("regions").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!, r => r.GetProperty("items").GetInt32());
        foreach (var code in new[] { "230125", "230100", "230000" })
        {
            Assert.Equal(reportItems[code], siteItems[code]);
        }
        // 宾县 counts its own items and the township's, as the report does.
        Assert.Equal(siteItems[Township] + siteItems["230125100000"] + OwnItems(site, "230125"), siteItems["230125"]);

        var page = File.ReadAllText(Path.Combine(site, "web", "regions", Township + ".html"));
        Assert.Contains("宾县", page);
        Assert.Contains("哈尔滨市", page);
    }

    /// <summary>Guides the region offers itself: the rows of its own index on the mobile channel.</summary>
    private static int OwnItems(string site, string region)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site, "mobile", "regions", region + ".json")));
        return doc.RootElement.GetProperty("items").GetArrayLength();
    }
}
