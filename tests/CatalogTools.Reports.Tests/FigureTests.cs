using CatalogTools.Core.Diagnostics;
using CatalogTools.Reports.Model;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Reports.Tests;

/// <summary>
/// Every figure on the fixture catalog (Fixtures/small), worked out by hand.
///
/// Standards: S1 JF00201001 行政给付 自然人, statutory 20 工作日, materials 申请书 + 居民身份证 (e-licence
/// DZZZ-0001, exempt) + 居住证明 (on the cancelled list, required), 3 steps.
/// S2 XK00501001 行政许可 法人, statutory 20, materials 申请表 + 营业执照 (DZZZ-0004, NOT exempt) + 承诺书, 4 steps.
/// S3 GG00101001 公共服务 自然人+法人, statutory 0 (no compression), material 居民身份证 (exempt), 2 steps.
///
/// Implementations (region, agency, promised, type, depth, visits, channels):
///   I1 S1 230100 哈尔滨市民政局          5  承诺件 四级 0 网上办事大厅,窗口   compression 0.75
///   I2 S1 230125 宾县民政局              2  即办件 四级 0 政务服务移动端      compression 0.90
///   I3 S1 230125100000 宾州镇人民政府   10  承诺件 三级 1 窗口               compression 0.50; own materials = S1's + 居民户口簿 (diverges)
///   I4 S2 230100 哈尔滨市市场监督管理局  5  承诺件 四级 0 网上办事大厅        compression 0.75
///   I5 S2 230200 齐齐哈尔市市场监督管理局 8 承诺件 二级 2 窗口,网上办事大厅   compression 0.60
///   I6 S3 230125 宾县市场监督管理局      0  即办件 四级 0 网上办事大厅
///   I7 S3 230200 齐齐哈尔市公安局 — 已停用, not counted.
///
/// Whole province (I1–I6):
///   natural-person compression (I1, I2, I3) = (0.75 + 0.90 + 0.50) / 3 = 2.15 / 3 = 0.71667 &lt; 0.75 miss, behind: I3
///   legal-person compression (I4, I5) = (0.75 + 0.60) / 2 = 0.675 &lt; 0.70 miss, behind: I5 (I6 has statutory 0)
///   即办件 2 / 6 = 0.3333 ≥ 0.30 (fixture policy) met
///   average visits (0+0+1+0+2+0) / 6 = 0.5 &gt; 0.1 miss, behind: I3, I5
///   三级+ 5 / 6 miss (I5); 四级 4 / 6 miss (I3, I5)
///   网上可办 (online channel and ≥ 三级): I1 I2 I4 I6 = 4 / 6 miss (I3 no online channel, I5 二级)
///   全程网办 (online channel and 四级): 4 / 6 = 0.667 ≥ 0.5 met
///   最多跑一次 5 / 6 miss (I5)
///   免提交: held materials I1 I2 I3 I6 身份证 (exempt) + I4 I5 营业执照 (not) = 4 / 6 miss (I4, I5)
///   cancelled proofs required: 居住证明 in I1, I2, I3 = 3 &gt; 0 miss
///   same standard 5 / 6 miss (I3)
///   materials 3+3+4+3+3+1 = 17, steps 3+3+3+4+4+2 = 19, promised days 5+2+10+5+8+0 = 30
/// 哈尔滨市 (I1 I2 I3 I4 I6): NP 0.71667, LP 0.75, 即办 2/5, visits 1/5, 三级 5/5, 四级 4/5, 网上可办 4/5, 最多跑一次 5/5, 免提交 4/5, cancelled 3, same 4/5
/// 宾县 (I2 I3 I6): NP (0.9+0.5)/2 = 0.7, LP none, 即办 2/3, visits 1/3, 四级 2/3, 免提交 3/3, cancelled 2, same 2/3
/// 齐齐哈尔市 (I5): NP none, LP 0.6, 即办 0, visits 2, 三级 0, 免提交 0/1, cancelled 0, same 1
/// </summary>
public sealed class FigureTests
{
    private const string I1 = "JF00201001-230100-11230100005169665K";
    private const string I2 = "JF00201001-230125-11230125029522099X";
    private const string I3 = "JF00201001-230125100000-11230125031179912J";
    private const string I4 = "XK00501001-230100-11230100047761384U";
    private const string I5 = "XK00501001-230200-11230200034527628T";

    private static readonly ComplianceReport Report = BuildOnce();

    private static ComplianceReport BuildOnce()
    {
        using var temp = TempCatalog.CopyOf(ReportFixture.SmallCatalog);
        return ReportFixture.Build(temp.CatalogDir);
    }

    [Theory]
    [InlineData("compressionNaturalPerson", 2.15, 3, false, 0.75)]
    [InlineData("compressionLegalPerson", 1.35, 2, false, 0.70)]
    [InlineData("immediateShare", 2, 6, true, 0.30)]
    [InlineData("averageVisits", 3, 6, false, 0.1)]
    [InlineData("depthLevel3Share", 5, 6, false, 0.99)]
    [InlineData("depthLevel4Share", 4, 6, false, 0.90)]
    [InlineData("onlineShare", 4, 6, false, 1.0)]
    [InlineData("fullyOnlineShare", 4, 6, true, 0.5)]
    [InlineData("mostOneVisitShare", 5, 6, false, 0.99)]
    [InlineData("exemptShare", 4, 6, false, 1.0)]
    [InlineData("sameStandardShare", 5, 6, false, 1.0)]
    public void ShareFigureMatchesHandCount(string key, double numerator, long denominator, bool passed, double target)
    {
        var f = Report.Figure(key);
        Assert.Equal(numerator, f.Numerator, 9);
        Assert.Equal(denominator, f.Denominator);
        Assert.Equal(numerator / denominator, f.Value!.Value, 9);
        Assert.Equal(target, f.Target, 9);
        Assert.Equal(passed, f.Passed);
        if (passed) Assert.Empty(f.Misses);
    }

    [Fact]
    public void CancelledProofsAreCountedPerRequiringItem()
    {
        var f = Report.Figure("cancelledProofsRequired");
        Assert.Equal(3, f.Value);
        Assert.Equal(0, f.Target);
        Assert.False(f.Passed);
        Assert.Equal([I1, I2, I3], f.Misses.Select(m => m.Code).Order(StringComparer.Ordinal));
        Assert.All(f.Misses, m => Assert.Equal("居住证明", m.Detail.In(Lang.Zh)));
    }

    [Theory]
    [InlineData("compressionNaturalPerson", new[] { I3 })]
    [InlineData("compressionLegalPerson", new[] { I5 })]
    [InlineData("averageVisits", new[] { I3, I5 })]
    [InlineData("depthLevel3Share", new[] { I5 })]
    [InlineData("depthLevel4Share", new[] { I3, I5 })]
    [InlineData("onlineShare", new[] { I3, I5 })]
    [InlineData("mostOneVisitShare", new[] { I5 })]
    [InlineData("exemptShare", new[] { I4, I5 })]
    [InlineData("sameStandardShare", new[] { I3 })]
    public void MissedFigureListsTheItemsBehindIt(string key, string[] codes)
    {
        Assert.Equal(codes.Order(StringComparer.Ordinal), Report.Figure(key).Misses.Select(m => m.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DrillRowsSayWhy()
    {
        Assert.Equal("营业执照", Report.Figure("exemptShare").Misses.First(m => m.Code == I5).Detail.In(Lang.Zh));
        Assert.Equal("materials", Report.Figure("sameStandardShare").Misses.Single().Detail.In(Lang.Zh));
        Assert.Equal("60%", Report.Figure("compressionLegalPerson").Misses.Single().Detail.In(Lang.Zh));
        Assert.Equal("宾州镇人民政府", Report.Figure("compressionNaturalPerson").Misses.Single().Agency);
    }

    [Fact]
    public void CountsByTypeLevelDepartmentAndRegion()
    {
        var c = Report.Counts;
        Assert.Equal(6, c.Total);
        Assert.Equal(5, c.AdministrativePower);
        Assert.Equal(1, c.PublicService);
        Assert.Equal(3, c.ByType.Single(r => r.Key == "行政给付").Count);
        Assert.Equal(2, c.ByType.Single(r => r.Key == "行政许可").Count);
        Assert.Equal(1, c.ByType.Single(r => r.Key == "公共服务").Count);
        Assert.Equal(0, c.ByType.Single(r => r.Key == "行政检查").Count);
        Assert.Equal([("市级", 3), ("县级", 2), ("乡级", 1)], c.ByLevel.Select(r => (r.Key, r.Count)));
        Assert.Equal([("市场监督管理", 3), ("民政", 2), ("人民政府", 1)], c.ByDepartment.Select(r => (r.Key, r.Count)));
        Assert.Equal([("230000", 6), ("230100", 5), ("230125", 3), ("230200", 1)], c.ByRegion.Select(r => (r.Key, r.Count)));
    }

    [Theory]
    [InlineData("230100", "compressionNaturalPerson", 2.15 / 3)]
    [InlineData("230100", "compressionLegalPerson", 0.75)]
    [InlineData("230100", "immediateShare", 0.4)]
    [InlineData("230100", "averageVisits", 0.2)]
    [InlineData("230100", "depthLevel4Share", 0.8)]
    [InlineData("230100", "mostOneVisitShare", 1.0)]
    [InlineData("230100", "exemptShare", 0.8)]
    [InlineData("230100", "cancelledProofsRequired", 3.0)]
    [InlineData("230125", "compressionNaturalPerson", 0.7)]
    [InlineData("230125", "immediateShare", 2.0 / 3)]
    [InlineData("230125", "averageVisits", 1.0 / 3)]
    [InlineData("230125", "exemptShare", 1.0)]
    [InlineData("230125", "cancelledProofsRequired", 2.0)]
    [InlineData("230125", "sameStandardShare", 2.0 / 3)]
    [InlineData("230200", "compressionLegalPerson", 0.6)]
    [InlineData("230200", "averageVisits", 2.0)]
    [InlineData("230200", "depthLevel3Share", 0.0)]
    [InlineData("230200", "exemptShare", 0.0)]
    [InlineData("230200", "sameStandardShare", 1.0)]
    public void RegionFiguresIncludeSubRegions(string region, string key, double expected)
    {
        Assert.Equal(expected, Report.Region(region).Values[key]!.Value, 9);
    }

    [Fact]
    public void FigureWithNothingToMeasureIsNull()
    {
        Assert.Null(Report.Region("230125").Values["compressionLegalPerson"]);
        Assert.Null(Report.Region("230200").Values["compressionNaturalPerson"]);
    }

    [Fact]
    public void RegionOptionRestrictsToSubtree()
    {
        using var temp = TempCatalog.CopyOf(ReportFixture.SmallCatalog);
        var report = ReportFixture.Build(temp.CatalogDir, region: "230125");
        Assert.Equal(3, report.Counts.Total);
        Assert.True(report.Scope.Restricted);
        Assert.Equal("宾县", report.Scope.RegionName);
        Assert.Equal(["230125", "230125100000"], report.Regions.Select(r => r.Code));
        Assert.Equal(0.7, report.Figure("compressionNaturalPerson").Value!.Value, 9);
        Assert.Equal([I3], report.Figure("compressionNaturalPerson").Misses.Select(m => m.Code));
        Assert.Equal(2, report.Figure("cancelledProofsRequired").Value);
    }

    [Fact]
    public void MissingPolicyKeysFallBackToDomainTargets()
    {
        using var temp = TempCatalog.CopyOf(ReportFixture.SmallCatalog);
        temp.Replace("policy.yaml", "  immediateShare: 0.3\n", "");
        var report = ReportFixture.Build(temp.CatalogDir);
        Assert.Equal(0.4, report.Figure("immediateShare").Target, 9);
        Assert.False(report.Figure("immediateShare").Passed);
        Assert.Equal(4, report.Figure("immediateShare").Misses.Count);
    }

    [Fact]
    public void TargetsForTheReportsOwnKeysComeFromThePolicyFile()
    {
        using var temp = TempCatalog.CopyOf(ReportFixture.SmallCatalog);
        temp.Replace("policy.yaml", "  mostOneVisitShare: 0.99\n", "  mostOneVisitShare: 0.99\n  exemptShare: 0.5\n  cancelledProofsRequired: 3\n");
        var report = ReportFixture.Build(temp.CatalogDir);
        Assert.Equal(0.5, report.Figure("exemptShare").Target, 9);
        Assert.True(report.Figure("exemptShare").Passed);
        Assert.Empty(report.Figure("exemptShare").Misses);
        Assert.True(report.Figure("cancelledProofsRequired").Passed);
        Assert.Equal(1.0, report.Figure("sameStandardShare").Target, 9);
    }

    [Fact]
    public void ItemOutsideTheProvinceStillCountsInTheTotals()
    {
        using var temp = TempCatalog.CopyOf(ReportFixture.SmallCatalog);
        var source = "implementations/230125/JF00201001-230125-11230125029522099X.yaml";
        var text = temp.Read(source).Replace("230125", "110105", StringComparison.Ordinal);
        temp.Write("implementations/110105/JF00201001-110105-11230125029522099X.yaml", text);
        var whole = ReportFixture.Build(temp.CatalogDir);
        Assert.Equal(7, whole.Counts.Total);
        Assert.Equal(7, whole.Figure("immediateShare").Denominator);
        Assert.Equal(7, whole.Region("230000").Items);
        Assert.Equal(6, whole.Region("230100").Items + whole.Region("230200").Items);
        var county = ReportFixture.Build(temp.CatalogDir, region: "230125");
        Assert.Equal(3, county.Counts.Total);
    }
}
