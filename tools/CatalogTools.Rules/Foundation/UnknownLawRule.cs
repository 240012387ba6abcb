using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;

namespace CatalogTools.Rules.Foundation;

/// <summary>Every legal basis (of an item, a fee, an online exemption or an intermediary service) must cite a registered law by its exact title.</summary>
public sealed class UnknownLawRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.UnknownLaw, category: "reference", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        if (!index.PresentFiles.Contains(Core.Schema.FileKind.Laws)) return;
        foreach (var standard in index.StandardList)
        {
            if (!context.InScope(standard.Code)) continue;
            CheckElements(index, context, standard.Elements, standard.Code);
            if (standard.OnlineExemption?.Basis is { } exemption && !index.Laws.ContainsKey(exemption.Law)) context.Diagnostics.Report(Descriptor, exemption.Source, standard.Code, ("law", exemption.Law));
        }
        foreach (var service in index.IntermediaryServices.Values.OrderBy(s => s.Source.Line))
        {
            if (context.Scope is null && service.Basis is { } b && !index.Laws.ContainsKey(b.Law)) context.Diagnostics.Report(Descriptor, b.Source, service.Code, ("law", b.Law));
        }
        foreach (var implementation in index.ImplementationList)
        {
            if (context.InScope(implementation.Code)) CheckElements(index, context, implementation.Own, implementation.Code);
        }
    }

    private void CheckElements(CatalogIndex index, RuleContext context, StandardElements elements, string code)
    {
        foreach (var basis in elements.Basis ?? [])
        {
            if (!index.Laws.ContainsKey(basis.Law)) context.Diagnostics.Report(Descriptor, basis.Source, code, ("law", basis.Law));
        }
        foreach (var fee in elements.Fees ?? [])
        {
            if (fee.Basis is not null && !index.Laws.ContainsKey(fee.Basis.Law)) context.Diagnostics.Report(Descriptor, fee.Basis.Source, code, ("law", fee.Basis.Law));
        }
    }
}
