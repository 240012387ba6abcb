using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Standardization;

/// <summary>
/// 同一标准: an implementation's own copy of a standardized element must equal the standard's.
/// One error per implementation, element by element, at the first diverging element. A different
/// name alone is CAT0032 (同码不同名), so a rename is reported once.
/// </summary>
public sealed class DivergesFromStandardRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.DivergesFromStandard, category: "standard", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            if (implementation.Own.IsEmpty || !Scope.Checks(context, implementation)) continue;
            if (!index.Standards.TryGetValue(implementation.StandardCode, out var standard)) continue;
            var changes = Divergence.Of(implementation, standard);
            if (Blame.OnStandardChange(context, implementation, standard))
            {
                if (changes.Count > 0)
                    StandardChangedUnderRule.Report(context, index, implementation, standard, Divergence.DescribeAll(changes), Divergence.PositionOf(changes[0], implementation));
                continue;
            }
            changes.RemoveAll(c => c.Element == "name");
            if (changes.Count == 0) continue;
            context.Diagnostics.Report(Descriptor, Divergence.PositionOf(changes[0], implementation), implementation.Code,
                ("region", Names.Region(index, implementation.Region)), ("changes", Divergence.DescribeAll(changes)), ("standard", standard.Code));
        }
    }
}
