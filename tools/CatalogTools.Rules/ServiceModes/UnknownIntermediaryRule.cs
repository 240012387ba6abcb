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
    public RuleDescriptor Descriptor { get; } = new(RuleIds.UnknownIntermediary, category: "reference", severity: Severity.Error);

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
