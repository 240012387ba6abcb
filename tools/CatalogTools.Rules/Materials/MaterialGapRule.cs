using CatalogTools.Core.Checking;
using CatalogTools.Core.Compliance;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Matching;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Materials;

/// <summary>
/// Reports each written material whose <see cref="GuideCompleteness.Gaps(Core.Model.Material)"/> (the predicate the
/// 全要素率 figure shares) fall in <paramref name="gaps"/>: the rules differ only in which gaps they own.
/// </summary>
public abstract class MaterialGapRule(string id, MaterialGap gaps) : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(id, category: "material", severity: Severity.Warning);

    public void Check(CatalogIndex index, RuleContext context)
    {
        WrittenElements.ForEach(index, context, w =>
        {
            foreach (var material in w.Elements.Materials ?? [])
            {
                var missing = GuideCompleteness.Gaps(material) & gaps;
                if (missing == MaterialGap.None) continue;
                context.Diagnostics.Report(Descriptor, material.Source, w.Code, ("material", VisibleText.Of(material.Name)), ("missing", GuideCompleteness.Argument(missing)));
            }
        });
    }
}
