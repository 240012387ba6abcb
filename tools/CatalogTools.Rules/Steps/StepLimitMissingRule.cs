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
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.StepLimitMissing, "办理环节未写明时限", "Step without a time limit", "time", Severity.Warning,
        "办理环节『{step}』未写明时限", "step '{step}' does not state its time limit",
        "为该环节写 limit（days 和 unit；当场办结的写 0 天）", "give the step a limit (days and unit; 0 days when done on the spot)");

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
