using CatalogTools.Core.Compliance;
using CatalogTools.Core.Diagnostics;
using Xunit;

namespace CatalogTools.Core.Tests.Diagnostics;

/// <summary>
/// Messages compare by content and hash by content, so equal details built apart can be pooled (the
/// compliance report keeps one instance of each drill-down detail).
/// </summary>
public sealed class MessageEqualityTests
{
    private static MessageText Gap(string material) => new("guideCompleteness.materialGaps",
        ("material", material), ("gaps", new MessageList("list.separator", [new MessageText("guideCompleteness.form"), "份数"])));

    [Fact]
    public void Equal_messages_built_apart_are_equal_and_hash_alike()
    {
        var one = new MessageList("reportDetail.gapSeparator", [Gap("身份证"), new MessageText("guideCompleteness.hours")]);
        var other = new MessageList("reportDetail.gapSeparator", [Gap("身份证"), new MessageText("guideCompleteness.hours")]);
        Assert.NotSame(one, other);
        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.Equal(Gap("户口簿").GetHashCode(), Gap("户口簿").GetHashCode());
    }

    [Fact]
    public void A_different_argument_deep_inside_makes_them_differ()
    {
        Assert.NotEqual(Gap("身份证"), Gap("户口簿"));
        // Hashes of the 12 materials below: a hash over the id and the count alone would give one value for all.
        var hashes = Enumerable.Range(0, 12).Select(i => Gap("材料" + i).GetHashCode()).Distinct().Count();
        Assert.True(hashes > 10, $"{hashes} distinct hashes of 12 distinct messages");
    }

    [Fact]
    public void The_material_gaps_are_one_shared_list_per_combination_worded_as_before()
    {
        var gaps = MaterialGap.Form | MaterialGap.SignatureSeal;
        Assert.Same(GuideCompleteness.Argument(gaps), GuideCompleteness.Argument(gaps));
        Assert.Equal("材料形式、签名签章要求", GuideCompleteness.Argument(gaps).In(Lang.Zh));
        Assert.Equal("", GuideCompleteness.Argument(MaterialGap.None).In(Lang.Zh));
    }
}
