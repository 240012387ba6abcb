using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Standardization;

/// <summary>同码不同名: an implementation may not call its standard item by another name.</summary>
public sealed class SameCodeDifferentNameRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.SameCodeDifferentName, "同码不同名", "Same code, different name", "standard", Severity.Error,
        "{region}：事项名称写作『{name}』，而标准事项 {standard} 的名称是『{standardName}』（同码不同名）",
        "{region}: the item is named '{name}', but standard item {standard} is named '{standardName}' (same code, different name)",
        "删除实施清单中的 name，沿用标准名称『{standardName}』", "delete name from the implementation so it uses the standard name '{standardName}'");

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
