using CatalogTools.Core.Checking;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Materials;

/// <summary>A proof on the cancelled list is required nowhere (seed 004 item 2).</summary>
public sealed class CancelledProofRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.CancelledProof, "要求提交已取消的证明材料", "Requires a cancelled proof", "material", Severity.Error,
        "申请材料『{material}』已被取消（{document}）", "material '{material}' is a cancelled proof ({document})",
        "删除该材料，改由部门核查或申请人告知承诺", "delete it; verify the fact between departments or accept the applicant's written commitment");

    public void Check(CatalogIndex index, RuleContext context)
    {
        if (index.CancelledProofs.Count == 0) return;
        WrittenElements.ForEach(index, context, w =>
        {
            foreach (var material in w.Elements.Materials ?? [])
            {
                if (index.CancelledProofs.TryGetValue(material.Name, out var proof))
                    context.Diagnostics.Report(Descriptor, material.Source, w.Code, ("material", material.Name), ("document", proof.Document ?? "证明事项清理"));
            }
        });
    }
}
