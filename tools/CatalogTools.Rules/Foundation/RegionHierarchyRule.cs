using CatalogTools.Core.Checking;
using CatalogTools.Core.Codes;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;

namespace CatalogTools.Rules.Foundation;

/// <summary>A region's declared level and parent agree with what its code implies.</summary>
public sealed class RegionHierarchyRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.RegionHierarchy, category: "code", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        if (context.Scope is not null) return;
        foreach (var region in index.Regions.Values)
        {
            var level = RegionCode.LevelOf(region.Code);
            if (level is null) continue;
            if (level != region.Level)
            {
                context.Diagnostics.Report(Descriptor, region.Source, region.Code, ("code", region.Code),
                    ("detail", new MessageText("rulePhrase.shouldBeLevel", ("level", level), ("actual", region.Level))));
                continue;
            }
            var parent = RegionCode.ParentOf(region.Code);
            if (parent is not null && region.Parent != parent && !(region.Parent is not null && IsAncestor(region.Parent, region.Code)))
            {
                context.Diagnostics.Report(Descriptor, region.Source, region.Code, ("code", region.Code),
                    ("detail", new MessageText("rulePhrase.shouldHaveParent", ("parent", parent), ("actual", region.Parent ?? (object)new MessageText("elementComparer.none")))));
            }
        }
    }

    /// <summary>Counties of a city-less province area may name the province; accept any true ancestor.</summary>
    private static bool IsAncestor(string candidate, string code)
    {
        for (var p = RegionCode.ParentOf(code); p is not null; p = RegionCode.ParentOf(p))
        {
            if (p == candidate) return true;
        }
        return false;
    }
}
