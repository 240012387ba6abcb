using CatalogTools.Core.Checking;
using CatalogTools.Core.Compliance;
using CatalogTools.Core.Diagnostics;
using CatalogTools.Core.Index;
using CatalogTools.Core.Matching;
using CatalogTools.Rules.Support;

namespace CatalogTools.Rules.Materials;

/// <summary>
/// A certificate the e-licence library holds is not asked for on paper: it is marked exempt (免提交)
/// (《平顶山市一体化政务服务能力提升实施方案》第 13 项). Matched by licence code, else by name through
/// <see cref="RegistryMatches"/>, the same predicate the 电子证照免提交率 figure uses; a near name is CAT0053.
/// </summary>
public sealed class ELicenceNotExemptRule : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = new(RuleIds.ELicenceNotExempt, category: "material", severity: Severity.Error);

    public void Check(CatalogIndex index, RuleContext context)
    {
        if (index.ELicences.Count == 0) return;
        WrittenElements.ForEach(index, context, w =>
        {
            foreach (var material in w.Elements.Materials ?? [])
            {
                var match = RegistryMatches.Licence(index, material);
                if (!RegistryMatches.LicenceNotExempt(material, match)) continue;
                var licence = match.Entry!;
                if (match.IsCertain)
                    context.Diagnostics.Report(Descriptor, material.Source, w.Code, ("material", VisibleText.Of(material.Name)), ("licence", licence.Name), ("licenceCode", licence.Code));
                else
                    RegistryNearMissRule.Report(context, material, w.Code, RegistryNearMissRule.ELicences, match.MatchedName!, licence.Name, $"{licence.Name}（{licence.Code}）");
            }
        });
    }
}
