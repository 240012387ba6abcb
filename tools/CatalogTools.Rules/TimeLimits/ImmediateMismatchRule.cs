using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.TimeLimits;

/// <summary>即办件 promise 0 days, and a 0-day promise is a 即办件.</summary>
public sealed class ImmediateMismatchRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.ImmediateMismatch, category: "time", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            var promised = implementation.PromisedLimit;
            // An unknown handling type is the schema's finding (CAT0004); judging it here would report it twice.
            if (promised is null || !Vocabulary.HandlingTypes.Contains(implementation.HandlingType ?? "") || !Scope.Checks(context, implementation)) continue;
            var immediate = implementation.HandlingType == Vocabulary.Immediate;
            if (immediate == (promised.Days == 0)) continue;
            context.Diagnostics.Report(Descriptor, implementation.Fields.Of("handlingType", implementation.Source), implementation.Code,
                ("type", implementation.HandlingType!), ("promised", LimitText.Of(promised)));
        }
    }
}
