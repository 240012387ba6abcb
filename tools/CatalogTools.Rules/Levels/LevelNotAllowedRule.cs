using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Levels;

/// <summary>An implementation's region is at a level its standard allows (行使层级).</summary>
public sealed class LevelNotAllowedRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.LevelNotAllowed, category: "level", severity: Severity.Error);

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
