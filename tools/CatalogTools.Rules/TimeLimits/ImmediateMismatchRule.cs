using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.TimeLimits;

/// <summary>即办件 promise 0 days, and a 0-day promise is a 即办件.</summary>
public sealed class ImmediateMismatchRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.ImmediateMismatch, "办件类型与承诺时限不符", "Handling type contradicts the promised limit", "time", Severity.Error,
        "办件类型为{type}，承诺办结时限却是 {promised}", "the handling type is {type} but the promised limit is {promised}",
        "即办件的承诺办结时限填 0；承诺时限大于 0 的事项为承诺件", "an 即办件 promises 0 days; an item promising more than 0 days is a 承诺件");

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
