using CatalogTools.Core.Checking;
using CatalogTools.Core.Codes;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;

namespace CatalogTools.Rules.Foundation;

/// <summary>Region codes are GB/T 2260 six digits or 12-digit statistical codes.</summary>
public sealed class RegionCodeRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.MalformedRegionCode, "区划代码格式错误", "Malformed region code", "code", Severity.Error,
        "区划代码『{code}』格式错误：应为 6 位（GB/T 2260）或 12 位统计用区划代码", "region code '{code}' is malformed: it must be 6 digits (GB/T 2260) or a 12-digit statistical code",
        "按 GB/T 2260 填写，例如 230125（宾县）或 230125100000（宾州镇），全部数字并加引号", "write it as GB/T 2260 digits, e.g. 230125 or 230125100000, quoted");

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
