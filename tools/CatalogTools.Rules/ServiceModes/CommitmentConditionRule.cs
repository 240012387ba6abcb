using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.ServiceModes;

/// <summary>
/// 告知承诺 applies to a condition the guide states (《自治州推进政务服务“州内通办”一体化实施方案》三㈦): a
/// commitment condition not among the item's conditions promises applicants something the guide does not ask.
/// </summary>
public sealed class CommitmentConditionRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.CommitmentConditionUnknown, category: "standard", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var standard in index.StandardList)
        {
            if (!Scope.Checks(context, standard) || standard.CommitmentConditions.Count == 0) continue;
            var conditions = standard.Elements.Conditions ?? [];
            var at = standard.Fields.Of("commitmentConditions", standard.Source);
            foreach (var condition in standard.CommitmentConditions)
            {
                if (!conditions.Contains(condition)) context.Diagnostics.Report(Descriptor, at, standard.Code, ("condition", condition));
            }
        }
    }
}
