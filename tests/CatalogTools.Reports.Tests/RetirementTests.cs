using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Reports.Tests;

/// <summary>An implementation over a retired standard is not offered: the report does not count it (CAT0035 asks to retire it).</summary>
public sealed class RetirementTests
{
    [Fact]
    public void ItemsOfARetiredStandardAreNotCountedAsOffered()
    {
        using var temp = TempCatalog.CopyOf(ReportFixture.SmallCatalog);
        var before = ReportFixture.Build(temp.CatalogDir);
        // S3 GG00101001 has one active implementation (I6) and one retired (I7).
        temp.Replace("standards/GG00101001.yaml", "status: 在用\n", "status: 已停用\nretiredOn: 2026-11-30\n");
        var after = ReportFixture.Build(temp.CatalogDir);
        Assert.Equal(before.Counts.Total - 1, after.Counts.Total);
        Assert.Equal(5, after.Figure("immediateShare").Denominator);
    }
}
