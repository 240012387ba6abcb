using System.Globalization;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Compliance;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;

namespace CatalogTools.Rules.ServiceModes;

/// <summary>
/// A 一件事 asks for no more on-site visits than its most demanding member: one trip serves every member
/// (一件事一次办; 减跑动, 《平顶山市一体化政务服务能力提升实施方案》40).
/// </summary>
public sealed class BundleVisitsRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.BundleVisitsWorse, "一件事跑动次数多于成员", "One-thing bundle needs more visits than its members", "service", Severity.Error,
        "一件事『{bundle}』需到现场 {visits} 次，多于成员中最多的 {bound} 次", "the one-thing bundle '{bundle}' needs {visits} visits, more than its most demanding member ({bound})",
        "把 visits 减到不超过 {bound}", "reduce visits to at most {bound}");

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var bundle in index.BundleList)
        {
            if (!BundleScope.Checks(context, bundle) || bundle.Visits is not int visits) continue;
            var bound = ServiceModeChecks.VisitsBound(ServiceModeChecks.OfferedMembers(index, bundle));
            if (bound is null || visits <= bound) continue;
            context.Diagnostics.Report(Descriptor, bundle.Fields.Of("visits", bundle.Source), bundle.Code,
                ("bundle", bundle.Name), ("visits", visits.ToString(CultureInfo.InvariantCulture)), ("bound", bound.Value.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
