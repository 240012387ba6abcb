using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;

namespace CatalogTools.Rules.Foundation;

/// <summary>A standard item's basic code follows the province's scheme and its item type.</summary>
public sealed class BasicCodeRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.MalformedBasicCode, category: "code", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var standard in index.StandardList)
        {
            if (!context.InScope(standard.Code)) continue;
            var problem = index.Scheme.CheckBasicCode(standard.Code, standard.Elements.Type);
            if (problem is null) continue;
            context.Diagnostics.Report(Descriptor, standard.Fields.Of("code", standard.Source), standard.Code,
                ("code", standard.Code), ("detail", problem));
        }
    }
}
