using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;

namespace CatalogTools.Rules.Foundation;

/// <summary>A standard item's basic code follows the province's scheme and its item type.</summary>
public sealed class BasicCodeRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.MalformedBasicCode, "基本编码格式错误", "Malformed basic code", "code", Severity.Error,
        "基本编码『{code}』{detail}", "basic code '{code}' {detail}",
        "按 schemas/code-scheme.json 的编码方案填写：事项类型代码 + 5 位主项编号 + 3 位子项编号", "follow schemas/code-scheme.json: type code + 5-digit main item + 3-digit sub item");

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var standard in index.StandardList)
        {
            if (!context.InScope(standard.Code)) continue;
            var problem = index.Scheme.CheckBasicCode(standard.Code, standard.Elements.Type);
            if (problem is null) continue;
            context.Diagnostics.Report(Descriptor, standard.Fields.Of("code", standard.Source), standard.Code,
                ("code", standard.Code), ("detail", MessageTemplateFormatter.Localized(problem.Value.Zh, problem.Value.En)));
        }
    }
}
