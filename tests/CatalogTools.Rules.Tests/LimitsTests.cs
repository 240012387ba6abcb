using CatalogTools.Core.Model;
using CatalogTools.Rules.Support;
using Xunit;

namespace CatalogTools.Rules.Tests;

/// <summary>How time limits in 工作日 and 自然日 compare (5 working days = 7 calendar days).</summary>
public sealed class LimitsTests
{
    [Theory]
    [InlineData(60, "工作日", 60, "工作日", 0)]
    [InlineData(61, "工作日", 60, "工作日", 1)]
    [InlineData(84, "自然日", 60, "工作日", 0)]
    [InlineData(85, "自然日", 60, "工作日", 1)]
    [InlineData(20, "工作日", 28, "自然日", 0)]
    [InlineData(21, "工作日", 28, "自然日", 1)]
    public void ComparesAcrossUnits(int days, string unit, int otherDays, string otherUnit, int expected)
    {
        Assert.Equal(expected, Math.Sign(Limits.Compare(new TimeLimit(days, unit), new TimeLimit(otherDays, otherUnit))));
    }

    [Fact]
    public void CompressionIsTheShareCutOffTheStatutoryLimit()
    {
        Assert.Equal(0.75, Limits.Compression(new TimeLimit(15, "工作日"), new TimeLimit(60, "工作日"))!.Value, 6);
        Assert.Equal(0.75, Limits.Compression(new TimeLimit(21, "自然日"), new TimeLimit(60, "工作日"))!.Value, 6);
        Assert.Null(Limits.Compression(new TimeLimit(0, "工作日"), new TimeLimit(0, "工作日")));
    }

    [Fact]
    public void StepLimitsSumInThePromisedUnitRoundingUp()
    {
        Step S(int days, string unit) => new("审查", 1, new TimeLimit(days, unit), null, default);
        Assert.Equal(new TimeLimit(14, "工作日"), Limits.Sum([S(4, "工作日"), S(10, "工作日")], "工作日"));
        Assert.Equal(new TimeLimit(20, "自然日"), Limits.Sum([S(4, "工作日"), S(10, "工作日")], "自然日"));
        Assert.Equal(new TimeLimit(6, "工作日"), Limits.Sum([S(5, "工作日"), S(1, "自然日")], "工作日"));
        Assert.Null(Limits.Sum([new Step("受理", 1, null, null, default)], "工作日"));
    }
}
