using CatalogTools.Core.Checking;
using CatalogTools.Core.Codes;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;

namespace CatalogTools.Rules.Foundation;

/// <summary>Region codes are GB/T 2260 six digits or 12-digit statistical codes.</summary>
public sealed class RegionCodeRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.MalformedRegionCode, category: "code", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        if (context.Scope is null)
        {
            foreach (var region in index.Regions.Values)
            {
                if (RegionCode.LevelOf(region.Code) is null) context.Diagnostics.Report(Descriptor, region.Source, region.Code, ("code", region.Code));
            }
        }
        foreach (var implementation in index.ImplementationList)
        {
            if (!context.InScope(implementation.Code) || implementation.Region.Length == 0 || RegionCode.LevelOf(implementation.Region) is not null) continue;
            context.Diagnostics.Report(Descriptor, implementation.Fields.Of("region", implementation.Source), implementation.Code, ("code", implementation.Region));
        }
    }
}
