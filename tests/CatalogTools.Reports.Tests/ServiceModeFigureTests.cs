using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Model;
using CatalogTools.Reports.Model;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Reports.Tests;

/// <summary>
/// The service-mode figures (issue 15 point 2) on copies of the sample province: 帮办代办 share, the
/// cumulative 通办 shares, the 一件事 count, the mobile items of the least-served city, and the
/// 网上可办 exemption leaving the online figures. Each figure moves when one file changes.
/// </summary>
public sealed class ServiceModeFigureTests
{
    private const string Declining = "implementations/230125/QR00101001-230125-11230125052399340C.yaml";

    [Fact]
    public void TheSampleMeetsTheServiceModeTargetsItSets()
    {
        using var temp = TempCatalog.CopyOfSample();
        var report = ReportFixture.Build(temp.CatalogDir);
        var assistance = report.Figure("assistanceShare");
        Assert.True(assistance.Passed);
        Assert.Equal(1.0, assistance.Value);
        Assert.Equal(report.Counts.Total, assistance.Denominator);
        var mobile = report.Figure("mobileItemsPerCity");
        Assert.Equal(TargetKind.AtLeast, mobile.Kind);
        Assert.Equal(60, mobile.Target);
        Assert.True(mobile.Passed);
        Assert.Equal(2, mobile.Denominator); // 哈尔滨市 and 齐齐哈尔市
        // No bundleCount in the sample's policy: counted, with no target.
        var bundles = report.Figure("bundleCount");
        Assert.Equal(TargetKind.Reported, bundles.Kind);
        Assert.Equal(1, bundles.Value);
    }

    [Fact]
    public void AnItemWithoutAssistanceIsTheOneMiss()
    {
        using var temp = TempCatalog.CopyOfSample();
        temp.Replace(Declining, "  offered: true\n  hotline: 0451-53891526\n", "  offered: false\n");
        var figure = ReportFixture.Build(temp.CatalogDir).Figure("assistanceShare");
        Assert.False(figure.Passed);
        var miss = Assert.Single(figure.Misses);
        Assert.Equal("QR00101001-230125-11230125052399340C", miss.Code);
        Assert.Equal("不提供", miss.Detail.In(Lang.Zh));
        Assert.Equal("not offered", miss.Detail.In(Lang.En));
        Assert.Equal(figure.Denominator - 1, figure.Numerator);
    }

    [Fact]
    public void CrossRegionSharesAreCumulativeCountsOverEveryItem()
    {
        using var temp = TempCatalog.CopyOfSample();
        var report = ReportFixture.Build(temp.CatalogDir);
        var scopes = Directory.EnumerateFiles(Path.Combine(temp.CatalogDir, "implementations"), "*.yaml", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .Where(t => t.Contains("\nstatus: 在用\n", StringComparison.Ordinal))
            .Select(t => t.Split('\n').First(l => l.StartsWith("crossRegion: ", StringComparison.Ordinal))["crossRegion: ".Length..])
            .ToList();
        Assert.Equal(scopes.Count(s => Vocabulary.CrossRegionReach(s) >= 1), report.Figure("crossRegionPrefectureShare").Numerator);
        Assert.Equal(scopes.Count(s => s is "省内通办" or "跨省通办" or "全国通办"), report.Figure("crossRegionProvinceShare").Numerator);
        Assert.Equal(scopes.Count(s => s is "跨省通办" or "全国通办"), report.Figure("crossRegionInterProvinceShare").Numerator);
        Assert.Equal(scopes.Count(s => s == "全国通办"), report.Figure("crossRegionNationalShare").Numerator);
        foreach (var key in new[] { "crossRegionPrefectureShare", "crossRegionProvinceShare", "crossRegionInterProvinceShare", "crossRegionNationalShare" })
        {
            var f = report.Figure(key);
            Assert.Equal(TargetKind.Reported, f.Kind);
            Assert.True(f.Passed);
            Assert.Equal(scopes.Count, f.Denominator);
        }
    }

    [Fact]
    public void A州内通办ItemCountsInThePrefectureShare()
    {
        using var temp = TempCatalog.CopyOfSample();
        var before = ReportFixture.Build(temp.CatalogDir).Figure("crossRegionPrefectureShare").Numerator;
        var file = Directory.EnumerateFiles(Path.Combine(temp.CatalogDir, "implementations"), "*.yaml", SearchOption.AllDirectories)
            .First(f => File.ReadAllText(f).Contains("\ncrossRegion: 不通办\n", StringComparison.Ordinal) && File.ReadAllText(f).Contains("\nstatus: 在用\n", StringComparison.Ordinal));
        temp.Replace(Path.GetRelativePath(temp.CatalogDir, file).Replace('\\', '/'), "crossRegion: 不通办\n", "crossRegion: 州内通办\n");
        var after = ReportFixture.Build(temp.CatalogDir);
        Assert.Equal(before + 1, after.Figure("crossRegionPrefectureShare").Numerator);
    }

    [Fact]
    public void OnlineExemptItemsLeaveTheOnlineFiguresOnly()
    {
        using var temp = TempCatalog.CopyOfSample();
        var exempt = ReportFixture.Build(temp.CatalogDir);
        temp.Replace("standards/QR00101001.yaml", "onlineExemption:\n  reason: 法律另有规定\n  basis:\n    law: 中华人民共和国居民身份证法\n    article: 第三条\n", "");
        var counted = ReportFixture.Build(temp.CatalogDir);
        var idCards = Directory.EnumerateFiles(Path.Combine(temp.CatalogDir, "implementations"), "QR00101001-*.yaml", SearchOption.AllDirectories)
            .Count(f => File.ReadAllText(f).Contains("\nstatus: 在用\n", StringComparison.Ordinal));
        Assert.True(idCards > 0);
        foreach (var key in new[] { "onlineShare", "fullyOnlineShare", "depthLevel3Share", "depthLevel4Share" })
        {
            Assert.Equal(counted.Figure(key).Denominator - idCards, exempt.Figure(key).Denominator);
        }
        Assert.Equal(counted.Figure("immediateShare").Denominator, exempt.Figure("immediateShare").Denominator);
        Assert.Equal(counted.Counts.Total, exempt.Counts.Total);
    }

    [Fact]
    public void AMobileTargetAboveACitysCountNamesThatCity()
    {
        using var temp = TempCatalog.CopyOfSample();
        temp.Replace("policy.yaml", "  mobileItemsPerCity: 60\n", "  mobileItemsPerCity: 100\n");
        var figure = ReportFixture.Build(temp.CatalogDir).Figure("mobileItemsPerCity");
        Assert.False(figure.Passed);
        var miss = Assert.Single(figure.Misses);
        Assert.Equal("230200", miss.Code);
        Assert.Equal(figure.Value, double.Parse(miss.Detail.In(Lang.Zh).Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal($"{figure.Value} items on the mobile channel", miss.Detail.In(Lang.En));
        Assert.True(figure.Value < 100);
    }

    [Fact]
    public void ABundleCountTargetInThePolicyIsMetOrMissed()
    {
        using var temp = TempCatalog.CopyOfSample();
        temp.Replace("policy.yaml", "  mobileItemsPerCity: 60\n", "  mobileItemsPerCity: 60\n  bundleCount: 50\n");
        var missed = ReportFixture.Build(temp.CatalogDir).Figure("bundleCount");
        Assert.Equal(TargetKind.AtLeast, missed.Kind);
        Assert.False(missed.Passed);
        temp.Replace("service-bundles/YJS230123001.yaml", "status: 在用\n", "status: 已停用\n");
        Assert.Equal(0, ReportFixture.Build(temp.CatalogDir).Figure("bundleCount").Value);
    }
}
