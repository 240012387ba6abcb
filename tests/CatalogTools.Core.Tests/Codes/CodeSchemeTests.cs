using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Codes;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Core.Tests.Codes;

public sealed class CodeSchemeTests
{
    private static readonly CodeScheme Scheme = CodeScheme.Load(Path.Combine(RepoPaths.Schemas, "code-scheme.json"));

    [Theory]
    [InlineData("XK00101001", "行政许可")]
    [InlineData("GG00501001", "公共服务")]
    [InlineData("CJ00101001", "行政裁决")]
    [InlineData("QT12345999", "其他行政权力")]
    [InlineData("XK00101001", null)]
    public void WellFormedBasicCodesPass(string code, string? type) => Assert.Null(Scheme.CheckBasicCode(code, type));

    [Theory]
    [InlineData("XK0010100", "行政许可")]
    [InlineData("XK001010011", "行政许可")]
    [InlineData("xk00101001", "行政许可")]
    [InlineData("X100101001", "行政许可")]
    [InlineData("XK00101001", "行政裁决")] // the type code must be the item type's
    public void MalformedBasicCodesAreRejected(string code, string type)
    {
        var problem = Scheme.CheckBasicCode(code, type);
        Assert.NotNull(problem);
        Assert.NotEmpty(problem.In(Lang.Zh));
        Assert.NotEmpty(problem.In(Lang.En));
    }

    [Fact]
    public void EveryItemTypeHasATypeCode()
    {
        Assert.Equal(CatalogTools.Core.Model.Vocabulary.ItemTypes.Order(), Scheme.TypeCodes.Keys.Order());
        Assert.Equal(Scheme.TypeCodes.Count, Scheme.TypeCodes.Values.Distinct().Count());
    }

    [Fact]
    public void ImplementationCodesAreBuiltFromTheirParts()
    {
        Assert.Equal("XK00101001-230125-11230125010320163G", Scheme.BuildImplementationCode("XK00101001", "230125", "11230125010320163G", null));
        Assert.Equal("XK00101001-230125-11230125010320163G-01", Scheme.BuildImplementationCode("XK00101001", "230125", "11230125010320163G", "01"));
        Assert.True(Scheme.IsValidSuffix("01"));
        Assert.False(Scheme.IsValidSuffix("1"));
        Assert.False(Scheme.IsValidSuffix("AB"));
    }
}
