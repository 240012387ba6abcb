using CatalogTools.Core.Checking;
using CatalogTools.Core.Codes;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;

namespace CatalogTools.Rules.Foundation;

/// <summary>Implementations, agencies and regions' parents must name a registered region. A malformed code is CAT0012's (the root cause), not reported again here.</summary>
public sealed class UnknownRegionRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.UnknownRegion, category: "reference", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        if (index.Regions.Count == 0) return;
        foreach (var implementation in index.ImplementationList)
        {
            if (!context.InScope(implementation.Code) || implementation.Region.Length == 0 || index.Regions.ContainsKey(implementation.Region) || !RegionCode.IsWellFormed(implementation.Region)) continue;
            context.Diagnostics.Report(Descriptor, implementation.Fields.Of("region", implementation.Source), implementation.Code, ("region", implementation.Region));
        }
        if (context.Scope is not null) return;
        foreach (var agency in index.Agencies.Values)
        {
            if (!index.Regions.ContainsKey(agency.Region)) context.Diagnostics.Report(Descriptor, agency.Source, agency.Code, ("region", agency.Region));
        }
        foreach (var region in index.Regions.Values)
        {
            if (region.Parent is not null && !index.Regions.ContainsKey(region.Parent)) context.Diagnostics.Report(Descriptor, region.Source, region.Code, ("region", region.Parent));
        }
    }
}
