using System.Reflection;
using System.Text.RegularExpressions;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Rules;
using Xunit;

namespace CatalogTools.Core.Tests.Diagnostics;

/// <summary>The style guide's translation test: every rule says the same thing in both languages.</summary>
public sealed partial class RuleDescriptorTests
{
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    public static TheoryData<string> Ids() => new(RuleSet.Descriptors.Select(d => d.Id));

    private static RuleDescriptor Descriptor(string id) => RuleSet.Descriptors.Single(d => d.Id == id);

    [Theory]
    [MemberData(nameof(Ids))]
    public void ChineseAndEnglishTemplatesHaveTheSamePlaceholders(string id)
    {
        var d = Descriptor(id);
        Assert.Equal(MessageTemplateFormatter.Placeholders(d.MessageZh).Order(), MessageTemplateFormatter.Placeholders(d.MessageEn).Order());
        Assert.Equal(MessageTemplateFormatter.Placeholders(d.FixZh).Order(), MessageTemplateFormatter.Placeholders(d.FixEn).Order());
    }

    public static TheoryData<string> MessageIds() =>
        new(Messages.Zh.Table.Keys.Union(Messages.En.Table.Keys).Order(StringComparer.Ordinal));

    /// <summary>The same test over every message the tools print: both tables hold the id, with the same placeholders.</summary>
    [Theory]
    [MemberData(nameof(MessageIds))]
    public void EveryMessageHasBothLanguagesWithTheSamePlaceholders(string id)
    {
        Assert.True(Messages.Zh.Table.TryGetValue(id, out var zh), $"{id} has no Chinese text in Messages.Zh");
        Assert.True(Messages.En.Table.TryGetValue(id, out var en), $"{id} has no English text in Messages.En");
        Assert.False(string.IsNullOrWhiteSpace(zh), id);
        Assert.False(string.IsNullOrWhiteSpace(en), id);
        Assert.Equal(MessageTemplateFormatter.Placeholders(zh).Order(), MessageTemplateFormatter.Placeholders(en).Order());
    }

    [Fact]
    public void EveryRuleMessageBelongsToADescriptorAndEveryDescriptorHasItsThree()
    {
        var ids = RuleSet.Descriptors.Select(d => d.Id).ToHashSet();
        foreach (var key in Messages.Zh.Table.Keys.Where(k => k.StartsWith("CAT", StringComparison.Ordinal)))
        {
            Assert.Contains(key[..key.IndexOf('.')], ids);
        }
        foreach (var id in ids)
        {
            foreach (var part in new[] { ".title", ".message", ".fix" })
            {
                Assert.True(Messages.Zh.Table.ContainsKey(id + part), id + part);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void ChineseFirstEnglishOnRequest(string id)
    {
        var d = Descriptor(id);
        foreach (var zh in new[] { d.TitleZh, d.MessageZh, d.FixZh }) Assert.Matches(Chinese(), zh);
        foreach (var en in new[] { d.TitleEn, d.MessageEn, d.FixEn })
        {
            Assert.False(string.IsNullOrWhiteSpace(en));
            // English texts may quote the Chinese values users write in the files (网上办事大厅, 即办件),
            // and workbook rules name a sheet or column in English with its Chinese text in brackets,
            // as the text to look for in the (Chinese) workbook: 'copies (份数)'.
            var text = IsWorkbookRule(id) ? System.Text.RegularExpressions.Regex.Replace(en, @"\([^()]*\)", "") : en;
            Assert.DoesNotMatch(Chinese(), WithoutVocabulary(text));
        }
    }

    /// <summary>Sheet and column names editors see in the exported workbook, which is Chinese in every language.</summary>
    private static readonly string[] WorkbookLabels = ["事项目录", "办事指南", "申请材料", "办理环节", "收费", "填表说明", "状态"];

    private static bool IsWorkbookRule(string id) => string.CompareOrdinal(id, "CAT0150") >= 0 && string.CompareOrdinal(id, "CAT0199") <= 0;

    private static string WithoutVocabulary(string text)
    {
        var vocabulary = typeof(CatalogTools.Core.Model.Vocabulary).GetFields(BindingFlags.Public | BindingFlags.Static)
            .SelectMany(f => f.GetValue(null) switch { string s => new[] { s }, IEnumerable<string> list => list, _ => [] })
            .Concat(WorkbookLabels)
            .OrderByDescending(v => v.Length);
        foreach (var value in vocabulary) text = text.Replace(value, "", StringComparison.Ordinal);
        return text;
    }

    [Fact]
    public void IdsAreTheConstantsOfRuleIdsOnceEach()
    {
        var constants = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();
        Assert.Equal(constants.Count, constants.Distinct().Count());
        Assert.All(constants, id => Assert.Matches(@"^CAT\d{4}$", id));
        var ids = RuleSet.Descriptors.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Contains(id, constants));
        Assert.All(RuleSet.All, rule => Assert.Contains(rule.Descriptor.Id, ids));
    }
}
