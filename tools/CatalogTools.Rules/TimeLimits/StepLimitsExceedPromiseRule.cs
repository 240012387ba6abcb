using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.TimeLimits;

/// <summary>The limits of the steps (as the applicant's guide shows them) add up to no more than the promise.</summary>
public sealed class StepLimitsExceedPromiseRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.StepLimitsExceedPromise, "环节时限之和超过承诺时限", "Step limits add up to more than the promise", "time", Severity.Error,
        "各办理环节时限之和为 {sum}，超过承诺办结时限 {promised}", "the step limits add up to {sum}, more than the promised limit {promised}",
        "压缩环节时限使其合计不超过 {promised}，或（在法定时限内）放宽承诺时限", "shorten the step limits to {promised} in total, or promise more (within the statutory limit)");

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            var promised = implementation.PromisedLimit;
            if (promised is null || !Scope.Checks(context, implementation) || index.Resolve(implementation) is not { } item) continue;
            var steps = item.Steps;
            var sum = Limits.Sum(steps, promised.Unit);
            if (sum is null || Limits.Compare(sum, promised) <= 0) continue;
            var at = implementation.Own.Steps is not null ? implementation.Fields.Of("steps", implementation.Source) : implementation.Fields.Of("promisedLimit", implementation.Source);
            context.Diagnostics.Report(Descriptor, at, implementation.Code, ("sum", LimitText.Of(sum)), ("promised", LimitText.Of(promised)));
        }
    }
}
