using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.LegalBasis;

/// <summary>No item or fee rests on a repealed law (已废止). Unknown laws are CAT0009.</summary>
public sealed class RepealedLawRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.RepealedLaw, category: "basis", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        if (index.Laws.Count == 0) return;
        WrittenElements.ForEach(index, context, w =>
        {
            foreach (var basis in w.Elements.Basis ?? []) Report(index, context, basis, w.Code);
            foreach (var fee in w.Elements.Fees ?? [])
            {
                if (fee.Basis is not null) Report(index, context, fee.Basis, w.Code);
            }
        });
    }

    private void Report(CatalogIndex index, RuleContext context, Core.Model.LegalBasis basis, string code)
    {
        if (!index.Laws.TryGetValue(basis.Law, out var law) || law.InForce) return;
        MessageArgument repealed = law.RepealedOn is null ? "" : new MessageText("rulePhrase.repealedSince", ("date", law.RepealedOn));
        context.Diagnostics.Report(Descriptor, basis.Source, code, ("law", basis.Law), ("repealed", repealed));
    }
}
