using CatalogTools.Core.Checking;
using CatalogTools.Core.Compliance;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;

namespace CatalogTools.Rules.ServiceModes;

/// <summary>
/// Every member of a 一件事 is an implementation that exists and is offered (not 已停用, nor over a retired
/// standard): an applicant cannot be sent to an item nobody handles (《自治州推进政务服务“州内通办”一体化实施方案》三㈥).
/// </summary>
public sealed class BundleMemberRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.BundleMember, category: "service", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var bundle in index.BundleList)
        {
            if (!BundleScope.Checks(context, bundle)) continue;
            for (var i = 0; i < bundle.Members.Count; i++)
            {
                if (ServiceModeChecks.MemberProblem(index, bundle.Members[i]) is not { } problem) continue;
                var at = i < bundle.MemberSources.Count ? bundle.MemberSources[i] : bundle.Fields.Of("members", bundle.Source);
                var text = problem == BundleMemberProblem.Unknown
                    ? new MessageText("rulePhrase.doesNotExistNoImplementationHas")
                    : new MessageText("rulePhrase.isRetiredOrItsStandardItem");
                context.Diagnostics.Report(Descriptor, at, bundle.Code, ("bundle", bundle.Name), ("member", bundle.Members[i]), ("problem", text));
            }
        }
    }
}
