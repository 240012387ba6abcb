using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Levels;

/// <summary>An implementation's region is at a level its standard allows (行使层级).</summary>
public sealed class LevelNotAllowedRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.LevelNotAllowed, "实施层级不在行使层级内", "Region level not allowed by the standard", "level", Severity.Error,
        "{region}是{level}，而标准事项 {standard} 的行使层级为 {levels}", "{region} is at level {level}, but standard item {standard} may be implemented at {levels} only",
        "由行使层级内的区划实施该事项，或请标准制定部门调整行使层级", "let a region at an allowed level implement it, or ask the standard's owner to change its levels");

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            if (!Scope.Checks(context, implementation) || !index.Standards.TryGetValue(implementation.StandardCode, out var standard)) continue;
            var level = index.LevelOf(implementation.Region);
            if (level is null || standard.Levels.Count == 0 || standard.Levels.Contains(level)) continue;
            context.Diagnostics.Report(Descriptor, implementation.Fields.Of("region", implementation.Source), implementation.Code,
                ("region", Names.Region(index, implementation.Region)), ("level", level), ("standard", standard.Code), ("levels", string.Join("、", standard.Levels)));
        }
    }
}
