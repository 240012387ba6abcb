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
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.FormIncomplete, "表格缺少空白表格、示例样表或填写说明", "Form lacks blank form, sample or fill-in notes", "material", Severity.Warning,
        "表格『{material}』未提供{missing}", "form '{material}' has no {missing}",
        "为该表格填写 blankForm（空白表格的文件名或链接）、sample（示例样表）和 fillNotes（填写说明）",
        "give the form blankForm (file name or link of the blank form), sample (a filled sample) and fillNotes (how to fill it in)");

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
