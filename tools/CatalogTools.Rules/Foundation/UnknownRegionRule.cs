using CatalogTools.Core.Checking;
using CatalogTools.Core.Codes;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;

namespace CatalogTools.Rules.Foundation;

/// <summary>Implementations, agencies and regions' parents must name a registered region. A malformed code is CAT0012's (the root cause), not reported again here.</summary>
public sealed class UnknownRegionRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.UnknownRegion, "引用了未登记的行政区划", "Unknown region", "reference", Severity.Error,
        "区划代码『{region}』未在 registries/regions.yaml 中登记", "region code '{region}' is not in registries/regions.yaml",
        "改为已登记的区划代码，或先在 registries/regions.yaml 中登记该区划", "use a registered region code, or register the region in registries/regions.yaml first");

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
