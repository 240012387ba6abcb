using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Fees;

/// <summary>A fee is charged only on a legal basis (收费依据).</summary>
public sealed class FeeWithoutBasisRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.FeeWithoutBasis, category: "fee", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        WrittenElements.ForEach(index, context, w =>
        {
            foreach (var fee in w.Elements.Fees ?? [])
            {
                if (fee.Charged && fee.Basis is null) context.Diagnostics.Report(Descriptor, fee.Source, w.Code, ("fee", fee.Name));
            }
        });
    }
}
