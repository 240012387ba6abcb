using CatalogTools.Core.Index;
using CatalogTools.Core.Loading;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Index;

/// <summary>
/// The one region hierarchy's roll-up and walk (what the site's region pages, the mobile index and
/// the listing audit show), on the sample's region registry with the township 宾西镇 taken out: it
/// rolls up by its code under 宾县, 哈尔滨市 and 黑龙江省, as the compliance report counts it.
/// </summary>
public sealed class RegionHierarchyTests
{
    private const string Township = "230125101000";

    private static RegionHierarchy WithoutTownship()
    {
        var index = new CatalogLoader(CatalogLocation.Find(RepoPaths.SampleCatalog)!).Load().Index;
        Assert.True(index.Regions.ContainsKey(Township));
        return new RegionHierarchy(index.Regions.Where(r => r.Key != Township).ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal));
    }

    [Fact]
    public void A_region_missing_from_the_registry_rolls_up_under_the_parents_its_code_implies()
    {
        var hierarchy = WithoutTownship();
        var totals = hierarchy.RollUp([new(Township, 3), new("230125", 2), new("230124", 4), new("外省", 7)]);

        Assert.Equal(3, totals[Township]);
        Assert.Equal(5, totals["230125"]);
        Assert.Equal(4, totals["230124"]);
        Assert.Equal(9, totals["230100"]);
        Assert.Equal(9, totals["230000"]);
        Assert.False(totals.ContainsKey("外省")); // not a region code: it would become a page name
    }

    [Fact]
    public void The_walk_is_depth_first_with_children_in_code_order()
    {
        var hierarchy = WithoutTownship();
        var nodes = hierarchy.Walk(hierarchy.RollUp([new(Township, 3), new("230125", 2), new("230124", 4)]));

        Assert.Equal(
            [("230000", 0, 9), ("230100", 1, 9), ("230124", 2, 4), ("230125", 2, 5), (Township, 3, 3)],
            nodes.Select(n => (n.Code, n.Depth, n.Items)));
        var township = nodes[^1];
        Assert.Equal("230125", township.Parent);
        Assert.Equal("乡级", township.Level);
        Assert.Equal(Township, township.Name); // no registry name: the code stands for it
        Assert.Equal(["230000", "230100", "230125", Township], hierarchy.PathOf(Township).Select(p => p.Code));
        Assert.Empty(hierarchy.PathOf("外省"));
    }
}
