using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.TimeLimits;

/// <summary>The promised limit (承诺办结时限) is no longer than the statutory limit (《平顶山市一体化政务服务能力提升实施方案》一(一)1).</summary>
public sealed class PromisedExceedsStatutoryRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.PromisedExceedsStatutory, category: "time", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            var promised = implementation.PromisedLimit;
            if (promised is null || !Scope.Checks(context, implementation) || index.Resolve(implementation) is not { } item) continue;
            var statutory = item.StatutoryLimit;
            if (statutory is null || Limits.Compare(promised, statutory) <= 0) continue;
            context.Diagnostics.Report(Descriptor, implementation.Fields.Of("promisedLimit", implementation.Source), implementation.Code,
                ("promised", LimitText.Of(promised)), ("statutory", LimitText.Of(statutory)));
        }
    }
}
