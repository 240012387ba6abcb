using System.Globalization;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Service;

/// <summary>四级 (全程网办) means no on-site visit; 三级 at most one (domain brief, 《平顶山市一体化政务服务能力提升实施方案》一(一)1).</summary>
public sealed class DepthVisitsRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.DepthVisits, category: "service", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            if (implementation.Visits is not int visits || !Scope.Checks(context, implementation)) continue;
            var maximum = implementation.OnlineDepth switch { "四级" => 0, "三级" => 1, _ => int.MaxValue };
            if (visits <= maximum) continue;
            context.Diagnostics.Report(Descriptor, implementation.Fields.Of("visits", implementation.Source), implementation.Code,
                ("depth", implementation.OnlineDepth!), ("visits", visits.ToString(CultureInfo.InvariantCulture)), ("maximum", maximum.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
