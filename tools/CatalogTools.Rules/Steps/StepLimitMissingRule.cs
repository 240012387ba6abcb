using CatalogTools.Core.Checking;
using CatalogTools.Core.Compliance;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Steps;

/// <summary>
/// Every step states its time limit (《黑龙江省加快推进“互联网+政务服务”工作方案》二(一)1: 流程、时限;
/// 《哈尔滨市“一网通办”向基层延伸工作方案》（哈政办规〔2021〕7号）二(二): 办理环节…时限). A step done on the
/// spot says 0 days. CAT0047 then checks that the limits fit the promise.
/// </summary>
public sealed class StepLimitMissingRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.StepLimitMissing, category: "time", severity: Severity.Warning);

    public void Check(CatalogIndex index, RuleContext context)
    {
        WrittenElements.ForEach(index, context, w =>
        {
            foreach (var step in w.Elements.Steps ?? [])
            {
                if (!GuideCompleteness.HasLimit(step)) context.Diagnostics.Report(Descriptor, step.Source, w.Code, ("step", step.Name));
            }
        });
    }
}
