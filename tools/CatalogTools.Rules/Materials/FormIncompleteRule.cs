using CatalogTools.Core.Checking;
using CatalogTools.Core.Compliance;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Matching;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Materials;

/// <summary>
/// A form the office hands out (申请表, 申请书…) comes with a blank form, a filled sample and fill-in
/// notes (《黑龙江省加快推进“互联网+政务服务”工作方案》二(一)1: 提供规范表格、填写说明和示范文本).
/// Which materials are forms: <see cref="GuideCompleteness.IsForm"/>.
/// </summary>
public sealed class FormIncompleteRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.FormIncomplete, category: "material", severity: Severity.Warning);

    public void Check(CatalogIndex index, RuleContext context)
    {
        WrittenElements.ForEach(index, context, w =>
        {
            foreach (var material in w.Elements.Materials ?? [])
            {
                var missing = GuideCompleteness.Gaps(material) & MaterialGap.AnyForm;
                if (missing == MaterialGap.None) continue;
                context.Diagnostics.Report(Descriptor, material.Source, w.Code, ("material", VisibleText.Of(material.Name)), ("missing", GuideCompleteness.Localized(missing)));
            }
        });
    }
}
