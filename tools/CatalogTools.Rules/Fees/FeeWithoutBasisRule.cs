using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Fees;

/// <summary>A fee is charged only on a legal basis (收费依据).</summary>
public sealed class FeeWithoutBasisRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.FeeWithoutBasis, "收费无依据", "Fee charged without legal basis", "fee", Severity.Error,
        "收费『{fee}』没有收费依据", "fee '{fee}' is charged without a legal basis",
        "为该收费写明 basis（登记的法规及条款），没有依据的不得收费（charged: false）", "give the fee a basis (a registered law and article), or do not charge it (charged: false)");

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
