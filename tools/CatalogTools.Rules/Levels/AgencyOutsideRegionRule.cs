using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Levels;

/// <summary>The implementing agency belongs to the implementation's region (once that region is a registered one: an unknown region is CAT0007's or CAT0012's).</summary>
public sealed class AgencyOutsideRegionRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.AgencyOutsideRegion, category: "level", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            if (!Scope.Checks(context, implementation) || !index.Agencies.TryGetValue(implementation.Agency, out var agency)) continue;
            if (index.Regions.Count > 0 && !index.Regions.ContainsKey(implementation.Region)) continue;
            if (agency.Region == implementation.Region) continue;
            context.Diagnostics.Report(Descriptor, implementation.Fields.Of("agency", implementation.Source), implementation.Code,
                ("agency", agency.Name), ("agencyRegion", Names.Region(index, agency.Region)), ("region", Names.Region(index, implementation.Region)));
        }
    }
}
