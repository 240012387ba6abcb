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
    public RuleDescriptor Descriptor { get; } = new(RuleIds.BundleVisitsWorse, category: "service", severity: Severity.Error);

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
