using CatalogTools.Core.Codes;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Matching;
using Xunit;

namespace CatalogTools.Rules.Tests;

/// <summary>Name normalization, near misses, and messages that show the cause (full-width, traditional, invisible).</summary>
public sealed class NameMatchingTests
{
    [Theory]
    [InlineData("居住证明 ", "居住证明")]
    [InlineData("婚姻状况\u3000证明", "婚姻状况证明")]
    [InlineData("居住\u200B证明", "居住证明")]
    [InlineData("居住證明", "居住证明")]
    [InlineData("營業執照", "营业执照")]
    [InlineData("居住证明【居住地】", "居住证明(居住地)")]
    [InlineData("居住证明（居住地）", "居住证明(居住地)")]
    [InlineData("居住证明〔居住地〕", "居住证明(居住地)")]
    [InlineData("ＩＤ卡", "id卡")]
    [InlineData("“居住”证明", "居住证明")]
    public void NormalizesWhatEditorsWriteDifferently(string written, string key) => Assert.Equal(key, NameKey.Of(written));

    [Theory]
    [InlineData("身份证复印件", "身份证")]
    [InlineData("身份证(原件)", "身份证")]
    [InlineData("营业执照副本复印件", "营业执照")]
    [InlineData("复印件", "复印件")]
    public void DropsATrailingFormWord(string key, string bare) => Assert.Equal(bare, NameKey.WithoutForm(key));

    [Theory]
    [InlineData("个人收入证明", "收入证明", true)]
    [InlineData("身份证", "居民身份证", true)]
    [InlineData("收入证明", "收入证明(申请最低生活保障)", true)]
    [InlineData("婚姻状态证明", "婚姻状况证明", true)]
    [InlineData("居住证", "居住证明", false)]
    [InlineData("居民身份证申领登记表", "居民身份证", false)]
    [InlineData("结婚证", "离婚证", false)]
    public void NearMissesAreCloseButNotCertain(string written, string registry, bool near) =>
        Assert.Equal(near, NameMatcher<string>.IsNear(written, registry));

    [Fact]
    public void AnAliasIsCertainAndScopeFiltersEntries()
    {
        var matcher = new NameMatcher<string>(["居民身份证"], e => [e, "身份证"]);
        var match = matcher.Find("身份证复印件");
        Assert.Equal(MatchCertainty.Certain, match.Certainty);
        Assert.Equal("身份证", match.MatchedName);
        Assert.Equal(MatchCertainty.None, matcher.Find("身份证", _ => false).Certainty);
    }

    [Theory]
    [InlineData("居住证明 ", "居住证明⟨末尾1个空格⟩")]
    [InlineData("婚姻状况\u3000证明", "婚姻状况⟨U+3000（全角空格）⟩证明")]
    [InlineData("居住證明", "居住⟨繁体證（证）⟩明")]
    [InlineData("ＩＤ", "⟨全角Ｉ⟩⟨全角Ｄ⟩")]
    [InlineData("居住\u200B证明", "居住⟨U+200B⟩证明")]
    [InlineData("居住证明", "居住证明")]
    public void MessagesShowWhatTheEyeCannotSee(string name, string shown) =>
        Assert.Equal(shown, VisibleText.Of(name).In(Lang.Zh));

    [Fact]
    public void AFullWidthCheckCharacterIsNamed()
    {
        // 11230125042822379D with its check character written full-width.
        var problem = CreditCode.Validate("11230125042822379Ｄ")!;
        Assert.Equal("第 18 位是全角Ｄ，应为半角大写 D", problem.Message.In(Lang.Zh));
        Assert.Equal("position 18 is full-width Ｄ, should be the half-width capital D", problem.Message.In(Lang.En));
        Assert.Equal("第 18 位是小写 d，应为半角大写 D", CreditCode.Validate("11230125042822379d")!.Message.In(Lang.Zh));
        Assert.Contains("U+3000", CreditCode.Validate("1123012504282237\u3000D")!.Message.In(Lang.Zh), StringComparison.Ordinal);
    }
}
