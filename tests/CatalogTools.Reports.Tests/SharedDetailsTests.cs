using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Generation;
using CatalogTools.Reports.Computing;
using CatalogTools.Reports.Model;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Reports.Tests;

/// <summary>
/// The drill-down keeps one instance of each distinct detail (why an item misses a figure), so a strict policy
/// over a large province keeps a heap the size it had when details were strings, and a renderer words each once.
/// </summary>
public sealed class SharedDetailsTests
{
    [Fact]
    public void An_equal_detail_is_the_first_one_kept_and_text_stays_as_it_is()
    {
        var details = new SharedDetails();
        var first = new MessageList("list.separator", ["身份证", new MessageText("guideCompleteness.hours")]);
        var again = new MessageList("list.separator", ["身份证", new MessageText("guideCompleteness.hours")]);
        var other = new MessageList("list.separator", ["户口簿"]);
        Assert.Same(first, details.Share(first).List);
        Assert.Same(first, details.Share(again).List);
        Assert.Same(other, details.Share(other).List);
        Assert.Equal("承诺件", details.Share("承诺件").Text);
    }

    [Fact]
    public void Equal_details_of_different_items_in_a_strict_report_are_one_instance()
    {
        using var catalog = TempCatalog.Empty();
        new ProvinceGenerator(300, 5).Write(catalog.CatalogDir);
        catalog.Write("policy.yaml", StrictPolicy);
        var report = ReportFixture.Build(catalog.CatalogDir);
        // The figures' own lists and the region drill-down are computed apart; each shares within itself.
        AssertShared(report.Figures.SelectMany(f => f.Misses));
        AssertShared(Misses(report.DrillDown!));
    }

    /// <summary>bench/report.sh's worst case: every share target 100 %, so every item is behind some miss.</summary>
    private const string StrictPolicy = """
        thresholds:
          immediateShare: 1.0
          averageVisits: 0
          depthLevel3Share: 1.0
          depthLevel4Share: 1.0
          onlineShare: 1.0
          fullyOnlineShare: 1.0
          exemptShare: 1.0
          sameStandardShare: 1.0
          guideCompleteShare: 1.0
          assistanceShare: 1.0
        """;

    private static void AssertShared(IEnumerable<DrillRow> misses)
    {
        var rows = misses.Where(r => r.Detail.Text is null).ToList();
        var alike = rows.GroupBy(r => r.Detail).Where(g => g.Select(r => r.Code).Distinct().Count() > 1).ToList();
        // Generated guides miss 全要素率 and the others in the same ways on many items: the test has something to prove.
        Assert.True(alike.Count > 5, $"{alike.Count} details shared by several items");
        foreach (var group in alike)
        {
            var instances = group.Select(r => (object?)r.Detail.Message ?? r.Detail.List).Distinct(ReferenceEqualityComparer.Instance).Count();
            Assert.True(instances == 1, $"『{group.Key.In(Lang.Zh)}』 held by {instances} instances");
        }
    }

    private static IEnumerable<DrillRow> Misses(RegionDrill region) =>
        region.Misses.SelectMany(m => m.Items).Concat(region.Children.SelectMany(Misses));
}
