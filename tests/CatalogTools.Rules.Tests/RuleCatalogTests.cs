using System.Text;
using System.Text.Json;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Loading;
using CatalogTools.Rules.Tests.Support;
using CatalogTools.Tests.Shared;
using Xunit;

namespace CatalogTools.Rules.Tests;

/// <summary>The rule set as a whole: ids, descriptors, listing, docs and the sample catalog.</summary>
public sealed class RuleCatalogTests
{
    private static string Docs => Path.Combine(RepoPaths.Root, "docs", "rules");

    [Fact]
    public void SampleCatalogHasNoErrorUnderEveryRule()
    {
        var loaded = new CatalogLoader(CatalogLocation.Find(RepoPaths.SampleCatalog)!).Load();
        var result = new Core.Checking.CatalogChecker(RuleSet.All, FixedClock.Default).Check(loaded);
        Assert.True(result.Summary.Errors == 0, FixtureCase.Render(result, Lang.Zh));
    }

    [Fact]
    public void EveryRuleIdIsAConstantInRuleIdsAndUsedOnce()
    {
        var constants = typeof(RuleIds).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        Assert.Equal(constants.Count, constants.Distinct().Count());
        var ids = RuleSet.Descriptors.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Contains(id, constants));
        Assert.All(constants, id => Assert.Contains(id, ids));
    }

    [Fact]
    public void EveryTranslationHasTheSamePlaceholders()
    {
        foreach (var rule in RuleSet.Descriptors)
        {
            Assert.Equal(MessageTemplateFormatter.Placeholders(rule.MessageZh).Order(), MessageTemplateFormatter.Placeholders(rule.MessageEn).Order());
            Assert.Equal(MessageTemplateFormatter.Placeholders(rule.FixZh).Order(), MessageTemplateFormatter.Placeholders(rule.FixEn).Order());
            Assert.False(string.IsNullOrWhiteSpace(rule.FixZh), rule.Id + " has no fix");
        }
    }

    [Fact]
    public void EveryPolicyRuleHasAFailingAndAPassingFixture()
    {
        foreach (var rule in RuleSet.Descriptors.Where(d => string.CompareOrdinal(d.Id, "CAT0030") >= 0 && string.CompareOrdinal(d.Id, "CAT0100") < 0))
        {
            var folder = Path.Combine(FixtureCase.Root, rule.Id);
            Assert.True(Directory.Exists(folder), $"no fixtures for {rule.Id}");
            var cases = Directory.GetDirectories(folder).Select(d => File.ReadAllText(Path.Combine(d, "expected.txt"), Encoding.UTF8)).ToList();
            Assert.Contains(cases, expected => expected.Contains($" {rule.Id} [", StringComparison.Ordinal));
            Assert.Contains(cases, expected => !expected.Contains($" {rule.Id} [", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void RulesCommandListsEveryRuleAsTextAndJson()
    {
        var text = CliRun.Run("rules");
        Assert.Equal(0, text.ExitCode);
        Assert.All(RuleSet.Descriptors, d => Assert.Contains($"{d.Id}  ", text.Out, StringComparison.Ordinal));
        Assert.Contains($"共 {RuleSet.Descriptors.Count} 条规则", text.Out, StringComparison.Ordinal);

        var json = CliRun.Run("rules", "--format", "json", "--lang", "en");
        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Out);
        var ids = document.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal(RuleSet.Descriptors.Select(d => d.Id), ids);
        Assert.Equal("Implementation diverges from its standard", document.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "CAT0030").GetProperty("title").GetString());
    }

    [Fact]
    public void RuleTableInDocsIsWhatTheCommandPrints()
    {
        var md = CliRun.Run("rules", "--format", "md");
        Assert.Equal(0, md.ExitCode);
        var committed = File.ReadAllText(Path.Combine(Docs, "README.md"), Encoding.UTF8).Replace("\r\n", "\n");
        Assert.True(committed == md.Out, "docs/rules/README.md is stale: run ./catalog.sh rules --format md > docs/rules/README.md");
    }

    [Fact]
    public void EveryRuleHasADocumentationPage()
    {
        foreach (var rule in RuleSet.Descriptors)
        {
            var page = Path.Combine(RepoPaths.Root, rule.HelpLink);
            Assert.True(File.Exists(page), $"{rule.Id} has no page {rule.HelpLink}");
            var text = File.ReadAllText(page, Encoding.UTF8);
            Assert.StartsWith($"# {rule.Id} {rule.TitleZh}", text, StringComparison.Ordinal);
            foreach (var section in new[] { "## 检查什么", "## 为什么", "## 错误示例", "## 修正示例", "## 配置" })
                Assert.Contains(section, text, StringComparison.Ordinal);
        }
        var pages = Directory.GetFiles(Docs, "CAT*.md").Select(Path.GetFileNameWithoutExtension).Order().ToList();
        Assert.Equal(RuleSet.Descriptors.Select(d => d.Id).Order(), pages);
    }

    [Fact]
    public void OnlineChannelSwitchMatchesTheVocabulary()
    {
        foreach (var channel in Core.Model.Vocabulary.Channels)
            Assert.Equal(Core.Model.Vocabulary.OnlineChannels.Contains(channel), Service.DepthChannelsRule.IsOnline(channel));
    }
}
