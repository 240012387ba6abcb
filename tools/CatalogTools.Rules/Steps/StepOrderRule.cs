using System.Globalization;
using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Steps;

/// <summary>
/// Steps follow the standard order 咨询, 预审, 申请, 受理, 审查, 决定, 决定公开, 证件制作与送达, 收费
/// (《哈尔滨市“一网通办”向基层延伸工作方案》（哈政办规〔2021〕7号）二(二)), each at most once, and their order numbers increase. Unknown names are
/// rejected by the schema (CAT0004).
/// </summary>
public sealed class StepOrderRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.StepOrder, category: "step", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        WrittenElements.ForEach(index, context, w =>
        {
            var steps = w.Elements.Steps;
            if (steps is null) return;
            for (var i = 1; i < steps.Count; i++)
            {
                var previous = steps[i - 1];
                var step = steps[i];
                var rankPrevious = Vocabulary.StepOrder(previous.Name);
                var rank = Vocabulary.StepOrder(step.Name);
                if (rank >= 0 && rankPrevious >= 0 && rank <= rankPrevious)
                {
                    var detail = rank == rankPrevious
                        ? new MessageText("rulePhrase.appearsTwice")
                        : new MessageText("rulePhrase.mustComeBefore", ("previous", previous.Name));
                    context.Diagnostics.Report(Descriptor, step.Source, w.Code, ("step", step.Name), ("detail", detail));
                    return;
                }
                if (step.Order <= previous.Order)
                {
                    var order = step.Order.ToString(CultureInfo.InvariantCulture);
                    var before = previous.Order.ToString(CultureInfo.InvariantCulture);
                    context.Diagnostics.Report(Descriptor, step.Source, w.Code, ("step", step.Name),
                        ("detail", new MessageText("rulePhrase.orderNotGreater", ("order", order), ("before", before))));
                    return;
                }
            }
        });
    }
}
