using CatalogTools.Core.Checking;
using CatalogTools.Core.Compliance;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Matching;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Materials;

/// <summary>
/// A proof on the cancelled list is listed nowhere, optional or not (《平顶山市一体化政务服务能力提升实施方案》
/// 第 2 项). Names are matched through <see cref="RegistryMatches"/> (normalized, aliases, scope),
/// the same predicate the 仍要求的已取消证明材料 figure uses; a near name is CAT0053.
/// </summary>
public sealed class CancelledProofRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.CancelledProof, category: "material", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        if (index.CancelledProofMatcher.IsEmpty) return;
        WrittenElements.ForEach(index, context, w =>
        {
            var (standardCode, type) = WrittenItem.StandardOf(index, w);
            foreach (var material in w.Elements.Materials ?? [])
            {
                var match = RegistryMatches.CancelledProof(index, material, standardCode, type);
                if (match.IsCertain)
                    context.Diagnostics.Report(Descriptor, material.Source, w.Code, ("material", VisibleText.Of(material.Name)), ("proof", match.Entry!.Name),
                        ("document", match.Entry.Document ?? "证明事项清理"));
                else if (match.IsNear)
                    RegistryNearMissRule.Report(context, material, w.Code, RegistryNearMissRule.CancelledProofs, match.MatchedName!, match.Entry!.Name, match.Entry.Name);
            }
        });
    }
}
