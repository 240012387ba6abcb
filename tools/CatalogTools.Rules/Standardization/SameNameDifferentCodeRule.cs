using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Standardization;

/// <summary>
/// 同名不同码: within one region two items offered under the same name must be the same item.
/// Standard items are one "region" (the province's basic catalog). Grouped once by (region, name).
/// </summary>
public sealed class SameNameDifferentCodeRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.SameNameDifferentCode, category: "standard", severity: Severity.Warning);

    public void Check(CatalogIndex index, RuleContext context)
    {
        var standardsByName = new Dictionary<string, StandardItem>(StringComparer.Ordinal);
        foreach (var standard in index.StandardList)
        {
            if (!standard.IsActive) continue;
            if (!standardsByName.TryAdd(standard.Name, standard) && context.InScope(standard.Code))
            {
                context.Diagnostics.Report(Descriptor, standard.Fields.Of("name", standard.Source), standard.Code,
                    ("region", new MessageText("rulePhrase.theBasicCatalog")), ("name", standard.Name), ("first", standardsByName[standard.Name].Code), ("code", standard.Code));
            }
        }
        var byRegionAndName = new Dictionary<(string Region, string Name), Implementation>();
        foreach (var implementation in index.ImplementationList)
        {
            if (!implementation.IsActive || index.Resolve(implementation) is not { } item) continue;
            var name = item.Name;
            if (byRegionAndName.TryAdd((implementation.Region, name), implementation)) continue;
            var first = byRegionAndName[(implementation.Region, name)];
            if (first.StandardCode == implementation.StandardCode || !Scope.Covers(context, implementation)) continue;
            context.Diagnostics.Report(Descriptor, implementation.Fields.Of(implementation.Own.Name is null ? "standard" : "name", implementation.Source), implementation.Code,
                ("region", Names.Region(index, implementation.Region)), ("name", name), ("first", first.StandardCode), ("code", implementation.StandardCode));
        }
    }
}
