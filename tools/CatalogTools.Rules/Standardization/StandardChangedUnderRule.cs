using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Standardization;

/// <summary>
/// The standard changed under an implementation that did not: its own elements now differ from the
/// new standard. An info at the implementation that names the standard's change, not an instruction
/// to copy it (the county that kept its own correct list is not blamed for the province's edit).
/// Reported by CAT0030 in place of itself and of CAT0034 (see <see cref="Blame"/>); this rule's own
/// pass does nothing.
/// </summary>
public sealed class StandardChangedUnderRule : ICatalogRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.StandardChangedUnder, "标准事项修改后实施清单与之不同", "Standard changed under an implementation", "standard", Severity.Info,
        "标准事项 {standard} 在本次修改中改变（{standardFile}），{region}未改动的实施清单自填要素与新标准不同：{changes}",
        "standard item {standard} changed in this change ({standardFile}); the unchanged implementation in {region} now differs from it: {changes}",
        "请标准制定部门核对这次修改：若新标准正确，通知实施单位调整；若实施清单的写法正确（例如标准新增了已取消的证明），应修正标准",
        "the standard's owner should review this change: if the new standard is right, tell the implementing office; if the implementation is right (say the standard gained a cancelled proof), fix the standard");

    public RuleDescriptor Descriptor => Rule;

    public void Check(CatalogIndex index, RuleContext context)
    {
    }

    public static void Report(RuleContext context, CatalogIndex index, Implementation implementation, StandardItem standard, string changes, SourceRef at) =>
        context.Diagnostics.Report(Rule, at, implementation.Code,
            ("standard", standard.Code), ("standardFile", standard.Source.File), ("region", Names.Region(index, implementation.Region)), ("changes", changes));
}
