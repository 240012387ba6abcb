using CatalogTools.Core.Checking;
using CatalogTools.Core.Compliance;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.ServiceModes;

/// <summary>
/// A 一件事 may not take longer than its members handled one after another: bundling is meant to 减时限
/// (《平顶山市一体化政务服务能力提升实施方案》40), so a combined limit beyond the members' sum is worse than no bundle.
/// </summary>
public sealed class BundleLimitRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.BundleLimitWorse, category: "time", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var bundle in index.BundleList)
        {
            if (!BundleScope.Checks(context, bundle) || bundle.PromisedLimit is not { } limit) continue;
            var bound = ServiceModeChecks.LimitBound(ServiceModeChecks.OfferedMembers(index, bundle), limit.Unit);
            if (bound is null || Limits.Compare(limit, bound) <= 0) continue;
            context.Diagnostics.Report(Descriptor, bundle.Fields.Of("promisedLimit", bundle.Source), bundle.Code,
                ("bundle", bundle.Name), ("limit", LimitText(limit)), ("bound", LimitText(bound)));
        }
    }

    /// <summary>The limit always in the plural ("1 working days"), as this rule has always worded it.</summary>
    private static MessageText LimitText(Core.Model.TimeLimit l) =>
        new(l.Unit == Core.Model.Vocabulary.WorkingDays ? "timeLimit.workingDays" : "timeLimit.calendarDays", ("days", l.Days));
}
