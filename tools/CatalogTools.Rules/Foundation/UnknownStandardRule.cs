using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;

namespace CatalogTools.Rules.Foundation;

/// <summary>An implementation must refer to an existing standard item.</summary>
public sealed class UnknownStandardRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.UnknownStandard, "引用了不存在的标准事项", "Unknown standard item", "reference", Severity.Error,
        "标准事项『{standard}』不存在（standards/ 下没有该基本编码）", "standard item '{standard}' does not exist (no such basic code under standards/)",
        "把 standard 改为 standards/ 中已有的基本编码", "set standard to a basic code that exists under standards/");

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            if (!context.InScope(implementation.Code) || implementation.StandardCode.Length == 0 || index.Standards.ContainsKey(implementation.StandardCode)) continue;
            context.Diagnostics.Report(Descriptor, implementation.Fields.Of("standard", implementation.Source), implementation.Code, ("standard", implementation.StandardCode));
        }
    }
}
