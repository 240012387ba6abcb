using CatalogTools.Core.Checking;
using CatalogTools.Core.Compliance;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Service;

/// <summary>
/// A guide states its conditions (受理条件) and notes (注意事项) (《黑龙江省加快推进“互联网+政务服务”工作方案》
/// 二(一)1: 统一规范…条件…注意事项). Reported where the list is written: on a standard when it lacks one,
/// on an implementation only when its own copy is empty (no copy means it inherits the standard's).
/// </summary>
public sealed class GuideContentMissingRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.GuideContentMissing, category: "service", severity: Severity.Warning);

    public void Check(CatalogIndex index, RuleContext context)
    {
        WrittenElements.ForEach(index, context, w =>
        {
            Require(context, w, "conditions", w.Elements.Conditions, new MessageText("rulePhrase.conditions"));
            Require(context, w, "notes", w.Elements.Notes, new MessageText("rulePhrase.notes"));
        });
    }

    private void Require(RuleContext context, Written w, string key, IReadOnlyList<string>? entries, MessageArgument element)
    {
        // An implementation without its own copy inherits the standard's list.
        if (!w.IsStandard && entries is null) return;
        if (GuideCompleteness.Stated(entries)) return;
        context.Diagnostics.Report(Descriptor, w.At(key), w.Code, ("element", element), ("key", key));
    }
}
