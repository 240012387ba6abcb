using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.LegalBasis;

/// <summary>Every item states its legal basis (依据, 《哈尔滨市“一网通办”向基层延伸工作方案》（哈政办规〔2021〕7号）二(二)): a standard without one, or an implementation that empties it, is an error.</summary>
public sealed class MissingLegalBasisRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.MissingLegalBasis, category: "basis", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        WrittenElements.ForEach(index, context, w =>
        {
            var basis = w.Elements.Basis;
            var missing = w.IsStandard ? basis is null || basis.Count == 0 : basis is not null && basis.Count == 0;
            if (missing) context.Diagnostics.Report(Descriptor, w.At("basis"), w.Code);
        });
    }
}
