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
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.DivergesFromStandard, "实施清单与标准事项不一致", "Implementation diverges from its standard", "standard", Severity.Error,
        "{region}：{changes}（标准事项 {standard}）", "{region}: {changes} (standard item {standard})",
        "删除实施清单中自行填写的这些要素以继承标准事项 {standard}，确需调整的请标准制定部门修改标准",
        "delete these elements from the implementation so it inherits standard item {standard}; if the standard is wrong, ask its owner to change it");

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
