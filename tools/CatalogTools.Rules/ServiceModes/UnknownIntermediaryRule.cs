using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Schema;

namespace CatalogTools.Rules.ServiceModes;

/// <summary>
/// An item names the intermediary services it relies on by their code in the 中介服务事项清单
/// (registries/intermediary-services.yaml), so each has one published limit, fee and basis
/// (《黑龙江省加快推进“互联网+政务服务”工作方案》二(一)5).
/// </summary>
public sealed class UnknownIntermediaryRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.UnknownIntermediary, "引用了未登记的中介服务", "Unknown intermediary service", "reference", Severity.Error,
        "中介服务『{code}』未在 registries/intermediary-services.yaml 中登记", "intermediary service '{code}' is not in registries/intermediary-services.yaml",
        "使用中介服务事项清单中的编码，或先在 registries/intermediary-services.yaml 中登记该服务及其时限、收费与依据", "use a code from the intermediary-service list, or register the service with its limit, fee and basis first");

    public void Check(CatalogIndex index, RuleContext context)
    {
        foreach (var standard in index.StandardList)
        {
            if (!standard.IsActive || !context.InScope(standard.Code) || standard.Intermediaries.Count == 0) continue;
            var at = standard.Fields.Of("intermediaries", standard.Source);
            foreach (var code in standard.Intermediaries)
            {
                if (!index.IntermediaryServices.ContainsKey(code)) context.Diagnostics.Report(Descriptor, at, standard.Code, ("code", code));
            }
        }
    }
}
