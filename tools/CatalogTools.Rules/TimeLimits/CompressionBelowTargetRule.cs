using System.Globalization;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.TimeLimits;

/// <summary>
/// Promised limits cut at least 75 % (natural-person items) or 70 % (items for legal persons)
/// off the statutory limit (seed 004 §(一)1); thresholds from policy.yaml. A warning: the target is
/// for the province as a whole, not a legal bound on one item.
/// </summary>
public sealed class CompressionBelowTargetRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.CompressionBelowTarget, "承诺时限压缩未达目标", "Promised limit not cut enough", "time", Severity.Warning,
        "承诺办结时限 {promised} 比法定时限 {statutory} 压缩 {achieved}，低于{object}事项的目标 {target}",
        "the promised limit {promised} is {achieved} shorter than the statutory {statutory}, below the {target} target for {object} items",
        "把承诺办结时限压缩到不超过 {maximum}", "promise at most {maximum}");

    public void Check(CatalogIndex index, RuleContext context)
    {
        var natural = index.Policy.Threshold("compressionNaturalPerson");
        var legal = index.Policy.Threshold("compressionLegalPerson");
        foreach (var implementation in index.ImplementationList)
        {
            var promised = implementation.PromisedLimit;
            if (promised is null || promised.Days == 0 || !Scope.Checks(context, implementation) || !index.Standards.TryGetValue(implementation.StandardCode, out var standard)) continue;
            var statutory = implementation.Own.StatutoryLimit ?? standard.Elements.StatutoryLimit;
            if (statutory is null || Limits.Compare(promised, statutory) > 0) continue;
            var achieved = Limits.Compression(promised, statutory);
            if (achieved is null) continue;
            var objects = implementation.Own.ServiceObjects ?? standard.Elements.ServiceObjects ?? [];
            var naturalOnly = objects.Count > 0;
            foreach (var o in objects) naturalOnly &= o == Vocabulary.NaturalPerson;
            var target = naturalOnly ? natural : legal;
            if (achieved.Value >= target - 1e-9) continue;
            var maximum = new TimeLimit((int)Math.Floor(statutory.Days * (1 - target) + 1e-9), statutory.Unit);
            context.Diagnostics.Report(Descriptor, implementation.Fields.Of("promisedLimit", implementation.Source), implementation.Code,
                ("promised", LimitText.Of(promised)), ("statutory", LimitText.Of(statutory)), ("achieved", Percent(achieved.Value)), ("target", Percent(target)),
                ("object", naturalOnly ? MessageTemplateFormatter.Localized("自然人", "natural-person") : MessageTemplateFormatter.Localized("法人", "legal-person")),
                ("maximum", LimitText.Of(maximum)));
        }
    }

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
