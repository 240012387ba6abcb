using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Standardization;

/// <summary>同码不同名: an implementation may not call its standard item by another name.</summary>
public sealed class SameCodeDifferentNameRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.SameCodeDifferentName, category: "standard", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            var name = implementation.Own.Name;
            if (name is null || !Scope.Checks(context, implementation)) continue;
            if (!index.Standards.TryGetValue(implementation.StandardCode, out var standard) || standard.Name == name) continue;
            // A standard renamed under an unchanged implementation is CAT0036's finding (reported by CAT0030).
            if (Blame.OnStandardChange(context, implementation, standard)) continue;
            context.Diagnostics.Report(Descriptor, implementation.Fields.Of("name", implementation.Source), implementation.Code,
                ("region", Names.Region(index, implementation.Region)), ("name", name), ("standard", standard.Code), ("standardName", standard.Name));
        }
    }
}
