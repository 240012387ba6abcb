using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.ServiceModes;

/// <summary>帮办代办 offered must say whom to call: an offer nobody can reach is not an offer.</summary>
public sealed class AssistanceContactRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.AssistanceWithoutContact, category: "service", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            if (!Scope.Checks(context, implementation) || implementation.Assistance is not { Offered: true } assistance) continue;
            if (!string.IsNullOrWhiteSpace(assistance.Hotline)) continue;
            context.Diagnostics.Report(Descriptor, assistance.Source, implementation.Code);
        }
    }
}
