using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Standardization;

/// <summary>
/// A retired standard item is retired everywhere (《黑龙江省加快推进“互联网+政务服务”工作方案》二(一)5:
/// cancelled or devolved items followed through, 动态调整). Each implementation still marked 在用 over
/// a 已停用 standard is an error at that implementation: it is no longer counted or published, so
/// leaving it active would let it vanish silently.
/// </summary>
public sealed class RetiredStandardInUseRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.RetiredStandardInUse, "标准事项已停用而实施清单仍在用", "Standard retired, implementation still active", "standard", Severity.Error,
        "{region}的实施清单仍为在用，而标准事项 {standard}『{name}』已于 {retiredOn} 停用；该事项不再计入报表，也不再发布到任何渠道",
        "the implementation in {region} is still active, but standard item {standard} '{name}' was retired on {retiredOn}; it is no longer counted in reports nor published to any channel",
        "把本实施清单的 status 改为 已停用 并写上 retiredOn；若事项改由新的标准事项承接，按新标准另建实施清单",
        "set this implementation's status to 已停用 with retiredOn; if a new standard item takes over, create an implementation of it");

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var standard in index.StandardList)
        {
            if (standard.IsActive) continue;
            foreach (var implementation in index.ImplementationsOf(standard.Code))
            {
                if (!implementation.IsActive || !Scope.Covers(context, implementation)) continue;
                context.Diagnostics.Report(Descriptor, implementation.Fields.Of("status", implementation.Source), implementation.Code,
                    ("region", Names.Region(index, implementation.Region)), ("standard", standard.Code), ("name", standard.Name),
                    ("retiredOn", standard.RetiredOn ?? MessageTemplateFormatter.Localized("（未写日期）", "(no date)")));
            }
        }
    }
}
