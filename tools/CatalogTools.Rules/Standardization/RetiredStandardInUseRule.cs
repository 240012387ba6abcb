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
    public RuleDescriptor Descriptor { get; } = new(RuleIds.RetiredStandardInUse, category: "standard", severity: Severity.Error);

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
                    ("retiredOn", standard.RetiredOn is { } retiredOn ? retiredOn : new MessageText("rulePhrase.noDate")));
            }
        }
    }
}
