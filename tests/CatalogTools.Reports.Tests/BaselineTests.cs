using CatalogTools.Reports.Model;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Reports.Tests;

/// <summary>
/// Baseline and trend read from a git repository built in the test (see <see cref="GitFixture"/>).
/// v1 (= FigureTests' numbers): materials 17, steps 19, days 30, visits 0+0+1+0+2+0 = 3.
/// v2: I3 loses its extra material (4 → 3), promises 4 days instead of 10 and needs no visit (1 → 0); S2's items I4, I5 lose
/// a step (4 → 3 each): materials 16, steps 17, days 24, visits 2 → cuts 1/17 = 5.88 %, 2/19 = 10.53 %, 6/30 = 20 %, 1/3 = 33.3 %.
/// 宾县 (I2 I3 I6): v1 (3+4+1, 3+3+2, 2+10+0, 0+1+0) = (8, 8, 12, 1); v2 (7, 8, 6, 0).
/// 齐齐哈尔市 (I5): v1 (3, 4, 8, 2); v2 (3, 3, 8, 2).
/// </summary>
public sealed class BaselineTests : IClassFixture<GitFixtureHolder>
{
    private readonly GitFixture _git;

    public BaselineTests(GitFixtureHolder holder) => _git = holder.Fixture;

    [Fact]
    public void BaselineByTagComparesThenAndNow()
    {
        var report = ReportFixture.Build(_git.Temp.CatalogDir, baseline: "v1");
        var b = report.Baseline!;
        Assert.Equal("v1", b.Revision);
        Assert.Equal(_git.V1, b.Commit);
        Assert.Equal(new Reductions(17, 19, 30, 3), b.Total.Then);
        Assert.Equal(new Reductions(16, 17, 24, 2), b.Total.Now);
        Assert.Equal(1 / 17.0, b.Total.MaterialsCut!.Value, 9);
        Assert.Equal(2 / 19.0, b.Total.StepsCut!.Value, 9);
        Assert.Equal(0.2, b.Total.DaysCut!.Value, 9);
        Assert.Equal(1 / 3.0, b.Total.VisitsCut!.Value, 9);
        var county = b.Regions.Single(r => r.Code == "230125");
        Assert.Equal(new Reductions(8, 8, 12, 1), county.Then);
        Assert.Equal(new Reductions(7, 8, 6, 0), county.Now);
        var qiqihar = b.Regions.Single(r => r.Code == "230200");
        Assert.Equal(new Reductions(3, 4, 8, 2), qiqihar.Then);
        Assert.Equal(new Reductions(3, 3, 8, 2), qiqihar.Now);
    }

    [Fact]
    public void BaselineByCommitIdWorksToo()
    {
        var report = ReportFixture.Build(_git.Temp.CatalogDir, baseline: _git.V1[..10]);
        Assert.Equal(new Reductions(17, 19, 30, 3), report.Baseline!.Total.Then);
    }

    [Fact]
    public void TrendHasEveryTagThenTheWorkingCatalog()
    {
        var report = ReportFixture.Build(_git.Temp.CatalogDir);
        Assert.Equal(["v1", "v2", "当前"], report.Trend.Select(p => p.Label));
        Assert.Equal(new Reductions(17, 19, 30, 3), report.Trend[0].Totals);
        Assert.Equal(new Reductions(16, 17, 24, 2), report.Trend[1].Totals);
        Assert.Equal(5 / 6.0, report.Trend[0].Values["sameStandardShare"]!.Value, 9);
        Assert.Equal(1.0, report.Trend[1].Values["sameStandardShare"]!.Value, 9);
        // v2 compression natural person: (0.75 + 0.9 + 0.8) / 3
        Assert.Equal(2.45 / 3, report.Trend[1].Values["compressionNaturalPerson"]!.Value, 9);
    }

    [Fact]
    public void UnknownBaselineCannotRun()
    {
        var outcome = CliRun.Run("report", "--catalog", _git.Temp.CatalogDir, "--baseline", "no-such-tag", "--format", "json", "-o", Path.Combine(_git.Temp.Root, "x.json"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("找不到基线版本『no-such-tag』", outcome.Error);
        Assert.False(File.Exists(Path.Combine(_git.Temp.Root, "x.json")));
    }

    [Fact]
    public void BaselineOutsideGitCannotRun()
    {
        using var temp = TempCatalog.CopyOf(ReportFixture.SmallCatalog);
        var outcome = CliRun.Run("report", "--catalog", temp.CatalogDir, "--baseline", "v1", "--format", "md", "-o", Path.Combine(temp.Root, "x.md"), "--lang", "en");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("not in a git repository", outcome.Error);
    }
}

/// <summary>One git repository for the whole test class.</summary>
public sealed class GitFixtureHolder : IDisposable
{
    public GitFixture Fixture { get; } = new();

    public void Dispose() => Fixture.Dispose();
}
