using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Model;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Materials;

/// <summary>
/// Each material says its form (原件/复印件/电子) and, on paper, how many copies (seed 003 §二(一)1).
/// Exempt materials (免提交) need neither; electronic ones need no number of copies.
/// </summary>
public sealed class MaterialIncompleteRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.MaterialIncomplete, "申请材料要素不全", "Material lacks form or copies", "material", Severity.Warning,
        "申请材料『{material}』未写明{missing}", "material '{material}' does not state its {missing}",
        "为该材料填写 form（原件、复印件或电子）和纸质材料的 copies（份数）", "give the material a form (原件, 复印件 or 电子) and, on paper, copies");

    public void Check(CatalogIndex index, RuleContext context)
    {
        WrittenElements.ForEach(index, context, w =>
        {
            foreach (var material in w.Elements.Materials ?? [])
            {
                if (material.Exempt == true) continue;
                var noForm = material.Form is null;
                var noCopies = material.Copies is null && material.Form != "电子";
                if (!noForm && !noCopies) continue;
                var missing = (noForm, noCopies) switch
                {
                    (true, true) => MessageTemplateFormatter.Localized("材料形式和份数", "form and copies"),
                    (true, false) => MessageTemplateFormatter.Localized("材料形式", "form"),
                    _ => MessageTemplateFormatter.Localized("份数", "number of copies"),
                };
                context.Diagnostics.Report(Descriptor, material.Source, w.Code, ("material", material.Name), ("missing", missing));
            }
        });
    }
}
