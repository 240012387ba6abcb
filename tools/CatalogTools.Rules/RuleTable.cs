using System.Text;
using CatalogTools.Core.Diagnostics;

namespace CatalogTools.Rules;

/// <summary>
/// The rule table of docs/rules/README.md, generated from the descriptors (`catalog rules --format md`).
/// A test fails when the committed page differs, so the docs cannot go stale.
/// </summary>
public static class RuleTable
{
    public static string Markdown(IReadOnlyList<RuleDescriptor> rules)
    {
        var text = new StringBuilder();
        text.Append("# 规则一览 / Rules\n\n");
        text.Append("<!-- 本文件由 `./catalog.sh rules --format md > docs/rules/README.md` 生成，请勿手工修改。 Generated: do not edit. -->\n\n");
        text.Append("CAT0001–CAT0099 由 `catalog check` 报告，CAT0100–CAT0149 由 `catalog lock --check`，CAT0150–CAT0199 由 `catalog import`，CAT0200–CAT0249 由 `catalog audit`。每条规则一页：检查什么、依据哪项政策、错误示例与修正示例、如何配置。\n\n");
        text.Append("| 编号 | 级别 | 类别 | 规则 | Rule |\n|---|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            text.Append("| [").Append(rule.Id).Append("](").Append(rule.Id).Append(".md) | ")
                .Append(SeverityText.Label(rule.DefaultSeverity, Lang.Zh)).Append(" | ")
                .Append(rule.Category).Append(" | ")
                .Append(Cell(rule.TitleZh)).Append(" | ")
                .Append(Cell(rule.TitleEn)).Append(" |\n");
        }
        text.Append("\n共 ").Append(rules.Count).Append(" 条规则。\n\n");
        text.Append("## 配置 / Configuration\n\n");
        text.Append("- 全省调整级别：在 `catalog/policy.yaml` 的 `severity:` 下写 `CAT0048: warning`（可选 `error`、`warning`、`info`、`off`）。\n");
        text.Append("- 单个文件豁免：在该文件中写注释 `# catalog-disable CAT0045 until 2027-06-30: 理由`；理由和到期日期必填，过期或无理由的豁免本身报 CAT0018，已豁免的诊断计入汇总。\n");
        text.Append("- 阈值（如压缩率目标）在 `catalog/policy.yaml` 的 `thresholds:` 下设置。\n");
        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
