using CatalogTools.Core.Checking;
using CatalogTools.Core.Codes;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;

namespace CatalogTools.Rules.Foundation;

/// <summary>An implementation's agency must be registered. A code that fails its check characters is CAT0013's (the root cause), not reported again here.</summary>
public sealed class UnknownAgencyRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.UnknownAgency, category: "reference", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        if (index.Agencies.Count == 0) return;
        foreach (var implementation in index.ImplementationList)
        {
            if (!context.InScope(implementation.Code) || implementation.Agency.Length == 0 || index.Agencies.ContainsKey(implementation.Agency) || !CreditCode.IsValid(implementation.Agency)) continue;
            context.Diagnostics.Report(Descriptor, implementation.Fields.Of("agency", implementation.Source), implementation.Code, ("agency", implementation.Agency));
        }
    }
}
