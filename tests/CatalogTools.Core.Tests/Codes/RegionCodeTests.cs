using CatalogTools.Core.Codes;
using Xunit;

namespace CatalogTools.Core.Tests.Codes;

public sealed class RegionCodeTests
{
    [Theory]
    [InlineData("230000", "省级", null)]
    [InlineData("230100", "市级", "230000")]
    [InlineData("230125", "县级", "230100")]
    [InlineData("469001", "县级", "460000")] // 省直辖县级行政区划 (city part 90): parent is the province
    [InlineData("230125100000", "乡级", "230125")]
    [InlineData("230125100001", "村级", "230125100000")]
    public void LevelAndParentFollowFromTheCode(string code, string level, string? parent)
    {
        Assert.True(RegionCode.IsWellFormed(code));
        Assert.Equal(level, RegionCode.LevelOf(code));
        Assert.Equal(parent, RegionCode.ParentOf(code));
    }

    [Theory]
    [InlineData("23012")]
    [InlineData("2301250")]
    [InlineData("23012510000")]
    [InlineData("2301251000001")]
    [InlineData("23O125")]
    [InlineData("000000")]
    [InlineData("230125000000")] // 12 digits without a township part
    [InlineData("")]
    public void MalformedCodesHaveNoLevel(string code)
    {
        Assert.Null(RegionCode.LevelOf(code));
        Assert.Null(RegionCode.ParentOf(code));
    }

    [Fact]
    public void EverySampleRegionHasTheLevelItsCodeImplies()
    {
        var text = File.ReadAllText(Path.Combine(CatalogTools.Tests.Shared.RepoPaths.SampleCatalog, "registries", "regions.yaml"));
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(text));
        var regions = (YamlDotNet.RepresentationModel.YamlSequenceNode)((YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode)["regions"];
        Assert.True(regions.Children.Count >= 10);
        foreach (YamlDotNet.RepresentationModel.YamlMappingNode region in regions.Children)
        {
            var code = region["code"].ToString();
            Assert.Equal(region["level"].ToString(), RegionCode.LevelOf(code));
        }
    }
}
