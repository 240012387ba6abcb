using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;

namespace CatalogTools.Rules.Foundation;

/// <summary>An implementation must refer to an existing standard item.</summary>
public sealed class UnknownStandardRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.UnknownStandard, category: "reference", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            if (!context.InScope(implementation.Code) || implementation.StandardCode.Length == 0 || index.Standards.ContainsKey(implementation.StandardCode)) continue;
            context.Diagnostics.Report(Descriptor, implementation.Fields.Of("standard", implementation.Source), implementation.Code, ("standard", implementation.StandardCode));
        }
    }
}
