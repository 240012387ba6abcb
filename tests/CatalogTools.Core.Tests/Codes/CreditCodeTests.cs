using CatalogTools.Core.Codes;
using CatalogTools.Core.Diagnostics;
using Xunit;

namespace CatalogTools.Core.Tests.Codes;

public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("115113010833722043")]
    [InlineData("11511301008778183N")]
    [InlineData("91350100M000100Y43")]
    [InlineData("11230125010320163G")]
    [InlineData("1123000005596320XF")]
    public void RealCodesPass(string code)
    {
        Assert.Null(CreditCode.Validate(code));
        Assert.True(CreditCode.IsValid(code));
    }

    [Theory]
    [InlineData("115113010833722044", CreditCodeFault.Check, "3")]           // position 18 altered
    [InlineData("11511301008778183M", CreditCodeFault.Check, "N")]
    [InlineData("91350100M000100Y44", CreditCodeFault.Check, "3")]
    [InlineData("115113010833722056", CreditCodeFault.OrganizationCheck, "4")] // position 17 altered, 18 recomputed
    [InlineData("91350100M000100YXG", CreditCodeFault.OrganizationCheck, "4")]
    [InlineData("11511301008778183", CreditCodeFault.Length, "17")]
    [InlineData("1151130100877818300", CreditCodeFault.Length, "19")]
    [InlineData("11511301O08778183N", CreditCodeFault.Character, "9:O")]
    [InlineData("1151130100877818sN", CreditCodeFault.Character, "17:s")]
    [InlineData("I15113010833722043", CreditCodeFault.Character, "1:I")]
    public void BrokenCodesSayWhatIsWrong(string code, CreditCodeFault fault, string detail)
    {
        var problem = CreditCode.Validate(code);
        Assert.NotNull(problem);
        Assert.Equal(fault, problem.Fault);
        Assert.Equal(detail, problem.Detail);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message.In(Lang.Zh)));
        Assert.False(string.IsNullOrWhiteSpace(problem.Message.In(Lang.En)));
    }

    [Fact]
    public void CheckCharactersFollowDomainMd()
    {
        // Independent of CreditCode: the weights and formulas as domain.md states them.
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
        int[] organizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];
        for (var i = 0; i < 17; i++) Assert.Equal((int)Math.Pow(3, i) % 31, weights[i]);
        var random = new Random(42);
        for (var n = 0; n < 500; n++)
        {
            var body = string.Concat(Enumerable.Range(0, 8).Select(_ => "0123456789ABCDEFGHJKLMNPQRTUWXY"[random.Next(31)]));
            var sum = body.Select((c, i) => (char.IsDigit(c) ? c - '0' : c - 'A' + 10) * organizationWeights[i]).Sum();
            var org = (11 - sum % 11) switch { 10 => 'X', 11 => '0', var v => (char)('0' + v) };
            var first17 = "11" + "230125" + body + org;
            var total = first17.Select((c, i) => alphabet.IndexOf(c) * weights[i]).Sum();
            var check = 31 - total % 31;
            var code = first17 + alphabet[check == 31 ? 0 : check];
            Assert.Equal(code, CreditCode.Build("11", "230125", body));
            Assert.True(CreditCode.IsValid(code), code);
        }
    }
}
