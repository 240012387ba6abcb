using System.Globalization;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Compliance;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.TimeLimits;

/// <summary>
/// Promised limits cut at least 75 % (natural-person items) or 70 % (items for legal persons)
/// off the statutory limit (《平顶山市一体化政务服务能力提升实施方案》一(一)1); thresholds from policy.yaml.
/// An item serving both is held to the stricter target, because it counts in both figures
/// (<see cref="CompressionTargets"/>). A warning: the target is for the province as a whole, not a
/// legal bound on one item.
/// </summary>
public sealed class CompressionBelowTargetRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.CompressionBelowTarget, category: "time", severity: Severity.Warning);

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var implementation in index.ImplementationList)
        {
            var promised = implementation.PromisedLimit;
            if (promised is null || promised.Days == 0 || !Scope.Checks(context, implementation) || index.Resolve(implementation) is not { } item) continue;
            var statutory = item.StatutoryLimit;
            // Longer than the law is CAT0045's finding.
            if (statutory is null || Limits.Compare(promised, statutory) > 0) continue;
            var achieved = CompressionTargets.Compression(statutory, promised);
            var objects = item.ServiceObjects;
            var strictest = CompressionTargets.StrictestFor(objects, index.Policy.Threshold);
            if (achieved is null || strictest is null || !CompressionTargets.Misses(achieved.Value, strictest.Value.Target)) continue;
            var target = strictest.Value.Target;
            var naturalPerson = strictest.Value.ServiceObject == Vocabulary.NaturalPerson;
            var maximum = new TimeLimit((int)Math.Floor(statutory.Days * (1 - target) + 1e-9), statutory.Unit);
            context.Diagnostics.Report(Descriptor, implementation.Fields.Of("promisedLimit", implementation.Source), implementation.Code,
                ("promised", LimitText.Of(promised)), ("statutory", LimitText.Of(statutory)), ("achieved", Percent(achieved.Value)), ("target", Percent(target)),
                ("object", naturalPerson ? new MessageText("rulePhrase.naturalPerson") : new MessageText("rulePhrase.legalPerson")),
                ("maximum", LimitText.Of(maximum)));
        }
    }

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
